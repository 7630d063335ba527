/**
 * A period's daily tallies, read once for everything that shows them: the dashboard's figures, the filters'
 * choices and the table's event count all ask for the same days when a page opens or a period is chosen, and
 * each read of a quarter's tallies costs tens of milliseconds. What was read is kept until the log changes
 * (Dexie's 'storagemutated': this context's commits, and other contexts' through its BroadcastChannel).
 */
import Dexie from 'dexie';
import type { TallyRow } from './rollups';
import type { AgentAssistDb } from './schema';

/** Periods kept: the current one and a few the lead switches between. */
const KEEP = 4;

let generation = 0;
/** By database name and days; oldest first. */
const kept = new Map<string, Promise<TallyRow[]>>();
let listening = false;

/** Every tally row of the days from `fromDay` to `toDay` (both included). Callers must not change the rows. */
export function readPeriodTallies(db: AgentAssistDb, fromDay: string, toDay: string): Promise<TallyRow[]> {
  if (!listening) {
    Dexie.on('storagemutated', () => (generation++, kept.clear()));
    listening = true;
  }
  const key = `${db.name}|${fromDay}|${toDay}`;
  const hit = kept.get(key);
  if (hit) return hit;
  const started = generation;
  const read = db.tallies.where('[day+key]').between([fromDay, Dexie.minKey], [toDay, Dexie.maxKey], true, true).toArray();
  kept.set(key, read);
  if (kept.size > KEEP) kept.delete(kept.keys().next().value!);
  // A read that fails, or that a change overtook, is not kept.
  const drop = () => kept.get(key) === read && kept.delete(key);
  read.then(() => started !== generation && drop(), drop);
  return read;
}
