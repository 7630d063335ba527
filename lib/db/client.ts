/**
 * The content scripts' side of the coaching log: `logEvents(...)` and forget. Events wait in a queue (in memory,
 * and in extension storage so that a reload or a closed tab does not lose them), go to the worker in short
 * batches, and are sent again, with growing pauses, until the worker acknowledges them. The worker stores an
 * event id once, so sending one twice is harmless; losing one is not.
 */
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { LogEventSchema, type LogAck, type LogEvent, type LogMessage } from '../messages/log-events';
import { LOG_MESSAGE_KIND } from './log-message-kind';
import { maskContext, maskSensitive } from './snippet';
import { withTimeout } from '../messages/with-timeout';

export function newEventId(): string {
  return crypto.randomUUID();
}

/** Where unacknowledged events survive the page. Any page's client may send any of them: ids make it safe. */
export interface Outbox {
  load(): Promise<LogEvent[]>;
  save(events: LogEvent[]): Promise<void>;
  remove(eventIds: string[]): Promise<void>;
}

export interface LogClientOptions {
  send: (message: LogMessage) => Promise<unknown>;
  outbox?: Outbox;
  /** How long the first events wait for others to join their batch. */
  batchDelayMs?: number;
  maxBatch?: number;
  /** The first retry's pause; each failure doubles it, up to maxRetryDelayMs. */
  retryDelayMs?: number;
  maxRetryDelayMs?: number;
  /** A worker that neither answers nor fails (stopped mid-message, paused) counts as a failure after this. */
  ackTimeoutMs?: number;
}

export interface LogClientStats {
  /** Not acknowledged yet. */
  pending: number;
  /** Acknowledged by the worker. */
  acked: number;
  /** Refused as invalid, by this client or the worker; never retried. */
  refused: number;
  sends: number;
  failedSends: number;
  lastError?: string;
}

export interface LogClient {
  logEvents(...events: LogEvent[]): void;
  /** Resolves once the outbox was read and nothing is pending. */
  idle(): Promise<void>;
  stats(): LogClientStats;
  /** Done once the events a previous page left in the outbox are queued. */
  ready: Promise<void>;
}

type Ack = LogAck | undefined;

function isAck(value: unknown): value is LogAck {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/**
 * Before an event is queued, stored in the outbox or sent: a flag's context is cut to what the snippet needs
 * and masked, and so is the ticket's subject. Nothing unmasked reaches storage.local, whose files keep what was
 * written long after the entry is removed.
 */
export function maskEvent(event: LogEvent): LogEvent {
  const subject = event.ticket.subject;
  const masked = subject === undefined ? event : { ...event, ticket: { ...event.ticket, subject: maskSensitive(subject) } };
  return masked.type === 'flag' && masked.context ? { ...masked, context: maskContext(masked.context) } : masked;
}

/** A malformed event cannot be masked: it is refused by the schema check instead. */
function maskedOrNull(event: LogEvent): LogEvent | null {
  try {
    return maskEvent(event);
  } catch {
    return null;
  }
}

export function createLogClient(options: LogClientOptions): LogClient {
  const { send, outbox } = options;
  const batchDelayMs = options.batchDelayMs ?? 150;
  const maxBatch = Math.min(options.maxBatch ?? 200, 500);
  const retryDelayMs = options.retryDelayMs ?? 250;
  const maxRetryDelayMs = options.maxRetryDelayMs ?? 10_000;
  const ackTimeoutMs = options.ackTimeoutMs ?? 10_000;

  const pending = new Map<string, LogEvent>();
  const stats: LogClientStats = { pending: 0, acked: 0, refused: 0, sends: 0, failedSends: 0 };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let sending = false;
  let failuresInARow = 0;
  let idleWaiters: (() => void)[] = [];

  const settleIdle = () => {
    if (pending.size > 0 || sending) return;
    for (const w of idleWaiters) w();
    idleWaiters = [];
  };

  const schedule = (delay: number) => {
    if (timer !== undefined || sending) return;
    timer = setTimeout(() => {
      timer = undefined;
      void flush();
    }, delay);
  };

  const enqueue = (events: LogEvent[]) => {
    for (const e of events) pending.set(e.eventId, e);
    if (pending.size >= maxBatch && !sending) {
      clearTimeout(timer);
      timer = undefined;
      void flush();
    } else schedule(batchDelayMs);
  };

  const forget = (ids: string[]) => {
    for (const id of ids) pending.delete(id);
    outbox?.remove(ids).catch((err) => console.warn('[agent-assist] log outbox:', err));
  };

  async function flush(): Promise<void> {
    if (sending || pending.size === 0) return settleIdle();
    sending = true;
    const batch = [...pending.values()].slice(0, maxBatch);
    const ids = batch.map((e) => e.eventId);
    stats.sends++;
    let ack: Ack;
    try {
      const answer = await withTimeout(send({ kind: LOG_MESSAGE_KIND, events: batch }), ackTimeoutMs);
      ack = isAck(answer) ? answer : undefined;
      if (!ack) throw new Error('no receiver answered');
      if (!ack.ok && ack.retryable) throw new Error(ack.error);
    } catch (err) {
      stats.failedSends++;
      stats.lastError = err instanceof Error ? err.message : String(err);
      sending = false;
      const delay = Math.min(maxRetryDelayMs, retryDelayMs * 2 ** failuresInARow++);
      schedule(delay * (0.75 + Math.random() * 0.5));
      return;
    }
    failuresInARow = 0;
    if (ack.ok) stats.acked += batch.length;
    else {
      stats.refused += batch.length;
      console.warn('[agent-assist] the coaching log refused events:', ack.error);
    }
    forget(ids);
    sending = false;
    if (pending.size > 0) void flush();
    else settleIdle();
  }

  const ready = (async () => {
    try {
      const left = (await outbox?.load()) ?? [];
      if (left.length) enqueue(left.map(maskedOrNull).filter((e): e is LogEvent => LogEventSchema.safeParse(e).success));
    } catch (err) {
      console.warn('[agent-assist] log outbox unreadable:', err);
    }
  })();

  return {
    ready,
    logEvents(...events) {
      const valid: LogEvent[] = [];
      for (const event of events) {
        const parsed = LogEventSchema.safeParse(maskedOrNull(event));
        if (parsed.success) valid.push(parsed.data);
        else {
          stats.refused++;
          console.warn('[agent-assist] invalid log event dropped:', z.prettifyError(parsed.error));
        }
      }
      if (valid.length === 0) return;
      outbox?.save(valid).catch((err) => console.warn('[agent-assist] log outbox:', err));
      enqueue(valid);
    },
    async idle() {
      await ready;
      if (pending.size === 0 && !sending) return;
      await new Promise<void>((resolve) => idleWaiters.push(resolve));
    },
    stats: () => ({ ...stats, pending: pending.size }),
  };
}

const OUTBOX_PREFIX = 'log-outbox:';

/** The outbox in `browser.storage.local`, one key per event, so that tabs never overwrite each other's entries. */
export const storageOutbox: Outbox = {
  async load() {
    const all = await browser.storage.local.get(null);
    return Object.entries(all)
      .filter(([key]) => key.startsWith(OUTBOX_PREFIX))
      .map(([, event]) => event as LogEvent);
  },
  async save(events) {
    await browser.storage.local.set(Object.fromEntries(events.map((e) => [OUTBOX_PREFIX + e.eventId, e])));
  },
  async remove(eventIds) {
    await browser.storage.local.remove(eventIds.map((id) => OUTBOX_PREFIX + id));
  },
};

/** A client that talks to this extension's background worker. */
export function createBrowserLogClient(options: Partial<LogClientOptions> = {}): LogClient {
  return createLogClient({
    send: (message) => browser.runtime.sendMessage(message),
    outbox: storageOutbox,
    ...options,
  });
}

let shared: LogClient | undefined;

/** Fire-and-forget: queues the events for the coaching log. Invalid events are dropped with a warning. */
export function logEvents(...events: LogEvent[]): void {
  (shared ??= createBrowserLogClient()).logEvents(...events);
}
