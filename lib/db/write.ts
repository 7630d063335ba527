/** Every change to the coaching log goes through here, so that the rollups always match the events. */
import Dexie from 'dexie';
import type { AgentAssistDb } from './schema';
import type { EventRow } from './logged-event';
import { DAY_MS } from './days';
import { RollupChanges } from './rollups';

/**
 * Adds the rows and returns those that were not stored yet. One add per row, no read first: an id already
 * stored fails alone (ConstraintError), the others are kept. Any other failure aborts the caller's transaction.
 */
async function addNew(db: AgentAssistDb, rows: EventRow[]): Promise<EventRow[]> {
  try {
    await db.events.bulkAdd(rows);
    return rows;
  } catch (err) {
    if (!(err instanceof Dexie.BulkError)) throw err;
    const failures = Object.entries(err.failuresByPos);
    const other = failures.find(([, e]) => e.name !== 'ConstraintError');
    if (other) throw other[1];
    const stored = new Set(failures.map(([pos]) => Number(pos)));
    return rows.filter((_, i) => !stored.has(i));
  }
}

/**
 * Stores the rows whose event id is not stored yet and counts them into the rollups, in one transaction: a
 * retried batch, a batch sent twice from two tabs or an export imported twice adds nothing the second time.
 * Returns how many rows were new. Inside a caller's transaction on the same tables, joins it.
 */
export async function storeEvents(db: AgentAssistDb, rows: EventRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  return db.transaction('rw', db.events, db.tallies, db.tickets, async () => {
    const unique = [...new Map(rows.map((r) => [r.eventId, r])).values()];
    const fresh = await addNew(db, unique);
    if (fresh.length === 0) return 0;
    const changes = new RollupChanges();
    for (const row of fresh) changes.count(row, 1);
    await changes.apply(db.tallies, db.tickets);
    return fresh.length;
  });
}

/** Deletes every event older than `cutoff` (epoch ms), in chunks, uncounting each. Returns how many. */
export async function deleteEventsBefore(db: AgentAssistDb, cutoff: number, chunk = 2000): Promise<number> {
  let deleted = 0;
  for (;;) {
    const n = await db.transaction('rw', db.events, db.tallies, db.tickets, async () => {
      const rows = await db.events.where('at').below(cutoff).limit(chunk).toArray();
      if (rows.length === 0) return 0;
      await db.events.bulkDelete(rows.map((r) => r.eventId));
      const changes = new RollupChanges();
      for (const row of rows) changes.count(row, -1);
      await changes.apply(db.tallies, db.tickets);
      // A ticket's row is its latest report: when that is past the cut-off, every earlier one is too.
      await db.tickets.where('effortAt').below(cutoff).delete();
      return rows.length;
    });
    if (n === 0) return deleted;
    deleted += n;
  }
}

export function applyRetention(db: AgentAssistDb, retentionDays: number, now = Date.now()): Promise<number> {
  return deleteEventsBefore(db, now - retentionDays * DAY_MS);
}

/** The lead's "clear everything". */
export async function clearLog(db: AgentAssistDb): Promise<void> {
  await db.transaction('rw', [db.events, db.tallies, db.tickets, db.imports], async () => {
    await Promise.all([db.events.clear(), db.tallies.clear(), db.tickets.clear(), db.imports.clear()]);
  });
}
