/**
 * A period's daily tallies, read once for everything that shows them: the dashboard's figures, the filters'
 * choices and the table's event count all ask for the same days when a page opens or a period is chosen, and
 * each read of a quarter's tallies costs tens of milliseconds. What was read is kept until the log changes
 * (Dexie's 'storagemutated': this context's commits, and other contexts' through its BroadcastChannel).
 */
import Dexie from 'dexie';
import { daysBetween } from './days';
import type { TallyRow } from './rollups';
import { flattenDayTallies, type TallyScope } from './day-tallies';
import type { AgentAssistDb } from './schema';

/** Periods kept (with and without the agents): the current one and a few the lead switches between. */
const KEEP = 8;

let generation = 0;
/** By database name and days; oldest first. */
const kept = new Map<string, Promise<TallyRow[]>>();
let listening = false;

/** The days' rows of one scope, or of both; a row per day and scope (./day-tallies.ts). */
async function readDayTallies(db: AgentAssistDb, fromDay: string, toDay: string, agents: boolean): Promise<TallyRow[]> {
  const rows = agents
    ? await db.dayTallies.where('[day+scope]').between([fromDay, Dexie.minKey], [toDay, Dexie.maxKey], true, true).toArray()
    : await db.dayTallies.bulkGet(daysBetween(fromDay, toDay).map((day) => [day, 'team'] as [string, TallyScope]));
  return flattenDayTallies(rows);
}

/**
 * Every tally row of the days from `fromDay` to `toDay` (both included), or every one but the per-agent ones
 * when `agents` is false. Callers must not change the rows.
 */
export function readPeriodTallies(db: AgentAssistDb, fromDay: string, toDay: string, { agents = true } = {}): Promise<TallyRow[]> {
  if (!listening) {
    Dexie.on('storagemutated', () => (generation++, kept.clear()));
    listening = true;
  }
  const key = `${db.name}|${fromDay}|${toDay}|${agents}`;
  const hit = kept.get(key);
  if (hit) return hit;
  const started = generation;
  const read = readDayTallies(db, fromDay, toDay, agents);
  kept.set(key, read);
  if (kept.size > KEEP) kept.delete(kept.keys().next().value!);
  // A read that fails, or that a change overtook, is not kept.
  const drop = () => kept.get(key) === read && kept.delete(key);
  read.then(() => started !== generation && drop(), drop);
  return read;
}
