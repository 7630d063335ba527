/**
 * Reading an NDJSON export back: every line is checked before anything is written, and the first bad line
 * refuses the whole file with its line number. Pure; see ./transfer.ts for writing the result.
 */
import * as z from 'zod/mini';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportHeader } from './export';
import { LoggedEventSchema, type LoggedEvent } from './logged-event';

export class LogImportError extends Error {
  override name = 'LogImportError';
  constructor(
    /** 1-based; the header is line 1. */
    readonly line: number,
    readonly problem: string,
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

export interface ParsedLog {
  header: ExportHeader;
  events: LoggedEvent[];
}

export type ImportProgress = (progress: { phase: 'checking' | 'writing'; done: number; total?: number }) => void;

const PROGRESS_EVERY = 1000;

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

/** Checks a whole export; throws LogImportError naming the first bad line. Blank lines are skipped. */
export async function parseLogExport(lines: Iterable<string> | AsyncIterable<string>, onProgress?: ImportProgress): Promise<ParsedLog> {
  let header: ExportHeader | undefined;
  const events: LoggedEvent[] = [];
  let lineNo = 0;
  for await (const raw of lines) {
    lineNo++;
    const text = raw.trim();
    if (text === '') continue;
    const value = parseJson(text, lineNo);
    if (!header) {
      const parsed = HeaderSchema.safeParse(value);
      if (!parsed.success) {
        throw new LogImportError(lineNo, `not an Agent Assist log export header (expected {"format":"${EXPORT_FORMAT}",…}): ${firstIssue(parsed.error)}`);
      }
      if (parsed.data.version > EXPORT_VERSION) {
        throw new LogImportError(lineNo, `export format version ${parsed.data.version} is newer than this extension reads (${EXPORT_VERSION})`);
      }
      header = { ...parsed.data, format: EXPORT_FORMAT, events: parsed.data.events ?? 0 };
      continue;
    }
    const parsed = LoggedEventSchema.safeParse(value);
    if (!parsed.success) throw new LogImportError(lineNo, `invalid event: ${firstIssue(parsed.error)}`);
    events.push(parsed.data);
    if (events.length % PROGRESS_EVERY === 0) onProgress?.({ phase: 'checking', done: events.length, total: header.events || undefined });
  }
  if (!header) throw new LogImportError(Math.max(1, lineNo), 'the file is empty');
  if (header.events && header.events !== events.length) {
    throw new LogImportError(lineNo, `the header announces ${header.events} events but the file holds ${events.length}: it was cut short or edited`);
  }
  onProgress?.({ phase: 'checking', done: events.length, total: events.length });
  return { header, events };
}

/** The lines of a string, a File/Blob or a byte stream, decoded as UTF-8 as they arrive. */
export async function* linesOf(source: string | Blob | ReadableStream<Uint8Array>): AsyncGenerator<string> {
  if (typeof source === 'string') {
    yield* source.split('\n');
    return;
  }
  const stream = source instanceof ReadableStream ? source : source.stream();
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let rest = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const parts = (rest + decoder.decode(value, { stream: true })).split('\n');
    rest = parts.pop() ?? '';
    yield* parts;
  }
  rest += decoder.decode();
  if (rest) yield rest;
}
