/**
 * The dashboard's event table: a period's events loaded newest day first (so the first rows show while older
 * days are still loading), then filtered and sorted in memory — the log has no index on helpdesk, category or
 * rule, and a scan of 100,000 rows in memory takes milliseconds where a cursor over IndexedDB takes seconds.
 */
import type { ReplyCategory } from '../taxonomy';
import Dexie from 'dexie';
import { dayOf, startOfDay } from './days';
import type { TallyKey } from './rollups';
import type { EventRow } from './logged-event';
import type { AgentAssistDb } from './schema';

export interface EventFilters {
  helpdesk?: string;
  category?: ReplyCategory;
  rule?: string;
  agent?: string;
}

export const SORT_KEYS = ['at', 'agent', 'helpdesk', 'ticket', 'type', 'category', 'rule'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface EventSort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

export function matchesFilters(row: EventRow, f: EventFilters): boolean {
  if (f.helpdesk !== undefined && row.ticket.helpdesk !== f.helpdesk) return false;
  if (f.agent !== undefined && row.agent !== f.agent) return false;
  if (f.category === undefined && f.rule === undefined) return true;
  // A category or a rule narrows the table to flags; a sent reply lists its rules, so it stays for a rule.
  if (row.type === 'flag') return (f.category === undefined || row.category === f.category) && (f.rule === undefined || row.rule === f.rule);
  return f.category === undefined && row.type === 'reply-sent' && row.rules.includes(f.rule!);
}

function sortValue(row: EventRow, key: SortKey): string | number {
  switch (key) {
    case 'at':
      return row.at;
    case 'agent':
      return row.agent;
    case 'helpdesk':
      return row.ticket.helpdesk;
    case 'ticket':
      return row.ticketKey;
    case 'type':
      return row.type;
    case 'category':
      return row.type === 'flag' ? row.category : '';
    case 'rule':
      return row.type === 'flag' ? row.rule : '';
  }
}

/**
 * `rows` must be newest first (as loadPeriodEvents gives them): sorting by another column keeps that order
 * among equal values. Plain `<` comparison, not localeCompare: ids and labels, and 100,000 rows to sort.
 */
export function queryEvents(rows: readonly EventRow[], filters: EventFilters, sort: EventSort): EventRow[] {
  const active = Object.values(filters).some((v) => v !== undefined);
  const kept = active ? rows.filter((r) => matchesFilters(r, filters)) : rows.slice();
  if (sort.key === 'at') return sort.dir === 'desc' ? kept : kept.reverse();
  const sign = sort.dir === 'asc' ? 1 : -1;
  const keyed = kept.map((row, i) => ({ row, v: sortValue(row, sort.key), i }));
  keyed.sort((a, b) => (a.v < b.v ? -sign : a.v > b.v ? sign : a.i - b.i));
  return keyed.map((k) => k.row);
}

export interface EventFacets {
  helpdesks: string[];
  rules: string[];
  agents: string[];
}

/** The values the filters offer: those present in the period. */
export function facetsOf(rows: readonly EventRow[]): EventFacets {
  const helpdesks = new Set<string>();
  const rules = new Set<string>();
  const agents = new Set<string>();
  for (const r of rows) {
    helpdesks.add(r.ticket.helpdesk);
    agents.add(r.agent);
    if (r.type === 'flag') rules.add(r.rule);
  }
  const sorted = (s: Set<string>) => [...s].sort();
  return { helpdesks: sorted(helpdesks), rules: sorted(rules), agents: sorted(agents) };
}

/** The period's events, newest first, one calendar day per chunk (each chunk a separate, short read). */
export async function* loadPeriodEvents(db: AgentAssistDb, from: number, to: number): AsyncGenerator<EventRow[]> {
  for (let end = to; end >= from; ) {
    const dayStart = startOfDay(end);
    const rows = await db.events.where('at').between(Math.max(from, dayStart), end, true, true).reverse().toArray();
    if (rows.length) yield rows;
    end = dayStart - 1;
  }
}

/** Every event counts once in one of these tallies (see ./rollups.ts talliesOf). */
const ONE_PER_EVENT = new Set<TallyKey[0]>(['flag', 'reply', 'effort', 'adapter-health']);

/**
 * How many events the period's days hold, from the daily tallies: a few thousand small rows, where counting
 * the events index walks every entry (≈0.4 s for 100,000 in Chromium). Whole days: `from` and `to` are
 * taken as the days they fall in.
 */
export async function countPeriodEvents(db: AgentAssistDb, from: number, to: number): Promise<number> {
  const tallies = await db.tallies.where('[day+key]').between([dayOf(from), Dexie.minKey], [dayOf(to), Dexie.maxKey], true, true).toArray();
  let n = 0;
  for (const { key, n: count } of tallies) if (ONE_PER_EVENT.has((JSON.parse(key) as TallyKey)[0])) n += count;
  return n;
}
