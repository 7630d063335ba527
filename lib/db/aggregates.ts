/**
 * What the dashboard shows for a period, computed from the daily tallies and the tickets' latest effort
 * reports (see ./rollups.ts) rather than from every event.
 */
import { FLAG_STATES, type FlagState, type TicketRef } from '../messages/log-events';
import { REPLY_CATEGORIES, type ReplyCategory } from '../taxonomy';
import { DAY_MS, dayOf, daysBetween, startOfDay } from './days';
import type { TallyKey, TallyRow, TicketRow } from './rollups';
import { readPeriodTallies } from './period-tallies';
import type { AgentAssistDb } from './schema';

export type FlagOutcomes = Record<FlagState, number>;

export interface AgentCounts extends FlagOutcomes {
  agent: string;
  replies: number;
  repliesWithFlags: number;
}

export interface HighEffortTicket {
  ticket: TicketRef;
  agent: string;
  at: number;
  score: number;
  signals: string[];
  reasons: string[];
}

export interface LogAggregates {
  fromDay: string;
  toDay: string;
  /** Flags shown, per category. */
  byCategory: Record<ReplyCategory, number>;
  /** Flags shown per day and category, every day of the period (zeros included). */
  byDay: ({ day: string } & Record<ReplyCategory, number>)[];
  /** How many flags reached each state: shown, fixed by an edit, replaced by a suggestion, dismissed, sent. */
  outcomes: FlagOutcomes;
  /** Of the flags whose outcome is known, the share fixed or replaced by a suggestion before sending; null when none. */
  fixedBeforeSending: number | null;
  suggestionsApplied: number;
  replies: { sent: number; withFlags: number };
  topRules: { rule: string; category: ReplyCategory; shown: number }[];
  /** Empty when snippets are off: nothing of the wording is kept then. */
  topPhrases: { phrase: string; shown: number }[];
  /** Tickets whose latest effort report in the period is high, highest score first. */
  highEffortTickets: HighEffortTicket[];
  agents: AgentCounts[];
}

const zeroOutcomes = (): FlagOutcomes => Object.fromEntries(FLAG_STATES.map((s) => [s, 0])) as FlagOutcomes;
const zeroCategories = (): Record<ReplyCategory, number> =>
  Object.fromEntries(REPLY_CATEGORIES.map((c) => [c, 0])) as Record<ReplyCategory, number>;
const isCategory = (c: string): c is ReplyCategory => (REPLY_CATEGORIES as readonly string[]).includes(c);

function top<T extends { shown: number }>(items: Iterable<T>, n: number, name: (t: T) => string): T[] {
  return [...items].sort((a, b) => b.shown - a.shown || name(a).localeCompare(name(b))).slice(0, n);
}

function highestEffort(highTickets: TicketRow[], topN: number): HighEffortTicket[] {
  return [...highTickets]
    .sort((a, b) => b.score - a.score || b.effortAt - a.effortAt)
    .slice(0, 2 * topN)
    .map((t) => ({ ticket: t.ticket, agent: t.agent, at: t.effortAt, score: t.score, signals: t.signals, reasons: t.reasons }));
}

/** The aggregation itself, pure: the period's tally rows and high-effort ticket rows in, the dashboard's figures out. */
export function summarize(tallies: TallyRow[], highTickets: TicketRow[], fromDay: string, toDay: string, topN = 10): LogAggregates {
  const byCategory = zeroCategories();
  const days = new Map(daysBetween(fromDay, toDay).map((d) => [d, { day: d, ...zeroCategories() }]));
  const outcomes = zeroOutcomes();
  const replies = { sent: 0, withFlags: 0 };
  const rules = new Map<string, { rule: string; category: ReplyCategory; shown: number }>();
  const phrases = new Map<string, { phrase: string; shown: number }>();
  const agents = new Map<string, AgentCounts>();

  for (const { day, key, n } of tallies) {
    const k = JSON.parse(key) as TallyKey;
    switch (k[0]) {
      case 'flag': {
        const [, category, rule, state] = k;
        outcomes[state] += n;
        if (state !== 'shown' || !isCategory(category)) break;
        byCategory[category] += n;
        const d = days.get(day);
        if (d) d[category] += n;
        const r = rules.get(rule) ?? { rule, category, shown: 0 };
        r.shown += n;
        rules.set(rule, r);
        break;
      }
      case 'phrase': {
        const p = phrases.get(k[1]) ?? { phrase: k[1], shown: 0 };
        p.shown += n;
        phrases.set(k[1], p);
        break;
      }
      case 'reply':
        replies.sent += n;
        if (k[1] === 'with-flags') replies.withFlags += n;
        break;
      case 'agent': {
        const [, agent, what] = k;
        const a = agents.get(agent) ?? { agent, ...zeroOutcomes(), replies: 0, repliesWithFlags: 0 };
        if (what === 'reply') a.replies += n;
        else if (what === 'reply-with-flags') a.repliesWithFlags += n;
        else a[what.slice('flag-'.length) as FlagState] += n;
        agents.set(agent, a);
        break;
      }
    }
  }

  const resolved = outcomes.fixed + outcomes.applied + outcomes.dismissed + outcomes.sent;
  return {
    fromDay,
    toDay,
    byCategory,
    byDay: [...days.values()],
    outcomes,
    fixedBeforeSending: resolved === 0 ? null : (outcomes.fixed + outcomes.applied) / resolved,
    suggestionsApplied: outcomes.applied,
    replies,
    topRules: top(rules.values(), topN, (r) => r.rule),
    topPhrases: top(phrases.values(), topN, (p) => p.phrase),
    highEffortTickets: highestEffort(highTickets, topN),
    agents: [...agents.values()].sort((a, b) => a.agent.localeCompare(b.agent)),
  };
}

export interface PeriodOptions {
  /** Epoch ms; default: the start of the day 29 days before `to` (30 calendar days in all). */
  from?: number;
  /** Epoch ms; default now. */
  to?: number;
  topN?: number;
}

const highTicketsOf = (db: AgentAssistDb, from: number, to: number) =>
  db.tickets.where('[level+effortAt]').between(['high', from], ['high', to], true, true).toArray();

/** The tickets whose latest effort report in the period is high, highest score first (as in LogAggregates). */
export async function loadHighEffortTickets(db: AgentAssistDb, { from, to }: { from: number; to: number }, topN = 10): Promise<HighEffortTicket[]> {
  return highestEffort(await highTicketsOf(db, from, to), topN);
}

export async function computeAggregates(db: AgentAssistDb, options: PeriodOptions = {}): Promise<LogAggregates> {
  const to = options.to ?? Date.now();
  const from = options.from ?? startOfDay(to - 29 * DAY_MS);
  const [fromDay, toDay] = [dayOf(from), dayOf(to)];
  const [tallies, highTickets] = await Promise.all([
    readPeriodTallies(db, fromDay, toDay),
    highTicketsOf(db, from, to),
  ]);
  return summarize(tallies, highTickets, fromDay, toDay, options.topN);
}
