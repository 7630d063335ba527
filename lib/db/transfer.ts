/** Export and import against the database (extension pages). */
import { exportHeader, toCsvLines, toNdjsonLines } from './export';
import { checkLogExport, eventBatches, type CheckedExport, type EventBatch, type ReadOptions } from './import';
import { sourceBytes, type LineSource } from './import-lines';
import { fromEventRow, intoEventRow, type LoggedEvent } from './logged-event';
import type { AgentAssistDb } from './schema';
import { allEventRows } from './events-in-order';
import { storeEvents } from './write';

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
}

/** How many events one transaction writes: big enough that a transaction's fixed cost vanishes, small enough to bound memory. */
export const IMPORT_BATCH = 20_000;

/** The same file, chosen again: its size and its header line (agent, export time, event count). */
function checkpointId(source: LineSource, headerLine: string): string {
  const size = typeof source === 'string' ? source.length : source instanceof Blob ? source.size : -1;
  return `${size}|${headerLine}`;
}

/**
 * Checks the whole file first (LogImportError names the first bad line, and nothing is written), then writes
 * its events in batches, each batch in one transaction with a checkpoint: an import stopped at any point
 * (`signal` aborted, tab closed, worker stopped) leaves whole batches, counted once, and the next import of
 * the same file resumes after the last one. Events keep the agent label they were logged with. The next batch
 * is read and checked while the current one commits; batches still commit one after the other, in file order.
 */
export async function importLog(db: AgentAssistDb, source: LineSource, { onProgress, signal, check = checkLogExport }: ImportOptions = {}): Promise<ImportResult> {
  const checked = await check(source, { onProgress, signal });
  const id = checkpointId(source, checked.headerLine);
  const start = await db.imports.get(id);
  let added = start?.added ?? 0;
  let done = start?.events ?? 0;
  const totalBytes = sourceBytes(source);
  const write = async (batch: EventBatch) => {
    const rows = batch.events.map(intoEventRow);
    added += await db.transaction('rw', [db.eventChunks, db.dayTallies, db.tickets, db.imports], async () => {
      const n = await storeEvents(db, rows);
      await db.imports.put({ id, line: batch.lastLine, events: done + rows.length, added: added + n, at: Date.now() });
      return n;
    });
    done += rows.length;
    onProgress?.({ phase: 'writing', done, total: checked.events, bytes: batch.bytes, totalBytes });
  };
  let committing: Promise<void> = Promise.resolve();
  try {
    for await (const batch of eventBatches(source, { afterLine: start?.line ?? 0, size: IMPORT_BATCH, signal, checked })) {
      await committing;
      signal?.throwIfAborted();
      committing = write(batch);
      // Awaited before the next batch or in `finally`; this only keeps a failure from counting as unhandled meanwhile.
      committing.catch(() => undefined);
    }
    await committing;
  } finally {
    // Stopped while a batch commits (cancel, a bad read): that batch and its checkpoint land whole first.
    await committing.catch(() => undefined);
  }
  await db.imports.delete(id);
  return { added, alreadyPresent: checked.events - added, agent: checked.header.agent, resumed: start !== undefined };
}
