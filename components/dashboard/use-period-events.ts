/**
 * The period's events for the table, loaded newest day first and shown as they arrive. A live count of the
 * period's events (useLiveQuery over the daily tallies) tells when the log changed — an import, a retention
 * run, a new event — and the period is read again; the previous rows stay on screen until the new read is complete.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { countPeriodEvents, loadPeriodEvents } from '@/lib/db/event-query';
import type { EventRow } from '@/lib/db/logged-event';
import { openLogDb } from '@/lib/db/schema';

export interface PeriodEvents {
  rows: readonly EventRow[];
  /** Every day of the period has been read. */
  complete: boolean;
  /** Events in the period, from the index; undefined until counted. */
  total: number | undefined;
}

/** Redraw at most this often while a long period streams in: each redraw filters and sorts every row so far. */
const PUBLISH_EVERY_MS = 400;

export function usePeriodEvents(from: number, to: number): PeriodEvents {
  const db = openLogDb();
  const total = useLiveQuery(() => countPeriodEvents(db, from, to), [from, to]);
  const [state, setState] = useState<{ key: string; rows: readonly EventRow[]; complete: boolean }>({ key: '', rows: [], complete: false });

  useEffect(() => {
    if (total === undefined) return;
    let cancelled = false;
    const key = `${from}-${to}`;
    void (async () => {
      const rows: EventRow[] = [];
      let published = 0;
      for await (const chunk of loadPeriodEvents(db, from, to)) {
        if (cancelled) return;
        for (const row of chunk) rows.push(row);
        // A fresh period streams in; a re-read of the same period swaps in whole, without flicker.
        if (performance.now() - published > PUBLISH_EVERY_MS) {
          setState((s) => (s.key === key && s.complete ? s : { key, rows: rows.slice(), complete: false }));
          published = performance.now();
        }
      }
      if (!cancelled) setState({ key, rows, complete: true });
    })();
    return () => {
      cancelled = true;
    };
  }, [db, from, to, total]);

  const current = state.key === `${from}-${to}`;
  return { rows: current ? state.rows : [], complete: current && state.complete, total };
}
