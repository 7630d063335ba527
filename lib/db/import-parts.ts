/**
 * Checking a large export on several threads: the file is cut into parts at line ends, each part is checked
 * at the same time (the first here, the others by `checkElsewhere`, a worker each), and the parts' findings
 * are joined in file order. The outcome is the one checkLogExport gives reading the file alone: the same
 * refusal of the same first bad line, or the same checked export.
 */
import { checkLogExport, checkPart, joinCheckedParts, LogImportError, type CheckedExport, type CheckedPart, type ReadOptions } from './import';
import { MAX_LINE_BYTES, type LineSource } from './import-lines';

/** Below this size a file is checked on one thread: starting a worker costs more than it saves. */
export const PARTS_FROM_BYTES = 8 * 1024 * 1024;
export const MAX_PARTS = 4;

const NEWLINE = 0x0a;

/**
 * Where the parts start: near each k/parts of the file, just after a line end. A cut point with no line end
 * within MAX_LINE_BYTES is skipped (that line is too long, and the check of the part holding it says so).
 */
export async function partStarts(file: Blob, parts: number): Promise<number[]> {
  const starts = [0];
  for (let k = 1; k < parts; k++) {
    const near = Math.max(starts[starts.length - 1] + 1, Math.floor((k * file.size) / parts));
    const window = new Uint8Array(await file.slice(near - 1, near - 1 + MAX_LINE_BYTES + 1).arrayBuffer());
    const at = window.indexOf(NEWLINE);
    if (at >= 0 && near + at < file.size) starts.push(near + at);
  }
  return starts;
}

/** Checks a part that is not the file's first, somewhere else (a worker); rejects with its LogImportError, lines counted in the part. */
export type CheckElsewhere = (part: Blob, options: ReadOptions) => Promise<CheckedPart>;

export interface PartsOptions extends ReadOptions {
  parts: number;
  checkElsewhere: CheckElsewhere;
  /** Smaller files are checked on one thread (PARTS_FROM_BYTES). */
  minBytes?: number;
}

/** checkLogExport's outcome for a file, checked in up to `parts` parts at once. */
export async function checkInParts(file: LineSource, { parts, checkElsewhere, onProgress, signal, minBytes = PARTS_FROM_BYTES }: PartsOptions): Promise<CheckedExport> {
  if (!(file instanceof Blob) || file.size < minBytes || parts < 2) return checkLogExport(file, { onProgress, signal });
  const starts = await partStarts(file, Math.min(parts, MAX_PARTS));
  if (starts.length === 1) return checkLogExport(file, { onProgress, signal });
  const ends = [...starts.slice(1), file.size];
  const progress = starts.map(() => ({ done: 0, bytes: 0 }));
  const report = () =>
    onProgress?.({ phase: 'checking', done: progress.reduce((n, p) => n + p.done, 0), bytes: progress.reduce((n, p) => n + p.bytes, 0), totalBytes: file.size });
  // A part that fails makes the parts after it moot: they are stopped. Those before it still decide (theirs come first).
  const stops = starts.map(() => new AbortController());
  const stopAll = () => stops.forEach((s) => s.abort(signal?.reason));
  signal?.addEventListener('abort', stopAll, { once: true });
  try {
    const checks = starts.map((start, i) => {
      const options: ReadOptions = {
        signal: stops[i].signal,
        onProgress: ({ done, bytes }) => ((progress[i] = { done, bytes }), report()),
      };
      const part = file.slice(start, ends[i]);
      const check = i === 0 ? checkPart(part, { ...options, withHeader: true }) : checkElsewhere(part, options);
      check.catch(() => stops.slice(i + 1).forEach((s) => s.abort()));
      return check;
    });
    const outcomes = await Promise.allSettled(checks);
    signal?.throwIfAborted();
    const checked: CheckedPart[] = [];
    let offset = 0;
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') {
        const err = outcome.reason;
        throw err instanceof LogImportError ? new LogImportError(err.line + offset, err.refusal) : err;
      }
      checked.push(outcome.value);
      offset += outcome.value.lines;
    }
    // Only blank lines before the cut: the header is further on. Rare enough to read the file again, alone.
    if (!checked[0].header) return checkLogExport(file, { onProgress, signal });
    const joined = joinCheckedParts(checked);
    onProgress?.({ phase: 'checking', done: joined.events, total: joined.events, bytes: file.size, totalBytes: file.size });
    return joined;
  } finally {
    signal?.removeEventListener('abort', stopAll);
  }
}
