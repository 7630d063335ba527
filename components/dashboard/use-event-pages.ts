/**
 * The event table's rows: pages read through the log's time index as the table scrolls (never the whole
 * period), the number of matching events (from the tallies, or counted in chunks when filtered), and a reload
 * of the first pages when the log changes (at most once a second: see ./use-log-query.ts).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { countMatching, countPeriodEvents, readEventPage, type EventFilters, type EventSort, type PageCursor } from '@/lib/db/event-query';
import type { EventRow } from '@/lib/db/logged-event';
import { openLogDb } from '@/lib/db/schema';
import { useLogQuery } from './use-log-query';

export interface EventPages {
  rows: readonly EventRow[];
  hasMore: boolean;
  loadMore: () => void;
  /** Events of the period that match the filters; undefined while they are counted. */
  matching: number | undefined;
  /** Events of the period; undefined until the tallies are read. */
  total: number | undefined;
  /** The first page of the current period, filters and sort has been read (until then `rows` are the previous ones). */
  ready: boolean;
  /** Which period, filters and sort `rows` are of. */
  rowsKey: string;
}

export const PAGE_ROWS = 200;
/** The first page: a screenful and some (the table shows about a dozen rows), so that it is on screen soonest. */
const FIRST_PAGE_ROWS = 50;
/**
 * Events read at most per page: a filter that keeps one event in fifty shows what the first reads found, and
 * the table reads on as it is scrolled (its "loading more" row asks), never the whole period at once.
 */
const PAGE_SCAN = 2000;
/** A reload after a change re-reads what was loaded, up to this many rows. */
const RELOAD_MAX_ROWS = 2000;
interface Loaded {
  key: string;
  rows: EventRow[];
  next?: PageCursor;
}

export function useEventPages(from: number, to: number, filters: EventFilters, sort: EventSort): EventPages {
  const db = openLogDb();
  const key = JSON.stringify([from, to, filters, sort]);
  const [loaded, setLoaded] = useState<Loaded>({ key: '', rows: [] });
  const [matching, setMatching] = useState<{ key: string; n: number } | undefined>();
  const loading = useRef(false);
  const loadedRows = useRef(0);
  loadedRows.current = loaded.key === key ? loaded.rows.length : 0;

  // Bumped when the log changes under the period (not when its count is first known): the pages are read again.
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let cancelled = false;
    const limit = Math.min(RELOAD_MAX_ROWS, Math.max(FIRST_PAGE_ROWS, loadedRows.current));
    void readEventPage(db, { from, to }, filters, sort, { limit, scan: PAGE_SCAN * Math.ceil(limit / FIRST_PAGE_ROWS) }).then((page) => {
      if (!cancelled) setLoaded({ key, rows: page.rows, next: page.next });
    });
    return () => {
      cancelled = true;
    };
    // `key` stands for from, to, filters and sort.
  }, [db, key, version]);

  // After the first page's read, so that the page is the first thing the database is asked for.
  const total = useLogQuery(() => countPeriodEvents(db, from, to), [from, to]);
  const seenTotal = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (total === undefined) return;
    if (seenTotal.current !== undefined && seenTotal.current !== total) setVersion((v) => v + 1);
    seenTotal.current = total;
  }, [total]);

  // Counted once the first page is in: a filtered count reads the whole period, and the rows come first.
  const pageRead = loaded.key === key;
  useEffect(() => {
    if (!pageRead) return;
    const stop = new AbortController();
    countMatching(db, { from, to }, filters, stop.signal).then(
      (n) => setMatching({ key, n }),
      () => undefined,
    );
    return () => stop.abort();
  }, [db, key, version, pageRead]);

  const current = loaded.key === key ? loaded : undefined;
  const loadMore = useCallback(() => {
    if (!current?.next || loading.current) return;
    loading.current = true;
    void readEventPage(db, { from, to }, filters, sort, { limit: PAGE_ROWS, scan: PAGE_SCAN }, current.next)
      .then((page) => setLoaded((s) => (s === current ? { key, rows: [...s.rows, ...page.rows], next: page.next } : s)))
      .finally(() => (loading.current = false));
  }, [db, current]);

  return {
    // The previous rows stay until the new ones are read: no flash of an empty table on a filter change.
    rows: loaded.rows,
    hasMore: current?.next !== undefined,
    loadMore,
    matching: matching?.key === key ? matching.n : undefined,
    total,
    ready: current !== undefined,
    rowsKey: loaded.key,
  };
}
