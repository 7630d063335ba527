/**
 * What the dashboard's overview reads for a period, in one live query: the log's aggregates (./aggregates.ts),
 * the daily flags-per-reply trend, and the effort of the tickets whose latest report falls in the period.
 */
import { REPLY_CATEGORIES, type ReplyCategory } from '../taxonomy';
import { computeAggregates, type LogAggregates } from './aggregates';
import { dayOf } from './days';
import type { TallyKey, TicketRow } from './rollups';
import { readPeriodTallies } from './period-tallies';
import type { AgentAssistDb } from './schema';

/** Flags shown per reply sent that day, per category; null on a day without replies (nothing to divide by). */
export type TrendPoint = { day: string; replies: number } & Record<ReplyCategory, number | null>;

export interface EffortSummary {
  /** Tickets whose latest effort report is in the period. */
  tickets: number;
  /** Their average score (0–100); null when there are none. */
  average: number | null;
  high: number;
}

export interface DashboardSummary {
  aggregates: LogAggregates;
  trend: TrendPoint[];
  effort: EffortSummary;
}

export interface Period {
  from: number;
  to: number;
}

export function repliesPerDay(tallies: { day: string; key: string; n: number }[]): Map<string, number> {
  const perDay = new Map<string, number>();
  for (const { day, key, n } of tallies) {
    if (!key.startsWith('["reply"')) continue;
    const parts = JSON.parse(key) as TallyKey;
    if (parts[0] === 'reply') perDay.set(day, (perDay.get(day) ?? 0) + n);
  }
  return perDay;
}

export function trendOf(byDay: LogAggregates['byDay'], replies: Map<string, number>): TrendPoint[] {
  return byDay.map((d) => {
    const sent = replies.get(d.day) ?? 0;
    const point = { day: d.day, replies: sent } as TrendPoint;
    for (const c of REPLY_CATEGORIES) point[c] = sent === 0 ? null : d[c] / sent;
    return point;
  });
}

export function effortOf(tickets: Pick<TicketRow, 'score' | 'level'>[]): EffortSummary {
  const total = tickets.reduce((sum, t) => sum + t.score, 0);
  return {
    tickets: tickets.length,
    average: tickets.length ? total / tickets.length : null,
    high: tickets.filter((t) => t.level === 'high').length,
  };
}

export async function loadDashboardSummary(db: AgentAssistDb, period: Period): Promise<DashboardSummary> {
  const [fromDay, toDay] = [dayOf(period.from), dayOf(period.to)];
  const [aggregates, tallies, tickets] = await Promise.all([
    computeAggregates(db, period),
    readPeriodTallies(db, fromDay, toDay),
    db.tickets.where('effortAt').between(period.from, period.to, true, true).toArray(),
  ]);
  return { aggregates, trend: trendOf(aggregates.byDay, repliesPerDay(tallies)), effort: effortOf(tickets) };
}
