/**
 * A period's daily tallies, read once for everything that shows them: the dashboard's figures, the filters'
 * choices and the table's event count all ask for the same days when a page opens or a period is chosen, and
 * each read of a quarter's tallies costs tens of milliseconds. What was read is kept until the log changes
 * (Dexie's 'storagemutated': this context's commits, and other contexts' through its BroadcastChannel).
 */
import Dexie from 'dexie';
import { daysBetween } from './days';
import type { TallyRow } from './rollups';
import type { AgentAssistDb } from './schema';

/** Periods kept (with and without the agents): the current one and a few the lead switches between. */
const KEEP = 8;

let generation = 0;
/** By database name and days; oldest first. */
const kept = new Map<string, Promise<TallyRow[]>>();
let listening = false;

/** The per-agent tallies' keys: from '["agent",' up to (not including) '["agent",' followed by the highest character. */
const AGENT_KEYS: [string, string] = ['["agent",', '["agent",\uffff'];

/**
 * The tallies of the days without the per-agent ones: a team's agents are most of a day's tallies (50 agents,
 * 7 counters each), which the overview's figures do not show. Two ranges of the key per day.
 */
async function readWithoutAgents(db: AgentAssistDb, fromDay: string, toDay: string): Promise<TallyRow[]> {
  const ranges = daysBetween(fromDay, toDay).flatMap((day) => [
    db.tallies.where('[day+key]').between([day, Dexie.minKey], [day, AGENT_KEYS[0]], true, false),
    db.tallies.where('[day+key]').between([day, AGENT_KEYS[1]], [day, Dexie.maxKey], true, true),
  ]);
  return (await db.transaction('r', db.tallies, () => Promise.all(ranges.map((r) => r.toArray())))).flat();
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
  const read = agents
    ? db.tallies.where('[day+key]').between([fromDay, Dexie.minKey], [toDay, Dexie.maxKey], true, true).toArray()
    : readWithoutAgents(db, fromDay, toDay);
  kept.set(key, read);
  if (kept.size > KEEP) kept.delete(kept.keys().next().value!);
  // A read that fails, or that a change overtook, is not kept.
  const drop = () => kept.get(key) === read && kept.delete(key);
  read.then(() => started !== generation && drop(), drop);
  return read;
}
