import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { neverReadEffortBatches, neverReadReplySets } from '../../../lib/cli/never-read';
import { BATCHES_DIR } from '../../../lib/effort/train/own-data';

const jsonl = (rows: object[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';

function tempDir(files: Record<string, object[]>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'never-read-'));
  for (const [name, rows] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), jsonl(rows));
  return dir;
}

describe('never-read sets', () => {
  test('effort: heldout-/blind- batches only, their items both labelers gave the same signals', () => {
    const text = [
      { id: 'a:1', text: 'third time asking' },
      { id: 'a:2', text: 'waited two weeks' },
      { id: 'a:3', text: 'thanks!' },
    ];
    const dir = tempDir({
      'heldout-01.text.jsonl': text,
      'heldout-01.labels.jsonl': [
        { id: 'a:1', signals: ['repeat-contact'] },
        { id: 'a:2', signals: ['long-wait'] },
        { id: 'a:3', signals: [] },
      ],
      'heldout-01.labels2.jsonl': [
        { id: 'a:1', signals: ['repeat-contact'] },
        { id: 'a:2', signals: ['long-wait', 'frustration'] },
        { id: 'a:3', signals: [] },
      ],
      'blind-02.text.jsonl': text,
      'blind-02.labels.jsonl': [{ id: 'a:1', signals: ['repeat-contact', 'not-a-signal'] }],
      'rules-03.text.jsonl': text,
      'rules-03.labels.jsonl': [{ id: 'a:1', signals: [] }],
      'read-04.text.jsonl': text,
      'read-04.labels.jsonl': [{ id: 'a:1', signals: [] }],
    });
    const sets = neverReadEffortBatches(dir);
    expect(sets.map((s) => s.name)).toEqual(['blind-02', 'heldout-01']);
    const [blind, held] = sets;
    expect(held!.agreed).toBe(true);
    expect(held!.items.map((i) => i.id)).toEqual(['a:1', 'a:3']);
    expect(blind!.agreed).toBe(false);
    expect(blind!.items).toEqual([{ id: 'a:1', text: 'third time asking', signals: ['repeat-contact'] }]);
  });

  test('replies: the *-held and *-blind files only', () => {
    const row = { id: 'r:1', text: 'Sorry, nothing I can do.', labels: ['apology-without-help'] };
    const dir = tempDir({ 'x-held.jsonl': [row], 'y-blind.jsonl': [row, row], 'z-fit.jsonl': [row], 'w-natural.jsonl': [row] });
    expect(neverReadReplySets(dir).map((s) => [s.name, s.items.length])).toEqual([
      ['x-held', 1],
      ['y-blind', 2],
    ]);
  });

  test("the repo's effort batches: every heldout-/blind- batch is listed, no batch that is read or fit on", () => {
    const names = neverReadEffortBatches().map((s) => s.name);
    const files = fs.readdirSync(BATCHES_DIR).filter((f) => f.endsWith('.text.jsonl')).map((f) => f.slice(0, -'.text.jsonl'.length));
    expect(names).toEqual(files.filter((n) => /^(?:heldout|blind)-\d+$/.test(n)).sort());
    expect(names.some((n) => /^(?:rules|read|batch)-/.test(n))).toBe(false);
    for (const set of neverReadEffortBatches()) expect(set.items.length, set.name).toBeGreaterThan(0);
  });
});
