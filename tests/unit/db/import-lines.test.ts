import { expect, test } from 'vitest';
import { lineBatches, LineReadError, MAX_LINE_BYTES } from '../../../lib/db/import-lines';
import { checkLogExport, LogImportError } from '../../../lib/db/import';

async function allLines(source: Parameters<typeof lineBatches>[0], chunkBytes?: number): Promise<string[]> {
  const out: string[] = [];
  for await (const batch of lineBatches(source, { chunkBytes })) out.push(...batch.lines);
  return out;
}

test('lines cut anywhere by the chunks, multi-byte characters included, come back whole and numbered', async () => {
  const lines = Array.from({ length: 500 }, (_, i) => `{"n":${i},"s":"Grüße, 日本語, 🙂 ${'x'.repeat(i % 37)}"}`);
  for (const chunkBytes of [1, 7, 4096]) expect(await allLines(new Blob([`${lines.join('\n')}\n`]), chunkBytes)).toEqual(lines);
  const numbers: number[] = [];
  for await (const b of lineBatches(new Blob([lines.join('\n')]), { chunkBytes: 1000 })) numbers.push(b.firstLine, b.firstLine + b.lines.length - 1);
  expect(numbers[0]).toBe(1);
  expect(numbers.at(-1)).toBe(500);
  expect(numbers.every((n, i) => i % 2 === 0 || i === numbers.length - 1 || numbers[i + 1] === n + 1)).toBe(true);
}, 30_000); // one-byte chunks: tens of thousands of reads, slow on a loaded CI machine

test('a file in another encoding is refused with the first line that is not UTF-8', async () => {
  const latin1 = new Uint8Array([...new TextEncoder().encode('{"a":1}\n{"b":2}\n{"c":"caf'), 0xe9, ...new TextEncoder().encode('"}\n')]);
  const err = await allLines(new Blob([latin1])).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(LineReadError);
  expect((err as LineReadError).problem).toEqual({ kind: 'not-utf8', line: 3 });
  // UTF-16 (what some editors save as "Unicode"): refused at line 1, through the import's own error.
  const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from('{"format":"agent-assist-log"}').flatMap((c) => [c.charCodeAt(0), 0])]);
  const refused = await checkLogExport(new Blob([utf16])).catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(LogImportError);
  expect(refused).toMatchObject({ line: 1, refusal: { kind: 'not-utf8' } });
});

test('a UTF-8 byte-order mark is accepted', async () => {
  expect(await allLines(new Blob([new Uint8Array([0xef, 0xbb, 0xbf]), '{"a":1}\n{"b":2}']))).toEqual(['{"a":1}', '{"b":2}']);
});

test('a giant line is refused as soon as it passes the limit, without reading the rest', async () => {
  let pulled = 0;
  const head = new TextEncoder().encode('{"format":"agent-assist-log","version":1,"agent":"a","exportedAt":1}\n');
  const chunk = new Uint8Array(64 * 1024).fill(0x61);
  // The header, then an endless line: only a refusal at the limit ends this.
  const source = new ReadableStream<Uint8Array>({
    pull(c) {
      c.enqueue(pulled === 0 ? head : chunk);
      pulled += pulled === 0 ? head.length : chunk.length;
    },
  });
  const err = await checkLogExport(source).catch((e: unknown) => e);
  expect(err).toMatchObject({ line: 2, refusal: { kind: 'line-too-long', maxBytes: MAX_LINE_BYTES } });
  expect(pulled).toBeLessThan(MAX_LINE_BYTES * 4);
  // A complete over-long line inside one chunk is refused too.
  const long = `{"a":1}\n{"s":"${'y'.repeat(MAX_LINE_BYTES)}"}\n{"b":2}\n`;
  expect(await allLines(new Blob([long]), 4 * MAX_LINE_BYTES).catch((e: LineReadError) => e.problem)).toEqual({ kind: 'line-too-long', line: 2, maxBytes: MAX_LINE_BYTES });
});
