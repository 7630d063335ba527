/** Export and import against the database (extension pages). */
import { exportHeader, toCsvLines, toNdjsonLines } from './export';
import { checkLogExport, eventBatches, type CheckedExport, type EventBatch, type ReadOptions } from './import';
import { sourceBytes, type LineSource } from './import-lines';
import { fromEventRow, intoEventRow, type LoggedEvent } from './logged-event';
import type { AgentAssistDb } from './schema';
import { allEventRows } from './events-in-order';
import { storeEvents } from './write';
import { PendingTicketReports } from './pending-ticket-reports';

async function allEvents(db: AgentAssistDb): Promise<LoggedEvent[]> {
  return (await allEventRows(db)).map(fromEventRow);
}

/** The whole log, oldest first, as one NDJSON or CSV text. */
export async function exportLog(db: AgentAssistDb, format: 'ndjson' | 'csv', agentLabel: string, now = Date.now()): Promise<string> {
  const events = await allEvents(db);
  const lines = format === 'ndjson' ? toNdjsonLines(exportHeader(agentLabel, events.length, now), events) : toCsvLines(events);
  return [...lines].join('');
}

export interface ImportResult {
  /** Events that were not in the log yet (counting those an earlier, interrupted run of the same file added). */
  added: number;
  /** Events of the file already in the log (imported before, or the agent's own). */
  alreadyPresent: number;
  agent: string;
  /** This run picked up where an interrupted import of the same file stopped. */
  resumed: boolean;
}

export interface ImportOptions extends ReadOptions {
  /** How the whole file is checked before anything is written: checkLogExport, or the same on several threads (./import-parts.ts). */
  check?: (source: LineSource, options: ReadOptions) => Promise<CheckedExport>;
  /** Events per transaction: IMPORT_BATCH. */
  batchSize?: number;
  /** MAX_PENDING_TICKETS. */
  maxPendingTickets?: number;
}

/** How many events one transaction writes: big enough that a transaction's fixed cost vanishes, small enough to bound memory. */
export const IMPORT_BATCH = 20_000;

/** The same file, chosen again: its size and its header line (agent, export time, event count). */
function checkpointId(source: LineSource, headerLine: string): string {
  const size = typeof source === 'string' ? source.length : source instanceof Blob ? source.size : -1;
  return `${size}|${headerLine}`;
}

/** An import writes the effort reports it holds once they concern this many tickets (and at its end). */
export const MAX_PENDING_TICKETS = 20_000;

/**
 * Checks the whole file first (LogImportError names the first bad line, and nothing is written), then writes
 * its events in batches, each batch in one transaction with a checkpoint: an import stopped at any point
 * (`signal` aborted, tab closed, worker stopped) leaves whole batches, counted once, and the next import of
 * the same file resumes after the last one. Events keep the agent label they were logged with. The next batch
 * is read and checked while the current one commits; batches still commit one after the other, in file order.
 *
 * The events' effort reports are held and written to their tickets every MAX_PENDING_TICKETS tickets, at the
 * end, and when the import is cancelled (./pending-ticket-reports.ts). The checkpoint says up to which line
 * they are written; a resumed import reads the file from there, writing only the reports up to where the
 * events were stored.
 */
export async function importLog(
  db: AgentAssistDb,
  source: LineSource,
  { onProgress, signal, check = checkLogExport, batchSize = IMPORT_BATCH, maxPendingTickets = MAX_PENDING_TICKETS }: ImportOptions = {},
): Promise<ImportResult> {
  const checked = await check(source, { onProgress, signal });
  const id = checkpointId(source, checked.headerLine);
  const start = await db.imports.get(id);
  const storedUpTo = start?.line ?? 0;
  let ticketsLine = start ? start.ticketsLine ?? start.line : 0;
  let line = storedUpTo;
  /** The reports of the lines up to here are written or held. */
  let offeredUpTo = ticketsLine;
  let added = start?.added ?? 0;
  let done = start?.events ?? 0;
  const totalBytes = sourceBytes(source);
  const pending = new PendingTicketReports();
  const checkpoint = () => db.imports.put({ id, line, events: done, added, ticketsLine, at: Date.now() });
  /** Inside a transaction on the tickets, tallies and imports: writes the reports held, and says so in the checkpoint. */
  const writeReports = async () => {
    if (pending.size) await pending.write(db);
    ticketsLine = offeredUpTo;
    await checkpoint();
  };
  const write = async (batch: EventBatch) => {
    const rows = batch.events.map(intoEventRow);
    for (const row of rows) pending.offer(row);
    offeredUpTo = batch.lastLine;
    const replayed = batch.lastLine <= storedUpTo;
    if (!replayed || pending.size >= maxPendingTickets) {
      await db.transaction('rw', [db.eventChunks, db.dayTallies, db.tickets, db.imports], async () => {
        if (!replayed) {
          added += await storeEvents(db, rows, { ticketReports: 'by-caller' });
          done += rows.length;
          line = batch.lastLine;
        }
        if (pending.size >= maxPendingTickets || pending.size === 0) await writeReports();
        else await checkpoint();
      });
    }
    onProgress?.({ phase: 'writing', done, total: checked.events, bytes: batch.bytes, totalBytes });
  };
  const batches = eventBatches(source, { afterLine: ticketsLine, splitAfter: storedUpTo, size: batchSize, signal, checked });
  let committing: Promise<void> = Promise.resolve();
  let failed = false;
  try {
    for await (const batch of batches) {
      await committing;
      signal?.throwIfAborted();
      committing = write(batch);
      // Awaited before the next batch or in `finally`; this only keeps a failure from counting as unhandled meanwhile.
      committing.catch(() => (failed = true));
    }
    await committing;
  } finally {
    // Stopped while a batch commits (cancel, a bad read): that batch and its checkpoint land whole first.
    await committing.catch(() => undefined);
    // Cancelled: the reports of what was stored are written too, so the tickets match the events without a resume.
    if (signal?.aborted && !failed && pending.size) await db.transaction('rw', [db.dayTallies, db.tickets, db.imports], writeReports).catch(() => undefined);
  }
  await db.transaction('rw', [db.dayTallies, db.tickets, db.imports], async () => {
    if (pending.size) await pending.write(db);
    await db.imports.delete(id);
  });
  return { added, alreadyPresent: checked.events - added, agent: checked.header.agent, resumed: start !== undefined };
}
