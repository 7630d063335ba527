/**
 * The content script's side of "score this thread" (lib/messages/effort-score.ts): the background worker runs
 * the effort detector, so a helpdesk tab never loads or compiles it. The message wakes a sleeping worker; a
 * failed, missing, malformed or late answer is asked again once, and then the score is unavailable (the promise
 * rejects with EffortUnavailable, which the panel says; nothing throws into the page).
 */
import { browser } from 'wxt/browser';
import type { EffortReport, Thread } from '../effort/types';
import { capThread, EFFORT_MESSAGE_KIND, EffortAnswerSchema, uncapReport, type EffortRequest } from '../messages/effort-score';
import { withTimeout } from '../messages/with-timeout';

export class EffortUnavailable extends Error {
  override name = 'EffortUnavailable';
}

export interface EffortClientOptions {
  send: (message: EffortRequest) => Promise<unknown>;
  /**
   * How long one attempt waits for the answer. A sleeping worker starts and compiles the detector's rules on the
   * first request (a few hundred ms on a slow machine); a worker that neither answers nor fails (stopped mid-message,
   * paused) counts as a failure after this.
   */
  timeoutMs?: number;
  /** Attempts after the first one. */
  retries?: number;
  /** Pause before asking again. */
  retryDelayMs?: number;
  /** Reports kept, by thread: reading the same thread again (another ticket and back) asks nothing. */
  remember?: number;
}

export interface EffortClient {
  /** The thread's report, as analyzeThread computes it; rejects with EffortUnavailable. */
  score(thread: Thread): Promise<EffortReport>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createEffortClient(options: EffortClientOptions): EffortClient {
  const { send } = options;
  const timeoutMs = options.timeoutMs ?? 5000;
  const retries = options.retries ?? 1;
  const retryDelayMs = options.retryDelayMs ?? 100;
  const remember = options.remember ?? 8;
  const known = new Map<string, Promise<EffortReport>>();

  async function ask(request: EffortRequest): Promise<EffortReport> {
    let lastError = 'no answer';
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0) await pause(retryDelayMs);
      let answer: unknown;
      try {
        answer = await withTimeout(Promise.resolve().then(() => send(request)), timeoutMs);
      } catch (err) {
        lastError = err instanceof Error ? err.message : String(err);
        continue;
      }
      const parsed = EffortAnswerSchema.safeParse(answer);
      if (!parsed.success) {
        lastError = answer === undefined ? 'no receiver answered' : 'a malformed answer';
        continue;
      }
      if (parsed.data.ok) return parsed.data.report as EffortReport;
      lastError = parsed.data.error;
      if (!parsed.data.retryable) break;
    }
    throw new EffortUnavailable(`The effort score is unavailable: ${lastError}`);
  }

  return {
    score(thread) {
      const { thread: sent, dropped } = capThread(thread);
      const key = JSON.stringify(sent);
      let report = known.get(key);
      if (report) {
        // Most recently used last: the oldest is the one forgotten.
        known.delete(key);
        known.set(key, report);
        return report.then((r) => uncapReport(r, dropped));
      }
      report = ask({ kind: EFFORT_MESSAGE_KIND, thread: sent });
      known.set(key, report);
      if (known.size > remember) known.delete(known.keys().next().value!);
      // A failure is not remembered: the next reading of the thread asks again.
      report.catch(() => {
        if (known.get(key) === report) known.delete(key);
      });
      return report.then((r) => uncapReport(r, dropped));
    },
  };
}

/** A client that asks this extension's background worker. */
export function createBrowserEffortClient(options: Partial<EffortClientOptions> = {}): EffortClient {
  return createEffortClient({ send: (message) => browser.runtime.sendMessage(message), ...options });
}
