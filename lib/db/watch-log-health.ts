import { browser } from 'wxt/browser';
import { LOG_HEALTH_KEY, parseHealth, type LogHealth } from './log-health';

/** Calls cb with the recorded health now and on every change; returns the function that stops watching. */
export function watchLogHealth(cb: (health: LogHealth) => void): () => void {
  const session = (browser.storage as { session?: { get(key: string): Promise<Record<string, unknown>> } }).session;
  if (!session) return () => {};
  // Closed to content scripts until the worker opens it: then the panel only misses this notice.
  session.get(LOG_HEALTH_KEY).then((items) => cb(parseHealth(items[LOG_HEALTH_KEY])), () => {});
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'session' && LOG_HEALTH_KEY in changes) cb(parseHealth(changes[LOG_HEALTH_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
