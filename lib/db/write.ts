/** Every change to the coaching log goes through here, so that the rollups always match the events. */
import Dexie from 'dexie';
import type { AgentAssistDb } from './schema';
import type { EventRow } from './logged-event';
import { DAY_MS, dayOf, startOfDay } from './days';
import { RollupChanges } from './rollups';

/**
 * Adds the rows and returns those that were not stored yet. One add per row, no read first: an id already
 * stored fails alone (ConstraintError), the others are kept. Any other failure aborts the caller's transaction.
 */
async function addNew(db: AgentAssistDb, rows: EventRow[]): Promise<EventRow[]> {
  try {
    await db.eventsByTime.bulkAdd(rows);
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
  return db.transaction('rw', db.eventsByTime, db.tallies, db.tickets, async () => {
    const unique = [...new Map(rows.map((r) => [`${r.at}|${r.eventId}`, r])).values()];
    const fresh = await addNew(db, unique);
    if (fresh.length === 0) return 0;
    const changes = new RollupChanges();
    for (const row of fresh) changes.count(row, 1);
    await changes.apply(db.tallies, db.tickets);
    return fresh.length;
  });
}

/**
 * Deletes every event older than `cutoff` (epoch ms) and uncounts it, in one transaction, without reading the
 * events of whole days: their tallies go with their days (a range of the tallies' keys), their rows as a range of
 * the events' primary key. Only the events of the cut-off's own day (and the day before, whose rows a change of
 * time zone may have counted in the cut-off's day) are read, to uncount them one by one. Returns how many.
 */
export async function deleteEventsBefore(db: AgentAssistDb, cutoff: number): Promise<number> {
  const cutoffDay = dayOf(cutoff);
  const below = db.eventsByTime.where(':id').below([cutoff, Dexie.minKey]);
  return db.transaction('rw', db.eventsByTime, db.tallies, db.tickets, async () => {
    const lastDays = await db.eventsByTime
      .where(':id')
      .between([startOfDay(cutoff) - DAY_MS, Dexie.minKey], [cutoff, Dexie.minKey])
      .toArray();
    const changes = new RollupChanges();
    for (const row of lastDays) if (row.day >= cutoffDay) changes.count(row, -1);
    // Likewise the tickets whose latest report goes (below): counted out of the days that stay.
    const lastTickets = await db.tickets.where('effortAt').between(startOfDay(cutoff) - DAY_MS, cutoff).toArray();
    for (const ticket of lastTickets) if (ticket.day >= cutoffDay) changes.countLatest(ticket, -1);
    await changes.apply(db.tallies, db.tickets);
    await db.tallies.where('[day+key]').below([cutoffDay, Dexie.minKey]).delete();
    const deleted = await below.delete();
    // A ticket's row is its latest report: when that is past the cut-off, every earlier one is too.
    await db.tickets.where('effortAt').below(cutoff).delete();
    return deleted;
  });
}

export function applyRetention(db: AgentAssistDb, retentionDays: number, now = Date.now()): Promise<number> {
  return deleteEventsBefore(db, now - retentionDays * DAY_MS);
}

/**
 * The lead's "clear everything": the database is deleted and opened again empty, which takes a moment at any
 * size where clearing a million rows takes a minute. Other pages' and the worker's connections close when asked
 * (Dexie does so on 'versionchange') and open the new database on their next read or write.
 */
export async function clearLog(db: AgentAssistDb): Promise<void> {
  await db.delete({ disableAutoOpen: false });
  await db.open();
}
