/** Every change to the coaching log goes through here, so that the rollups always match the events. */
import Dexie from 'dexie';
import type { AgentAssistDb } from './schema';
import type { EventRow } from './logged-event';
import { DAY_MS, dayOf, startOfDay } from './days';
import { ONE_PER_EVENT, RollupChanges, type TallyKey, type TicketRow } from './rollups';
import { addToChunks, bucketOf, filterBucket } from './event-chunks';
import { eventsInOrder } from './events-in-order';
import { flattenDayTallies } from './day-tallies';

/**
 * Stores the rows whose [at, eventId] is not stored yet and counts them into the rollups, in one transaction:
 * a retried batch, a batch sent twice from two tabs or an export imported twice adds nothing the second time.
 * Returns how many rows were new. Inside a caller's transaction on the same tables, joins it.
 * `ticketReports: 'by-caller'`: the rows' effort reports are not written to their tickets here; the caller
 * writes them (an import, many batches' at once: ./pending-ticket-reports.ts).
 */
export async function storeEvents(db: AgentAssistDb, rows: EventRow[], { ticketReports = 'here' }: { ticketReports?: 'here' | 'by-caller' } = {}): Promise<number> {
  if (rows.length === 0) return 0;
  return db.transaction('rw', db.eventChunks, db.dayTallies, db.tickets, async () => {
    const fresh = await addToChunks(db.eventChunks, rows);
    if (fresh.length === 0) return 0;
    const changes = new RollupChanges();
    for (const row of fresh) changes.count(row, 1, ticketReports === 'here');
    await changes.apply(db.dayTallies, db.tickets);
    return fresh.length;
  });
}

const LEVELS: TicketRow['level'][] = ['low', 'medium', 'high'];

/** The tickets of one level whose latest report is from `from` (included) to `to` (excluded). */
const reportedBetween = (db: AgentAssistDb, level: TicketRow['level'], from: number, to: number) =>
  db.tickets.where('[level+effortAt]').between([level, from], [level, to], true, false);

/** How many events the tallies count on days before `day` (not per agent: each event once). */
async function eventsCountedBefore(db: AgentAssistDb, day: string): Promise<number> {
  let n = 0;
  await db.dayTallies
    .where('[day+scope]')
    .below([day, Dexie.minKey])
    .each((row) => {
      if (row.scope === 'team') for (const { key, n: count } of flattenDayTallies([row])) if (ONE_PER_EVENT.has((JSON.parse(key) as TallyKey)[0])) n += count;
    });
  return n;
}

/**
 * Deletes every event older than `cutoff` (epoch ms) and uncounts it, in one transaction, without reading the
 * events of whole days: their tallies go with their days (a range of the tallies' keys), their chunks as a range
 * of the chunks' primary key. Only the events of the cut-off's own day (and the day before, whose rows a change
 * of time zone may have counted in the cut-off's day) are read, to uncount them one by one. Returns how many
 * events went: those the deleted days' tallies counted, and those uncounted one by one.
 */
export async function deleteEventsBefore(db: AgentAssistDb, cutoff: number): Promise<number> {
  const cutoffDay = dayOf(cutoff);
  const cutoffBucket = bucketOf(cutoff);
  return db.transaction('rw', db.eventChunks, db.dayTallies, db.tickets, async () => {
    const changes = new RollupChanges();
    let uncounted = 0;
    for await (const bucket of eventsInOrder(db, { from: startOfDay(cutoff) - DAY_MS, to: cutoff - 1 }, undefined, 'asc')) {
      for (const row of bucket) if (row.day >= cutoffDay) changes.count(row, -1), uncounted++;
    }
    // Likewise the tickets whose latest report goes (below): counted out of the days that stay.
    const lastTickets = (await Promise.all(LEVELS.map((level) => reportedBetween(db, level, startOfDay(cutoff) - DAY_MS, cutoff).toArray()))).flat();
    for (const ticket of lastTickets) if (ticket.day >= cutoffDay) changes.countLatest(ticket, -1);
    await changes.apply(db.dayTallies, db.tickets);
    const counted = await eventsCountedBefore(db, cutoffDay);
    await db.dayTallies.where('[day+scope]').below([cutoffDay, Dexie.minKey]).delete();
    await db.eventChunks.where(':id').below([cutoffBucket, Dexie.minKey]).delete();
    await filterBucket(db.eventChunks, cutoffBucket, (row) => row.at >= cutoff);
    // A ticket's row is its latest report: when that is past the cut-off, every earlier one is too.
    await Promise.all(LEVELS.map((level) => reportedBetween(db, level, -Infinity, cutoff).delete()));
    return counted + uncounted;
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
