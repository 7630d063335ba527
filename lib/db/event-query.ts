/**
 * The dashboard's event table over a period of any size: pages of events read in time order (the chunks'
 * buckets, of every agent or of the one chosen), newest or oldest first, filtered as they are read, so that
 * only the rows scrolled to are ever in memory; counts come from the daily tallies, or from a count that
 * reads the period bucket after bucket and keeps nothing.
 */
import type { ReplyCategory } from '../taxonomy';
import { dayOf } from './days';
import { ONE_PER_EVENT, type TallyKey } from './rollups';
import type { EventRow } from './logged-event';
import { readPeriodTallies } from './period-tallies';
import type { AgentAssistDb } from './schema';
import { eventsInOrder } from './events-in-order';

export interface EventFilters {
  helpdesk?: string;
  category?: ReplyCategory;
  rule?: string;
  agent?: string;
}

/** Time is the one order a period of a million events can be read in without reading all of it. */
export interface EventSort {
  key: 'at';
  dir: 'asc' | 'desc';
}
export type SortKey = EventSort['key'];

export function matchesFilters(row: EventRow, f: EventFilters): boolean {
  if (f.helpdesk !== undefined && row.ticket.helpdesk !== f.helpdesk) return false;
  if (f.agent !== undefined && row.agent !== f.agent) return false;
  if (f.category === undefined && f.rule === undefined) return true;
  // A category or a rule narrows the table to flags; a sent reply lists its rules, so it stays for a rule.
  if (row.type === 'flag') return (f.category === undefined || row.category === f.category) && (f.rule === undefined || row.rule === f.rule);
  return f.category === undefined && row.type === 'reply-sent' && row.rules.includes(f.rule!);
}

export interface Period {
  from: number;
  to: number;
}

/** Where the next page starts: after every event at `at` whose id is in `ids` (events may share a millisecond). */
export interface PageCursor {
  at: number;
  ids: string[];
}

export interface EventPage {
  rows: EventRow[];
  /** Undefined when the period has no more matching events. */
  next?: PageCursor;
}

const hasFilter = (f: EventFilters) => Object.values(f).some((v) => v !== undefined);

/** How far a page read goes: at most `limit` matches, and (when given) at most `scan` events read to find them. */
export interface PageBounds {
  limit: number;
  /**
   * Events read at most: a filter that keeps few events (a rule, an agent's rare helpdesk) then returns the
   * matches found so far and a cursor to go on from, instead of reading on until its page is full.
   */
  scan?: number;
}

/**
 * Up to `limit` events of the period that match the filters, in time order, starting after `cursor`. Reads
 * the period's chunks bucket after bucket (./events-in-order.ts) until the page is full, the period ends,
 * `scan` events were read (or `signal` is aborted). `next` is undefined only when the period has no more
 * events to read: a page cut short by `scan` may hold fewer than `limit` rows, even none, and still have a `next`.
 */
export async function readEventPage(
  db: AgentAssistDb,
  period: Period,
  filters: EventFilters,
  sort: EventSort,
  bounds: number | PageBounds,
  cursor?: PageCursor,
  signal?: AbortSignal,
): Promise<EventPage> {
  const { limit, scan = Infinity } = typeof bounds === 'number' ? { limit: bounds } : bounds;
  const rows: EventRow[] = [];
  let at = cursor?.at;
  let seen = new Set(cursor?.ids);
  let read = 0;
  // The span starts at `at` inclusive: the events at `at` already seen come first, and are skipped.
  const span = sort.dir === 'asc' ? { from: at ?? period.from, to: period.to } : { from: period.from, to: at ?? period.to };
  for await (const bucket of eventsInOrder(db, span, filters.agent, sort.dir)) {
    // Between two reads: a count of a filter the lead has already replaced stops here.
    signal?.throwIfAborted();
    for (const row of bucket) {
      if (row.at === at && seen.has(row.eventId)) continue;
      if (row.at !== at) (at = row.at), (seen = new Set());
      seen.add(row.eventId);
      read++;
      if (matchesFilters(row, filters)) rows.push(row);
      if (rows.length === limit || read >= scan) return { rows, next: { at, ids: [...seen] } };
    }
  }
  return { rows };
}

/**
 * How many events of the period match the filters: from the tallies when nothing or only a category is
 * filtered, else by reading the period bucket after bucket (nothing kept).
 */
export async function countMatching(db: AgentAssistDb, period: Period, filters: EventFilters, signal?: AbortSignal): Promise<number> {
  if (!hasFilter(filters)) return countPeriodEvents(db, period.from, period.to);
  if (onlyCategory(filters)) return countCategoryFlags(db, period, filters.category);
  let n = 0;
  for await (const bucket of eventsInOrder(db, period, filters.agent, 'desc')) {
    // Between two reads: the table's next page, or a new filter's first, waits for no more than one of them.
    signal?.throwIfAborted();
    for (const row of bucket) if (matchesFilters(row, filters)) n++;
  }
  return n;
}

const onlyCategory = (f: EventFilters): f is { category: ReplyCategory } =>
  f.category !== undefined && f.helpdesk === undefined && f.rule === undefined && f.agent === undefined;

/** A category alone keeps the period's flags of that category: each is counted once in a ["flag", category, …] tally. */
async function countCategoryFlags(db: AgentAssistDb, period: Period, category: ReplyCategory): Promise<number> {
  const prefix = JSON.stringify(['flag', category]).slice(0, -1) + ',';
  let n = 0;
  for (const tally of await readPeriodTallies(db, dayOf(period.from), dayOf(period.to), { agents: false })) if (tally.key.startsWith(prefix)) n += tally.n;
  return n;
}

export interface EventFacets {
  rules: string[];
  agents: string[];
}

/** The rules and agents the filters offer: those counted in the period's tallies. */
export async function periodFacets(db: AgentAssistDb, period: Period): Promise<EventFacets> {
  const rules = new Set<string>();
  const agents = new Set<string>();
  const tallies = await readPeriodTallies(db, dayOf(period.from), dayOf(period.to));
  for (const { key } of tallies) {
    if (key.startsWith('["flag"')) rules.add((JSON.parse(key) as Extract<TallyKey, ['flag', ...string[]]>)[2]);
    else if (key.startsWith('["agent"')) agents.add((JSON.parse(key) as Extract<TallyKey, ['agent', ...string[]]>)[1]);
  }
  return { rules: [...rules].sort(), agents: [...agents].sort() };
}

/**
 * How many events the period's days hold, from the daily tallies: a few thousand small rows, where counting
 * the events index walks every entry (≈0.4 s for 100,000 in Chromium). Whole days: `from` and `to` are
 * taken as the days they fall in.
 */
export async function countPeriodEvents(db: AgentAssistDb, from: number, to: number): Promise<number> {
  const tallies = await readPeriodTallies(db, dayOf(from), dayOf(to), { agents: false });
  let n = 0;
  for (const { key, n: count } of tallies) if (ONE_PER_EVENT.has((JSON.parse(key) as TallyKey)[0])) n += count;
  return n;
}
