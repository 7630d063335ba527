import fc from 'fast-check';
import { expect, test } from 'vitest';
import { checkLogExport, checkPart, type ImportProgressInfo } from '../../../lib/db/import';
import { checkInParts, partStarts, type CheckElsewhere } from '../../../lib/db/import-parts';
import { toLoggedEvent } from '../../../lib/db/logged-event';
import { adapterHealth, effort, flagEvent, replySent, T0 } from './events';

const inThisThread: CheckElsewhere = (part, options) => checkPart(part, { ...options, withHeader: false });
const header = (events?: number) => JSON.stringify({ format: 'agent-assist-log', version: 1, agent: 'ann', exportedAt: T0, events });
const makers = [flagEvent, replySent, effort, adapterHealth];
const eventLine = (i: number) => JSON.stringify(toLoggedEvent(makers[i % 4]({ at: T0 + i }), { agentLabel: 'ann', snippetsEnabled: true }));

/** What a check gives, or the refusal it throws, in a form toEqual compares. */
const outcomeOf = (check: Promise<unknown>) => check.then((value) => ({ value }), (err: { line?: number; refusal?: unknown }) => ({ line: err.line, refusal: err.refusal }));

/** A line of the file, valid or not in one of the ways a real file goes wrong. */
const line = fc.oneof(
  { weight: 20, arbitrary: fc.nat(1000).map(eventLine) },
  { weight: 3, arbitrary: fc.constant('') },
  // Keys the schema does not know: checked and changed, not refused.
  { weight: 2, arbitrary: fc.nat(1000).map((i) => eventLine(i).replace(/^\{/, '{"note":"x",')) },
  { weight: 1, arbitrary: fc.constant('{"type":"flag"') },
  { weight: 1, arbitrary: fc.constant('{"type":"nonsense","at":1}') },
);

test('a file checked in parts gives what checking it alone gives: the same export, or the same first bad line', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(line, { minLength: 0, maxLength: 60 }), fc.integer({ min: 2, max: 4 }), fc.boolean(), fc.boolean(), async (lines, parts, counted, trailingNewline) => {
      const events = lines.filter((l) => l !== '').length;
      const text = [header(counted ? events : undefined), ...lines].join('\n') + (trailingNewline ? '\n' : '');
      const file = new Blob([text]);
      const alone = await outcomeOf(checkLogExport(file));
      const inParts = await outcomeOf(checkInParts(file, { parts, checkElsewhere: inThisThread, minBytes: 0 }));
      expect(inParts).toEqual(alone);
    }),
    { numRuns: 300 },
  );
});

test('a header announcing another count is refused at the last line, wherever the parts are cut', async () => {
  const lines = Array.from({ length: 40 }, (_, i) => eventLine(i));
  const file = new Blob([[header(41), ...lines, '', ''].join('\n')]);
  const err = await checkInParts(file, { parts: 3, checkElsewhere: inThisThread, minBytes: 0 }).catch((e: unknown) => e);
  expect(err).toMatchObject({ line: 41, refusal: { kind: 'count-mismatch', announced: 41, found: 40 } });
});

test('parts start right after a line end, and every part but the last ends with one', async () => {
  const text = [header(), ...Array.from({ length: 100 }, (_, i) => eventLine(i))].join('\n');
  const file = new Blob([text]);
  const starts = await partStarts(file, 4);
  expect(starts).toHaveLength(4);
  expect(starts[0]).toBe(0);
  const bytes = new TextEncoder().encode(text);
  for (const start of starts.slice(1)) expect(bytes[start - 1]).toBe(0x0a);
  expect([...starts].sort((a, b) => a - b)).toEqual(starts);
});

test("progress adds the parts' counts up, and ends at the file's total", async () => {
  const lines = Array.from({ length: 12_000 }, (_, i) => eventLine(i));
  const file = new Blob([[header(), ...lines].join('\n')]);
  const seen: ImportProgressInfo[] = [];
  const checked = await checkInParts(file, { parts: 2, checkElsewhere: inThisThread, minBytes: 0, onProgress: (p) => seen.push(p) });
  expect(checked.events).toBe(12_000);
  // Each part reports every 5,000 of its events: 5,000 and 10,000 in all before the end.
  expect(seen.slice(0, -1).map((p) => p.done)).toEqual([5000, 10_000]);
  expect(seen.at(-1)).toEqual({ phase: 'checking', done: 12_000, total: 12_000, bytes: file.size, totalBytes: file.size });
});

test('cancelling stops every part', async () => {
  const file = new Blob([[header(), ...Array.from({ length: 60_000 }, (_, i) => eventLine(i))].join('\n')]);
  const controller = new AbortController();
  let partsStopped = 0;
  const checkElsewhere: CheckElsewhere = (part, options) => inThisThread(part, options).catch((err: unknown) => {
    if (options.signal?.aborted) partsStopped++;
    throw err;
  });
  const check = checkInParts(file, { parts: 3, checkElsewhere, minBytes: 0, signal: controller.signal, onProgress: () => controller.abort() });
  await expect(check).rejects.toThrow();
  expect(partsStopped).toBe(2);
});
