import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { countMatching, countPeriodEvents, matchesFilters, periodFacets, readEventPage, type EventFilters, type EventSort, type PageCursor } from '../../../lib/db/event-query';
import { effortOf, repliesPerDay, trendOf } from '../../../lib/db/dashboard-summary';
import { toEventRow, type EventRow } from '../../../lib/db/logged-event';
import { AgentAssistDb } from '../../../lib/db/schema';
import { storeEvents } from '../../../lib/db/write';
import { sampleLog } from './sample-log';
import { storedRows } from '../db/open-test-db';

const NOW = new Date(2026, 2, 15, 12, 0).getTime();
// Many events share a millisecond (every third one): pages must neither repeat nor skip them.
const rows: EventRow[] = sampleLog({ now: NOW, drafts: 40, seed: 5 })
  .map((e, i) => ({ ...e, at: i % 3 ? e.at : NOW - 3_600_000 }))
  .map(toEventRow);
const period = { from: NOW - 30 * 86_400_000, to: NOW };
const newestFirst = (list: EventRow[]) => [...list].sort((a, b) => b.at - a.at || (a.eventId < b.eventId ? 1 : -1));

let db: AgentAssistDb;
beforeAll(async () => {
  db = new AgentAssistDb(`event-query-${Math.random()}`);
  await storeEvents(db, rows);
});
afterAll(() => db.delete());

async function allPages(filters: EventFilters, sort: EventSort, size: number): Promise<EventRow[][]> {
  const pages: EventRow[][] = [];
  let cursor: PageCursor | undefined;
  do {
    const page = await readEventPage(db, period, filters, sort, size, cursor);
    pages.push(page.rows);
    cursor = page.next;
  } while (cursor);
  return pages;
}

const ids = (list: EventRow[]) => list.map((r) => r.eventId).sort();

describe('readEventPage', () => {
  test('pages cover the period once each, in time order, whatever the page size', async () => {
    const inPeriod = rows.filter((r) => r.at >= period.from && r.at <= period.to);
    for (const size of [1, 7, 50, 10_000]) {
      const pages = await allPages({}, { key: 'at', dir: 'desc' }, size);
      const flat = pages.flat();
      expect(ids(flat)).toEqual(ids(inPeriod));
      expect(pages.slice(0, -1).every((p) => p.length === size)).toBe(true);
      for (let i = 1; i < flat.length; i++) expect(flat[i].at).toBeLessThanOrEqual(flat[i - 1].at);
    }
    const asc = (await allPages({}, { key: 'at', dir: 'asc' }, 13)).flat();
    expect(asc.map((r) => r.eventId)).toEqual(
      (await allPages({}, { key: 'at', dir: 'desc' }, 13))
        .flat()
        .map((r) => r.eventId)
        .reverse(),
    );
    for (let i = 1; i < asc.length; i++) expect(asc[i].at).toBeGreaterThanOrEqual(asc[i - 1].at);
  });

  test('filters combine; a rule keeps its flags and the replies sent with it; an agent reads its own index', async () => {
    const filters: EventFilters = { agent: 'ana', rule: 'apology-policy' };
    const got = (await allPages(filters, { key: 'at', dir: 'desc' }, 5)).flat();
    expect(got.length).toBeGreaterThan(0);
    for (const r of got) {
      expect(r.agent).toBe('ana');
      expect(r.type === 'flag' ? r.rule : r.type === 'reply-sent' ? r.rules : null).toContain('apology-policy');
    }
    expect(ids(got)).toEqual(ids(rows.filter((r) => matchesFilters(r, filters))));
    const blame = (await allPages({ category: 'customer-blame', helpdesk: 'zendesk' }, { key: 'at', dir: 'desc' }, 9)).flat();
    expect(ids(blame)).toEqual(ids(rows.filter((r) => r.type === 'flag' && r.category === 'customer-blame' && r.ticket.helpdesk === 'zendesk')));
  });

  test('a page bounded by `scan` reads no more events than that, and its cursor goes on where it stopped', async () => {
    const filters: EventFilters = { rule: 'apology-policy' };
    const expected = newestFirst(rows.filter((r) => r.at >= period.from && r.at <= period.to && matchesFilters(r, filters)));
    const got: EventRow[] = [];
    let cursor: PageCursor | undefined;
    let pages = 0;
    let short = 0;
    do {
      const page = await readEventPage(db, period, filters, { key: 'at', dir: 'desc' }, { limit: 1000, scan: 7 }, cursor);
      expect(page.rows.length).toBeLessThanOrEqual(7);
      if (page.next && page.rows.length < 1000) short++;
      got.push(...page.rows);
      cursor = page.next;
      pages++;
    } while (cursor);
    const inPeriod = rows.filter((r) => r.at >= period.from && r.at <= period.to).length;
    expect(pages).toBeGreaterThanOrEqual(Math.ceil(inPeriod / 7));
    expect(short).toBe(pages - 1);
    expect(got.map((r) => r.eventId)).toEqual(expected.map((r) => r.eventId));
  });

  test('the first page of a filter holds the newest matching events', async () => {
    const page = await readEventPage(db, period, { agent: 'bo' }, { key: 'at', dir: 'desc' }, 10);
    expect(page.rows.map((r) => r.at)).toEqual(newestFirst(rows.filter((r) => r.agent === 'bo')).slice(0, 10).map((r) => r.at));
  });
});

test('counts: the tallies without filters, a chunked count with them; facets from the tallies', async () => {
  expect(await countMatching(db, period, {})).toBe(rows.length);
  expect(await countMatching(db, period, { helpdesk: 'zendesk', agent: 'chen' })).toBe(rows.filter((r) => r.ticket.helpdesk === 'zendesk' && r.agent === 'chen').length);
  // A category alone is counted from the tallies: the same number as reading the events.
  for (const category of ['customer-blame', 'apology-without-help'] as const) {
    const expected = rows.filter((r) => r.at >= period.from && r.at <= period.to && matchesFilters(r, { category })).length;
    expect(expected).toBeGreaterThan(0);
    expect(await countMatching(db, period, { category })).toBe(expected);
  }
  const facets = await periodFacets(db, period);
  expect(facets.agents).toEqual(['ana', 'bo', 'chen']);
  expect(facets.rules).toEqual([...new Set(rows.flatMap((r) => (r.type === 'flag' ? [r.rule] : [])))].sort());
  const dayStart = new Date(period.from).setHours(0, 0, 0, 0);
  const dayEnd = new Date(NOW).setHours(23, 59, 59, 999);
  expect(await countPeriodEvents(db, period.from, NOW)).toBe((await storedRows(db)).filter((r) => r.at >= dayStart && r.at <= dayEnd).length);
});

test('trend: flags per reply per day, null on days without replies; effort average of the latest reports, from their tallies', () => {
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
  expect(
    effortOf([
      { key: '["latest-effort","high"]', n: 1 },
      { key: '["latest-effort","low"]', n: 2 },
      { key: '["latest-effort-score"]', n: 90 + 30 + 30 },
      { key: '["effort","high"]', n: 7 },
    ]),
  ).toEqual({ tickets: 3, average: 50, high: 1 });
  expect(effortOf([])).toEqual({ tickets: 0, average: null, high: 0 });
});
