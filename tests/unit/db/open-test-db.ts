import 'fake-indexeddb/auto';
import { AgentAssistDb } from '../../../lib/db/schema';
import { allEventRows } from '../../../lib/db/events-in-order';
import { flattenDayTallies } from '../../../lib/db/day-tallies';
import type { TallyRow } from '../../../lib/db/rollups';

let n = 0;

/** A fresh, empty coaching log in fake-indexeddb. */
export function openTestDb(): AgentAssistDb {
  return new AgentAssistDb(`agent-assist-test-${process.pid}-${++n}`);
}

/** Every stored event, oldest first. */
export const storedRows = (db: AgentAssistDb) => allEventRows(db);

export async function storedCount(db: AgentAssistDb): Promise<number> {
  return (await allEventRows(db)).length;
}

/** Every stored counter, one TallyRow each, in day then key order (as v2–v6 stored them, one row each). */
export async function storedTallies(db: AgentAssistDb): Promise<TallyRow[]> {
  const byDayAndKey = (a: TallyRow, b: TallyRow) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  return flattenDayTallies(await db.dayTallies.toArray()).sort(byDayAndKey);
}
