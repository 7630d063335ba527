/** The background worker's side of the log messages: check, write, acknowledge. */
import * as z from 'zod/mini';
import type { browser } from 'wxt/browser';
import { LogMessageSchema, type LogAck } from '../messages/log-events';
import type { Settings } from '../settings/schema';
import { LOG_MESSAGE_KIND } from './log-message-kind';
import { toEventRow, toLoggedEvent } from './logged-event';
import type { AgentAssistDb } from './schema';
import { storeEvents } from './write';

export { LOG_MESSAGE_KIND };

export interface ReceiverDeps {
  db: AgentAssistDb;
  /** Read for every message, so a changed agent label or snippet setting applies at once. */
  getSettings: () => Promise<Pick<Settings, 'agentLabel' | 'snippetsEnabled'>>;
  /** Called after each successful write (the worker runs retention when it is due). */
  afterWrite?: () => void;
  /** Told every write's outcome, so that the pages can say when events are not being saved and why. */
  health?: { saved(): void; failed(error: unknown): void };
}

/** Lets other listeners' messages pass untouched. */
export function isLogMessage(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { kind?: unknown }).kind === LOG_MESSAGE_KIND;
}

/** Never throws: bad input is answered `{ok:false}`, a failed write `{ok:false, retryable:true}`. */
export function createLogReceiver(deps: ReceiverDeps): (message: unknown) => Promise<LogAck> {
  return async (message) => {
    const parsed = LogMessageSchema.safeParse(message);
    if (!parsed.success) return { ok: false, error: `Invalid log message:\n${z.prettifyError(parsed.error)}` };
    try {
      const settings = await deps.getSettings();
      const stored = await storeEvents(
        deps.db,
        parsed.data.events.map((event) => toEventRow(toLoggedEvent(event, settings))),
      );
      deps.health?.saved();
      deps.afterWrite?.();
      return { ok: true, stored };
    } catch (err) {
      deps.health?.failed(err);
      return { ok: false, error: `Could not store the events: ${err instanceof Error ? err.message : String(err)}`, retryable: true };
    }
  };
}

export function listenForLogMessages(runtime: typeof browser.runtime, receive: (message: unknown) => Promise<LogAck>): void {
  runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (ack: LogAck) => void) => {
    if (!isLogMessage(message)) return undefined;
    void receive(message).then(sendResponse);
    return true; // the answer comes asynchronously
  });
}
