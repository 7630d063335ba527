/** Export and import against the database (extension pages). */
import { exportHeader, toCsvLines, toNdjsonLines } from './export';
import { linesOf, parseLogExport, type ImportProgress } from './import';
import { fromEventRow, toEventRow, type LoggedEvent } from './logged-event';
import type { AgentAssistDb } from './schema';
import { storeEvents } from './write';

const WRITE_CHUNK = 2000;

async function allEvents(db: AgentAssistDb): Promise<LoggedEvent[]> {
  return (await db.events.orderBy('at').toArray()).map(fromEventRow);
}

/** The whole log, oldest first, as one NDJSON or CSV text. */
export async function exportLog(db: AgentAssistDb, format: 'ndjson' | 'csv', agentLabel: string, now = Date.now()): Promise<string> {
  const events = await allEvents(db);
  const lines = format === 'ndjson' ? toNdjsonLines(exportHeader(agentLabel, events.length, now), events) : toCsvLines(events);
  return [...lines].join('');
}

export interface ImportResult {
  /** Events that were not in the log yet. */
  added: number;
  /** Events of the file already in the log (imported before, or the agent's own). */
  alreadyPresent: number;
  agent: string;
}

/**
 * Checks the whole file first (LogImportError names the first bad line, and nothing is written), then writes
 * every event in one transaction: either all of the file is in the log afterwards or none of it.
 * Events keep the agent label they were logged with.
 */
export async function importLog(
  db: AgentAssistDb,
  source: string | Blob | ReadableStream<Uint8Array>,
  onProgress?: ImportProgress,
): Promise<ImportResult> {
  const { header, events } = await parseLogExport(linesOf(source), onProgress);
  const added = await db.transaction('rw', db.events, db.tallies, db.tickets, async () => {
    let n = 0;
    for (let i = 0; i < events.length; i += WRITE_CHUNK) {
      n += await storeEvents(db, events.slice(i, i + WRITE_CHUNK).map(toEventRow));
      onProgress?.({ phase: 'writing', done: Math.min(events.length, i + WRITE_CHUNK), total: events.length });
    }
    return n;
  });
  return { added, alreadyPresent: events.length - added, agent: header.agent };
}
