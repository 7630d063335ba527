/**
 * Precision and recall per category, on the shared labeled corpus (read where it lives, never copied) and on our
 * own hand-written cases. A reply is predicted positive for a category when it has at least one flag of it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { analyzeReply } from '../../../lib/analysis';
import { REPLY_CATEGORIES, type ReplyCategory } from '../../../lib/taxonomy';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
const CORPUS = path.resolve(repoRoot, '../shared/corpus/replies.dev.jsonl');
const CASES_DIR = path.join(here, 'cases');
const MIN_PRECISION = 0.9;
const MIN_RECALL = 0.85;

interface Labeled {
  id: string;
  text: string;
  labels: ReplyCategory[];
  unsure?: boolean;
}

function readJsonl(file: string): Labeled[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const item = JSON.parse(l) as Labeled;
      if (typeof item.text !== 'string' || !Array.isArray(item.labels)) throw new Error(`${file}:${i + 1} is not a labeled reply`);
      return item;
    });
}

function score(items: Labeled[]) {
  return REPLY_CATEGORIES.map((category) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const misses: string[] = [];
    for (const item of items) {
      const predicted = analyzeReply(item.text).flags.some((f) => f.category === category);
      const gold = item.labels.includes(category);
      if (predicted && gold) tp++;
      else if (predicted) (fp++, misses.push(`FP ${item.id}`));
      else if (gold) (fn++, misses.push(`FN ${item.id}`));
    }
    const precision = tp + fp ? tp / (tp + fp) : 1;
    const recall = tp + fn ? tp / (tp + fn) : 1;
    return { category, items: items.length, positives: tp + fn, tp, fp, fn, precision: +precision.toFixed(3), recall: +recall.toFixed(3), misses };
  });
}

function report(name: string, items: Labeled[]) {
  const rows = score(items);
  console.log(`\n${name}`);
  console.table(rows.map(({ misses, ...row }) => row));
  return rows;
}

describe('accuracy', () => {
  test('shared corpus (replies.dev.jsonl): precision ≥ 0.90 and recall ≥ 0.85 per category', () => {
    // Fail loudly, never skip: the corpus is the reference the engine is tuned against.
    expect(fs.existsSync(CORPUS), `corpus not found at ${CORPUS}`).toBe(true);
    const items = readJsonl(CORPUS);
    expect(items.length).toBeGreaterThan(300);
    const rows = report(`corpus: ${items.length} replies, ${items.filter((i) => i.unsure).length} marked unsure`, items);
    for (const row of rows) {
      expect(row.precision, `${row.category} precision; misses: ${row.misses.join(', ')}`).toBeGreaterThanOrEqual(MIN_PRECISION);
      expect(row.recall, `${row.category} recall; misses: ${row.misses.join(', ')}`).toBeGreaterThanOrEqual(MIN_RECALL);
    }
  });

  test('our own labeled cases: at least 200, precision ≥ 0.90 and recall ≥ 0.85 per category', () => {
    const files = fs.readdirSync(CASES_DIR).filter((f) => f.endsWith('.jsonl'));
    const items = files.flatMap((f) => readJsonl(path.join(CASES_DIR, f)));
    expect(items.length).toBeGreaterThanOrEqual(200);
    const ids = items.map((i) => i.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'duplicate case ids').toEqual([]);
    const rows = report(`own cases: ${items.length} replies in ${files.length} files`, items);
    for (const row of rows) {
      expect(row.precision, `${row.category} precision; misses: ${row.misses.join(', ')}`).toBeGreaterThanOrEqual(MIN_PRECISION);
      expect(row.recall, `${row.category} recall; misses: ${row.misses.join(', ')}`).toBeGreaterThanOrEqual(MIN_RECALL);
    }
  });
});
