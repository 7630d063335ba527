import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { countPeriodEvents, facetsOf, loadPeriodEvents, matchesFilters, queryEvents } from '../../../lib/db/event-query';
import { effortOf, repliesPerDay, trendOf } from '../../../lib/db/dashboard-summary';
import { toEventRow, type EventRow } from '../../../lib/db/logged-event';
import { AgentAssistDb } from '../../../lib/db/schema';
import { storeEvents } from '../../../lib/db/write';
import { sampleLog } from './sample-log';

const NOW = new Date(2026, 2, 15, 12, 0).getTime();
const rows: EventRow[] = sampleLog({ now: NOW, drafts: 40, seed: 5 }).map(toEventRow).sort((a, b) => b.at - a.at);

describe('queryEvents', () => {
  test('no filter keeps every row, newest first', () => {
    expect(queryEvents(rows, {}, { key: 'at', dir: 'desc' })).toEqual(rows);
    expect(queryEvents(rows, {}, { key: 'at', dir: 'asc' })[0]).toBe(rows.at(-1));
  });

  test('filters combine; a rule keeps its flags and the replies sent with it', () => {
    const got = queryEvents(rows, { agent: 'ana', rule: 'apology-policy' }, { key: 'at', dir: 'desc' });
    expect(got.length).toBeGreaterThan(0);
    for (const r of got) {
      expect(r.agent).toBe('ana');
      expect(r.type === 'flag' ? r.rule : r.type === 'reply-sent' ? r.rules : null).toContain('apology-policy');
    }
    expect(got).toEqual(rows.filter((r) => matchesFilters(r, { agent: 'ana', rule: 'apology-policy' })));
  });

  test('a category keeps flags only', () => {
    const got = queryEvents(rows, { category: 'customer-blame' }, { key: 'at', dir: 'desc' });
    expect(got.every((r) => r.type === 'flag' && r.category === 'customer-blame')).toBe(true);
  });

  test('sorting by a column is stable: newest first among equal values', () => {
    const got = queryEvents(rows, {}, { key: 'agent', dir: 'asc' });
    expect(got.map((r) => r.agent)).toEqual([...rows.map((r) => r.agent)].sort());
    for (let i = 1; i < got.length; i++) if (got[i].agent === got[i - 1].agent) expect(got[i].at).toBeLessThanOrEqual(got[i - 1].at);
  });

  test('facets list the values present', () => {
    const f = facetsOf(rows);
    expect(f.agents).toEqual(['ana', 'bo', 'chen']);
    expect(f.rules.every((r) => /^(apology|blame)-/.test(r))).toBe(true);
  });
});

test('loadPeriodEvents reads the period newest day first, and nothing outside it', async () => {
  const db = new AgentAssistDb(`event-query-${Math.random()}`);
  await storeEvents(db, rows);
  const from = NOW - 5 * 86_400_000;
  const chunks: EventRow[][] = [];
  for await (const chunk of loadPeriodEvents(db, from, NOW)) chunks.push(chunk);
  const loaded = chunks.flat();
  const ids = (list: EventRow[]) => list.map((r) => r.eventId).sort();
  expect(ids(loaded)).toEqual(ids(rows.filter((r) => r.at >= from && r.at <= NOW)));
  for (let i = 1; i < loaded.length; i++) expect(loaded[i].at).toBeLessThanOrEqual(loaded[i - 1].at);
  expect(new Set(chunks.map((c) => c[0].day)).size).toBe(chunks.length);
  // The tallies' count is the events' count, for whole days.
  const dayStart = new Date(from).setHours(0, 0, 0, 0);
  expect(await countPeriodEvents(db, from, NOW)).toBe(await db.events.where('at').between(dayStart, new Date(NOW).setHours(23, 59, 59, 999), true, true).count());
  expect(await countPeriodEvents(db, 0, NOW)).toBe(rows.length);
  db.close();
});

test('trend: flags per reply per day, null on days without replies; effort average of the latest reports', () => {
  const replies = repliesPerDay([
    { day: '2026-03-01', key: '["reply","clean"]', n: 3 },
    { day: '2026-03-01', key: '["reply","with-flags"]', n: 1 },
    { day: '2026-03-01', key: '["flag","customer-blame","x","shown"]', n: 9 },
  ]);
  const trend = trendOf(
    [
      { day: '2026-03-01', 'apology-without-help': 2, 'customer-blame': 1 },
      { day: '2026-03-02', 'apology-without-help': 1, 'customer-blame': 0 },
    ],
    replies,
  );
  expect(trend).toEqual([
    { day: '2026-03-01', replies: 4, 'apology-without-help': 0.5, 'customer-blame': 0.25 },
    { day: '2026-03-02', replies: 0, 'apology-without-help': null, 'customer-blame': null },
  ]);
  expect(effortOf([{ score: 90, level: 'high' }, { score: 30, level: 'low' }])).toEqual({ tickets: 2, average: 60, high: 1 });
  expect(effortOf([])).toEqual({ tickets: 0, average: null, high: 0 });
});
