import { summarize } from '@/lib/db/aggregates';
import { dayOf } from '@/lib/db/days';
import { flattenDayTallies } from '@/lib/db/day-tallies';
import type { AgentAssistDb } from '@/lib/db/schema';
import type { ReplyCategory } from '@/lib/taxonomy';

export interface TodayCounts {
  /** Flags shown today, per category. */
  byCategory: Record<ReplyCategory, number>;
  flags: number;
  /** Flags that went before the reply was sent: fixed by an edit or replaced by a suggestion (`applied`). */
  fixed: number;
  applied: number;
  replies: number;
  repliesWithFlags: number;
}

/** Today's figures from today's tallies alone (the team's: one row), whatever the size of the log. */
export async function loadTodayCounts(db: AgentAssistDb, now = Date.now()): Promise<TodayCounts> {
  const day = dayOf(now);
  const tallies = flattenDayTallies([await db.dayTallies.get([day, 'team'])]);
  const { byCategory, outcomes, replies } = summarize(tallies, [], day, day, 0);
  return {
    byCategory,
    flags: Object.values(byCategory).reduce((sum, n) => sum + n, 0),
    fixed: outcomes.fixed + outcomes.applied,
    applied: outcomes.applied,
    replies: replies.sent,
    repliesWithFlags: replies.withFlags,
  };
}
