/**
 * Reading an NDJSON export back, streamed: `checkLogExport` reads the whole file once and checks every line
 * (the first bad line refuses the file with its number, before anything is written); `eventBatches` then
 * reads it again and hands out the events in batches for writing. Neither holds more than a chunk of the file
 * and one batch of events. Pure; see ./transfer.ts for writing.
 */
import * as z from 'zod/mini';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportHeader } from './export';
import { lineBatches, LineReadError, sourceBytes, type LineProblem, type LineSource } from './import-lines';
import { LoggedEventSchema, type LoggedEvent } from './logged-event';

export class LogImportError extends Error {
  override name = 'LogImportError';
  constructor(
    /** 1-based; the header is line 1. */
    readonly line: number,
    readonly problem: string,
    /** Set when the file is not text this extension can read at all (the dashboard says so in the user's words). */
    readonly kind?: LineProblem['kind'],
  ) {
    super(`Line ${line}: ${problem}`);
  }
}

const HeaderSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.int().check(z.gte(1)),
  agent: z.string(),
  exportedAt: z.number(),
  events: z.optional(z.int().check(z.nonnegative())),
});

export interface ImportProgressInfo {
  phase: 'checking' | 'writing';
  /** Events checked or written so far. */
  done: number;
  /** Events in the file, once the check has counted them. */
  total?: number;
  bytes: number;
  totalBytes?: number;
}
export type ImportProgress = (progress: ImportProgressInfo) => void;

export interface CheckedExport {
  header: ExportHeader;
  /** The header line as written: with the file's size it names the file for a resumed import. */
  headerLine: string;
  events: number;
}

export interface ReadOptions {
  onProgress?: ImportProgress;
  signal?: AbortSignal;
}

function parseJson(text: string, line: number): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new LogImportError(line, `not valid JSON (${(err as Error).message})`);
  }
}

function firstIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  const at = issue.path.length ? ` at ${issue.path.join('.')}` : '';
  return `${issue.message}${at}`;
}

function checkHeader(text: string, line: number): ExportHeader {
  const parsed = HeaderSchema.safeParse(parseJson(text, line));
  if (!parsed.success) {
    throw new LogImportError(line, `not an Agent Assist log export header (expected {"format":"${EXPORT_FORMAT}",…}): ${firstIssue(parsed.error)}`);
  }
  if (parsed.data.version > EXPORT_VERSION) {
    throw new LogImportError(line, `export format version ${parsed.data.version} is newer than this extension reads (${EXPORT_VERSION})`);
  }
  return { ...parsed.data, format: EXPORT_FORMAT, events: parsed.data.events ?? 0 };
}

function checkEvent(text: string, line: number): LoggedEvent {
  const parsed = LoggedEventSchema.safeParse(parseJson(text, line));
  if (!parsed.success) throw new LogImportError(line, `invalid event: ${firstIssue(parsed.error)}`);
  return parsed.data;
}

/** The file's lines, blank ones skipped, with their 1-based numbers; read errors become LogImportErrors. */
async function* numberedLines(source: LineSource, signal?: AbortSignal): AsyncGenerator<{ text: string; line: number; bytes: number }> {
  try {
    for await (const batch of lineBatches(source)) {
      signal?.throwIfAborted();
      for (let i = 0; i < batch.lines.length; i++) {
        const text = batch.lines[i].trim();
        if (text !== '') yield { text, line: batch.firstLine + i, bytes: batch.bytesRead };
      }
    }
  } catch (err) {
    if (!(err instanceof LineReadError)) throw err;
    const p = err.problem;
    const problem = p.kind === 'not-utf8' ? 'the file is not UTF-8 text' : `the line is longer than ${p.maxBytes} bytes`;
    throw new LogImportError(p.line, problem, p.kind);
  }
}

const PROGRESS_EVERY = 5000;

/** Reads and checks the whole export; throws LogImportError naming the first bad line. Blank lines are skipped. */
export async function checkLogExport(source: LineSource, { onProgress, signal }: ReadOptions = {}): Promise<CheckedExport> {
  const totalBytes = sourceBytes(source);
  let header: ExportHeader | undefined;
  let headerLine = '';
  let events = 0;
  let lastLine = 0;
  let bytes = 0;
  for await (const { text, line, bytes: read } of numberedLines(source, signal)) {
    lastLine = line;
    bytes = read;
    if (!header) {
      header = checkHeader(text, line);
      headerLine = text;
      continue;
    }
    checkEvent(text, line);
    if (++events % PROGRESS_EVERY === 0) onProgress?.({ phase: 'checking', done: events, bytes, totalBytes });
  }
  if (!header) throw new LogImportError(Math.max(1, lastLine), 'the file is empty');
  if (header.events && header.events !== events) {
    throw new LogImportError(lastLine, `the header announces ${header.events} events but the file holds ${events}: it was cut short or edited`);
  }
  onProgress?.({ phase: 'checking', done: events, total: events, bytes: totalBytes ?? bytes, totalBytes });
  return { header, headerLine, events };
}

export interface EventBatch {
  events: LoggedEvent[];
  /** The number of the last line read for this batch: a resumed import skips up to it. */
  lastLine: number;
  bytes: number;
}

/** The export's events after line `afterLine` (0: all), `size` at a time; the header is skipped. */
export async function* eventBatches(source: LineSource, { afterLine = 0, size = 5000, signal }: { afterLine?: number; size?: number; signal?: AbortSignal } = {}): AsyncGenerator<EventBatch> {
  let events: LoggedEvent[] = [];
  let lastLine = afterLine;
  let bytes = 0;
  let header = true;
  for await (const { text, line, bytes: read } of numberedLines(source, signal)) {
    if (header) {
      header = false;
      continue;
    }
    if (line <= afterLine) continue;
    events.push(checkEvent(text, line));
    lastLine = line;
    bytes = read;
    if (events.length >= size) {
      yield { events, lastLine, bytes };
      events = [];
    }
  }
  if (events.length) yield { events, lastLine, bytes };
}
