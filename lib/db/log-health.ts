/**
 * Whether the coaching log is being saved, told to every surface: the worker records each write's outcome in
 * storage.session (memory only), where the panel, the popup and the dashboard read it. Coaching never waits on
 * it: events that could not be written stay in the content scripts' outbox and are sent again until they are.
 */
import * as z from 'zod/mini';

export const LOG_HEALTH_KEY = 'log-health';

export const LogHealthSchema = z.object({
  saving: z.boolean(),
  /** When the current state began (ms since the epoch). */
  since: z.number(),
  /** Why events are not saved: the storage is full (QuotaExceededError), or another write error. */
  problem: z.optional(z.enum(['quota', 'other'])),
  /** The browser's error, as it said it ("QuotaExceededError: …"). */
  detail: z.optional(z.string().check(z.maxLength(300))),
});
export type LogHealth = z.infer<typeof LogHealthSchema>;

/** Storage full shows itself under several names: Dexie wraps the DOMException, Firefox says NS_ERROR_DOM_QUOTA_REACHED. */
export function isQuotaError(error: unknown): boolean {
  for (let e = error as { name?: string; message?: string; inner?: unknown } | undefined; e; e = e.inner as typeof e) {
    if (/quota/i.test(`${e.name ?? ''} ${e.message ?? ''}`)) return true;
  }
  return false;
}

export function failedHealth(error: unknown, now = Date.now()): LogHealth {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { saving: false, since: now, problem: isQuotaError(error) ? 'quota' : 'other', detail: detail.slice(0, 300) };
}

/** The part of a browser.storage area the health needs. */
export interface HealthArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The worker's side: records a write's outcome, writing only when the state (or the reason) changes. */
export function createHealthRecorder(area: () => HealthArea | undefined, now = () => Date.now()) {
  let last: LogHealth | undefined;
  const record = (next: LogHealth) => {
    if (last && last.saving === next.saving && last.problem === next.problem && last.detail === next.detail) return;
    last = next;
    area()?.set({ [LOG_HEALTH_KEY]: next }).catch(() => {});
  };
  return {
    saved: () => record({ saving: true, since: now() }),
    failed: (error: unknown) => record(failedHealth(error, now())),
  };
}

/** A stored value read as LogHealth; anything else (nothing recorded yet) reads as saving. */
export function parseHealth(value: unknown): LogHealth {
  const parsed = LogHealthSchema.safeParse(value);
  return parsed.success ? parsed.data : { saving: true, since: 0 };
}
