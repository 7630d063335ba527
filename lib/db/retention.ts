/**
 * Deletes events older than the retention setting: when the worker starts, when the setting changes, and on
 * a write once a day has passed since the last run. The worker rarely lives a day, so no alarm is needed.
 */
import { DAY_MS } from './days';
import type { AgentAssistDb } from './schema';
import { applyRetention } from './write';

export interface Retention {
  run: () => Promise<number>;
  runIfDue: () => void;
}

export function createRetention(db: AgentAssistDb, retentionDays: () => Promise<number>, now = Date.now): Retention {
  let lastRun = -Infinity;
  let running: Promise<number> | undefined;
  const run = () =>
    (running ??= (async () => {
      try {
        return await applyRetention(db, await retentionDays(), now());
      } catch (err) {
        console.warn('[agent-assist] retention failed:', err);
        return 0;
      } finally {
        lastRun = now();
        running = undefined;
      }
    })());
  return {
    run,
    runIfDue: () => {
      if (now() - lastRun >= DAY_MS) void run();
    },
  };
}
