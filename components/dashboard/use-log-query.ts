/**
 * A query of the coaching log that is run again when the log changes — from this page, the worker, or an
 * import running in another thread — but at most once a second: an import commits a batch every fraction
 * of a second, and every figure re-read on each would keep the page busy.
 */
import Dexie from 'dexie';
import { useEffect, useState, type DependencyList } from 'react';

const AT_MOST_EVERY_MS = 1000;

/**
 * While this page imports a file, the figures wait for the end instead of following every batch: on a busy
 * machine, re-reading a period's rollups once a second was enough to give the page 200–300 ms tasks.
 */
let paused = false;
const resumers = new Set<() => void>();
export function pauseLogQueries(pause: boolean): void {
  paused = pause;
  if (!pause) for (const resume of resumers) resume();
}

export function useLogQuery<T>(query: () => Promise<T>, deps: DependencyList): T | undefined {
  const [value, setValue] = useState<{ deps: DependencyList; value: T } | undefined>();
  useEffect(() => {
    let cancelled = false;
    let running = false;
    let dirty = false;
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = async () => {
      running = true;
      dirty = false;
      last = Date.now();
      try {
        const result = await query();
        if (!cancelled) setValue({ deps, value: result });
      } catch (err) {
        console.warn('[agent-assist] dashboard query failed:', err);
      } finally {
        running = false;
        if (dirty && !cancelled) schedule();
      }
    };
    const schedule = () => {
      if (running || paused) dirty = true;
      else timer ??= setTimeout(() => ((timer = undefined), void run()), Math.max(0, last + AT_MOST_EVERY_MS - Date.now()));
    };
    void run();
    const resume = () => dirty && !running && schedule();
    resumers.add(resume);
    // Fired for this context's writes and, through Dexie's BroadcastChannel, for other contexts' writes.
    Dexie.on('storagemutated', schedule);
    return () => {
      cancelled = true;
      resumers.delete(resume);
      clearTimeout(timer);
      Dexie.on('storagemutated').unsubscribe(schedule);
    };
    // The caller's deps decide when the query itself changes.
  }, deps);
  // A result of other deps (the previous period) is not shown as this one's.
  return value && value.deps.length === deps.length && value.deps.every((d, i) => Object.is(d, deps[i])) ? value.value : undefined;
}
