import Dexie from 'dexie';
import { summarize } from '@/lib/db/aggregates';
import { dayOf } from '@/lib/db/days';
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

/** Today's figures from today's daily tallies alone: a few dozen small rows, whatever the size of the log. */
export async function loadTodayCounts(db: AgentAssistDb, now = Date.now()): Promise<TodayCounts> {
  const day = dayOf(now);
  const tallies = await db.tallies.where('[day+key]').between([day, Dexie.minKey], [day, Dexie.maxKey], true, true).toArray();
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
