/**
 * What the dashboard's overview reads for a period, in one live query of the period's tallies (without the
 * per-agent ones): the log's aggregates (./aggregates.ts), the daily flags-per-reply trend, and the effort of the
 * tickets whose latest report falls in the period. The high-effort tickets themselves are read apart
 * (loadHighEffortTickets in ./aggregates.ts): the figures do not wait for them.
 */
import { REPLY_CATEGORIES, type ReplyCategory } from '../taxonomy';
import { summarize, type LogAggregates } from './aggregates';
import { dayOf } from './days';
import type { TallyKey, TallyRow } from './rollups';
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

/** From the 'latest-effort' tallies: each ticket counts on the day of its latest report (see ./rollups.ts). */
export function effortOf(tallies: Pick<TallyRow, 'key' | 'n'>[]): EffortSummary {
  let tickets = 0;
  let total = 0;
  let high = 0;
  for (const { key, n } of tallies) {
    if (!key.startsWith('["latest-effort')) continue;
    const parts = JSON.parse(key) as TallyKey;
    if (parts[0] === 'latest-effort-score') total += n;
    else if (parts[0] === 'latest-effort') (tickets += n), (high += parts[1] === 'high' ? n : 0);
  }
  return { tickets, average: tickets ? total / tickets : null, high };
}

export async function loadDashboardSummary(db: AgentAssistDb, period: Period): Promise<DashboardSummary> {
  const [fromDay, toDay] = [dayOf(period.from), dayOf(period.to)];
  const tallies = await readPeriodTallies(db, fromDay, toDay, { agents: false });
  const aggregates = summarize(tallies, [], fromDay, toDay);
  return { aggregates, trend: trendOf(aggregates.byDay, repliesPerDay(tallies)), effort: effortOf(tallies) };
}
