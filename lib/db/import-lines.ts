/**
 * Splitting an export into lines without ever holding more than a chunk and one line: bytes are cut at '\n'
 * (never part of a multi-byte UTF-8 sequence), decoded with a fatal UTF-8 decoder (a file in another encoding
 * is refused, not filled with U+FFFD), and a line longer than the limit is refused as soon as it passes it,
 * after reading at most one chunk more than the limit.
 */

/** Far above the longest valid event line (every field at its maximum, escaped), far below a page freeze. */
export const MAX_LINE_BYTES = 256 * 1024;
export const CHUNK_BYTES = 1024 * 1024;

export type LineProblem = { kind: 'not-utf8'; line: number } | { kind: 'line-too-long'; line: number; maxBytes: number };

export class LineReadError extends Error {
  override name = 'LineReadError';
  constructor(readonly problem: LineProblem) {
    super(problem.kind === 'not-utf8' ? `line ${problem.line} is not UTF-8 text` : `line ${problem.line} is longer than ${problem.maxBytes} bytes`);
  }
}

/** A run of whole lines and how many of the source's bytes have been read so far. */
export interface LineBatch {
  lines: string[];
  /** 1-based number of lines[0]. */
  firstLine: number;
  bytesRead: number;
}

const NEWLINE = 0x0a;

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Turns byte chunks into batches of lines; `push` each chunk, then `end`. */
export class LineSplitter {
  private carry: Uint8Array = new Uint8Array(0);
  private lineNo = 1;
  private bytes = 0;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  constructor(private readonly maxLineBytes = MAX_LINE_BYTES) {}

  private decode(bytes: Uint8Array, firstLine: number): string {
    try {
      return this.decoder.decode(bytes);
    } catch {
      // Which line: the first one that fails on its own.
      let line = firstLine;
      let start = 0;
      for (let i = 0; i <= bytes.length; i++) {
        if (i < bytes.length && bytes[i] !== NEWLINE) continue;
        try {
          this.decoder.decode(bytes.subarray(start, i));
        } catch {
          break;
        }
        line++;
        start = i + 1;
      }
      throw new LineReadError({ kind: 'not-utf8', line });
    }
  }

  push(chunk: Uint8Array): LineBatch {
    this.bytes += chunk.length;
    const data = concat(this.carry, chunk);
    const lastNewline = data.lastIndexOf(NEWLINE);
    const firstLine = this.lineNo;
    if (lastNewline < 0) {
      this.carry = data;
      this.checkCarry();
      return { lines: [], firstLine, bytesRead: this.bytes };
    }
    const lines = this.decode(data.subarray(0, lastNewline), firstLine).split('\n');
    // Every complete line must be within the limit too, not only the one left unfinished.
    for (let i = 0; i < lines.length; i++) {
      if (lines[i].length > this.maxLineBytes / 4 && new TextEncoder().encode(lines[i]).length > this.maxLineBytes) {
        throw new LineReadError({ kind: 'line-too-long', line: firstLine + i, maxBytes: this.maxLineBytes });
      }
    }
    this.lineNo += lines.length;
    this.carry = data.slice(lastNewline + 1);
    this.checkCarry();
    return { lines, firstLine, bytesRead: this.bytes };
  }

  end(): LineBatch {
    const firstLine = this.lineNo;
    const lines = this.carry.length ? [this.decode(this.carry, firstLine)] : [];
    this.carry = new Uint8Array(0);
    this.lineNo += lines.length;
    return { lines, firstLine, bytesRead: this.bytes };
  }

  private checkCarry(): void {
    if (this.carry.length > this.maxLineBytes) throw new LineReadError({ kind: 'line-too-long', line: this.lineNo, maxBytes: this.maxLineBytes });
  }
}

export type LineSource = string | Blob | ReadableStream<Uint8Array>;

async function* chunksOf(source: LineSource, chunkBytes: number): AsyncGenerator<Uint8Array> {
  if (typeof source === 'string') source = new Blob([source]);
  if (source instanceof Blob) {
    // Slices, not blob.stream(): each read is one chunk, and one chunk is read ahead of the consumer (the
    // browser reads the file while this thread splits and parses the chunk before).
    const read = (at: number) => source.slice(at, at + chunkBytes).arrayBuffer();
    let next = read(0);
    for (let at = 0; at < source.size; at += chunkBytes) {
      const chunk = new Uint8Array(await next);
      if (at + chunkBytes < source.size) {
        next = read(at + chunkBytes);
        // Awaited on the next step; a consumer that stops first leaves it unawaited, which must not count as unhandled.
        next.catch(() => undefined);
      }
      yield chunk;
    }
    return;
  }
  const reader = source.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** The source's lines in batches (a chunk's worth each); throws LineReadError for non-UTF-8 bytes or an over-long line. */
export async function* lineBatches(source: LineSource, options: { chunkBytes?: number; maxLineBytes?: number } = {}): AsyncGenerator<LineBatch> {
  const splitter = new LineSplitter(options.maxLineBytes);
  for await (const chunk of chunksOf(source, options.chunkBytes ?? CHUNK_BYTES)) {
    const batch = splitter.push(chunk);
    if (batch.lines.length) yield batch;
  }
  const last = splitter.end();
  if (last.lines.length) yield last;
}

export function sourceBytes(source: LineSource): number | undefined {
  if (typeof source === 'string') return undefined;
  return source instanceof Blob ? source.size : undefined;
}
