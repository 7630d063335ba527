/**
 * Reading an NDJSON export back, streamed: `checkLogExport` reads the whole file once and checks every line
 * (the first bad line refuses the file with its number, before anything is written); `eventBatches` then
 * reads it again and hands out the events in batches for writing, checking again only the lines the check
 * changed (a file cannot change between the two reads: a Blob is immutable, and a File changed on disk after
 * it was chosen fails to read). Neither holds more than a chunk of the file
 * and one batch of events. Pure; see ./transfer.ts for writing.
 */
import * as z from 'zod/mini';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportHeader } from './export';
import { issueFacts } from '../validation/plain-issue';
import { lineBatches, LineReadError, sourceBytes, type LineSource } from './import-lines';
import { refusalText, type ImportRefusal } from './import-refusal';
import { LoggedEventSchema, type LoggedEvent } from './logged-event';
import { sameJson } from './same-json';

export class LogImportError extends Error {
  override name = 'LogImportError';
  constructor(
    /** 1-based; the header is line 1. */
    readonly line: number,
    readonly refusal: ImportRefusal,
  ) {
    super(refusalText(line, refusal));
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
  /**
   * The lines whose event the schema changed (a key it does not know dropped, a label trimmed), or 'all' when
   * there are too many to list. Every other line is its own checked event: reading the file again for writing,
   * JSON.parse alone gives what the check gave, without checking it a second time.
   */
  changedLines: Set<number> | 'all';
}

/** More changed lines than this are not listed: the writing pass then checks every line again. */
const MAX_CHANGED_LINES = 10_000;

export interface ReadOptions {
  onProgress?: ImportProgress;
  signal?: AbortSignal;
}

function parseJson(text: string, line: number): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new LogImportError(line, { kind: 'not-json' });
  }
}

function checkHeader(text: string, line: number): ExportHeader {
  const value = parseJson(text, line);
  const parsed = HeaderSchema.safeParse(value);
  if (!parsed.success) throw new LogImportError(line, { kind: 'not-header', issue: issueFacts(parsed.error.issues[0], value) });
  if (parsed.data.version > EXPORT_VERSION) {
    throw new LogImportError(line, { kind: 'newer-version', version: parsed.data.version, supported: EXPORT_VERSION });
  }
  return { ...parsed.data, format: EXPORT_FORMAT, events: parsed.data.events ?? 0 };
}

function checkEvent(text: string, line: number): LoggedEvent {
  return checkValue(parseJson(text, line), line);
}

function checkValue(value: unknown, line: number): LoggedEvent {
  const parsed = LoggedEventSchema.safeParse(value);
  if (!parsed.success) throw new LogImportError(line, { kind: 'invalid-event', issue: issueFacts(parsed.error.issues[0], value) });
  return parsed.data;
}

/** A chunk's worth of the file's lines, blank ones skipped, trimmed, with their 1-based numbers. */
interface NumberedLines {
  texts: string[];
  numbers: number[];
  /** The source's bytes read so far. */
  bytes: number;
}

/**
 * The file's lines a chunk at a time (a generator step per line costs an import more than parsing it does);
 * read errors become LogImportErrors.
 */
async function* numberedLines(source: LineSource, signal?: AbortSignal, read?: { lines: number }): AsyncGenerator<NumberedLines> {
  try {
    for await (const batch of lineBatches(source)) {
      signal?.throwIfAborted();
      if (read) read.lines = batch.firstLine + batch.lines.length - 1;
      const run: NumberedLines = { texts: [], numbers: [], bytes: batch.bytesRead };
      for (let i = 0; i < batch.lines.length; i++) {
        const text = batch.lines[i].trim();
        if (text !== '') run.texts.push(text), run.numbers.push(batch.firstLine + i);
      }
      yield run;
    }
  } catch (err) {
    if (!(err instanceof LineReadError)) throw err;
    const p = err.problem;
    throw new LogImportError(p.line, p.kind === 'not-utf8' ? { kind: 'not-utf8' } : { kind: 'line-too-long', maxBytes: p.maxBytes });
  }
}

const PROGRESS_EVERY = 5000;

/** What checking one part of a file found; line numbers count from the part's first line. */
export interface CheckedPart {
  /** The part's first non-blank line read as the header, when it was asked to hold one. */
  header?: ExportHeader;
  headerLine: string;
  events: number;
  changedLines: number[] | 'all';
  /** The number of the part's last non-blank line (0: none). */
  lastLine: number;
  /** Lines in the part, blank ones included: where the next part's numbering starts. */
  lines: number;
  bytes: number;
}

export interface PartOptions extends ReadOptions {
  /** The part starts the file: its first non-blank line is the header. */
  withHeader: boolean;
}

/**
 * Reads and checks one part of an export, whole lines only; throws LogImportError naming the first bad line,
 * counted from the part's start. Blank lines are skipped. Progress counts this part's events and bytes.
 */
export async function checkPart(source: LineSource, { withHeader, onProgress, signal }: PartOptions): Promise<CheckedPart> {
  const totalBytes = sourceBytes(source);
  let header: ExportHeader | undefined;
  let headerLine = '';
  let events = 0;
  let changedLines: CheckedPart['changedLines'] = [];
  let lastLine = 0;
  let bytes = 0;
  const read = { lines: 0 };
  for await (const { texts, numbers, bytes: readSoFar } of numberedLines(source, signal, read)) {
    bytes = readSoFar;
    for (let i = 0; i < texts.length; i++) {
      const text = texts[i];
      const line = (lastLine = numbers[i]);
      if (withHeader && !header) {
        header = checkHeader(text, line);
        headerLine = text;
        continue;
      }
      const value = parseJson(text, line);
      if (changedLines !== 'all' && !sameJson(value, checkValue(value, line))) {
        if (changedLines.length < MAX_CHANGED_LINES) changedLines.push(line);
        else changedLines = 'all';
      }
      if (++events % PROGRESS_EVERY === 0) onProgress?.({ phase: 'checking', done: events, bytes, totalBytes });
    }
  }
  return { header, headerLine, events, changedLines, lastLine, lines: read.lines, bytes };
}

/** The whole file's check from its parts' (in file order): line numbers made absolute, the header and the count checked. */
export function joinCheckedParts(parts: CheckedPart[]): CheckedExport {
  const [first] = parts;
  if (!first?.header) throw new LogImportError(Math.max(1, first?.lastLine ?? 0), { kind: 'empty' });
  let events = 0;
  let changed: Set<number> | 'all' = new Set();
  let offset = 0;
  let lastLine = 0;
  for (const part of parts) {
    events += part.events;
    if (part.changedLines === 'all' || changed === 'all' || changed.size + part.changedLines.length > MAX_CHANGED_LINES) changed = 'all';
    else for (const line of part.changedLines) changed.add(line + offset);
    if (part.lastLine) lastLine = offset + part.lastLine;
    offset += part.lines;
  }
  const { header } = first;
  if (header.events && header.events !== events) {
    throw new LogImportError(lastLine, { kind: 'count-mismatch', announced: header.events, found: events });
  }
  return { header, headerLine: first.headerLine, events, changedLines: changed };
}

/** Reads and checks the whole export; throws LogImportError naming the first bad line. Blank lines are skipped. */
export async function checkLogExport(source: LineSource, { onProgress, signal }: ReadOptions = {}): Promise<CheckedExport> {
  const part = await checkPart(source, { withHeader: true, onProgress, signal });
  const checked = joinCheckedParts([part]);
  const totalBytes = sourceBytes(source);
  onProgress?.({ phase: 'checking', done: checked.events, total: checked.events, bytes: totalBytes ?? part.bytes, totalBytes });
  return checked;
}

export interface EventBatch {
  events: LoggedEvent[];
  /** The number of the last line read for this batch: a resumed import skips up to it. */
  lastLine: number;
  bytes: number;
}

export interface BatchOptions {
  afterLine?: number;
  /** No batch holds lines on both sides of this one: a batch ends with it (or with the last line before it). */
  splitAfter?: number;
  size?: number;
  signal?: AbortSignal;
  /** What checkLogExport found in this same file: lines it did not change are parsed, not checked again. */
  checked?: Pick<CheckedExport, 'changedLines'>;
}

/** The export's events after line `afterLine` (0: all), `size` at a time; the header is skipped. */
export async function* eventBatches(source: LineSource, { afterLine = 0, splitAfter = Infinity, size = 5000, signal, checked }: BatchOptions = {}): AsyncGenerator<EventBatch> {
  const changed = checked?.changedLines ?? 'all';
  let events: LoggedEvent[] = [];
  let lastLine = afterLine;
  let bytes = 0;
  let header = true;
  for await (const { texts, numbers, bytes: read } of numberedLines(source, signal)) {
    for (let i = 0; i < texts.length; i++) {
      const line = numbers[i];
      if (header) {
        header = false;
        continue;
      }
      if (line <= afterLine) continue;
      if (line > splitAfter && lastLine <= splitAfter && events.length) {
        yield { events, lastLine, bytes };
        events = [];
      }
      events.push(changed !== 'all' && !changed.has(line) ? (JSON.parse(texts[i]) as LoggedEvent) : checkEvent(texts[i], line));
      lastLine = line;
      bytes = read;
      if (events.length >= size) {
        yield { events, lastLine, bytes };
        events = [];
      }
    }
  }
  if (events.length) yield { events, lastLine, bytes };
}
