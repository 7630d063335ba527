/**
 * Precision and recall per category of the engine as shipped (rules + learned judge), each figure labeled with
 * what it was measured on:
 * - the frozen test split of the shared corpus (lib/learn/split.ts): never tuned or trained on — the accuracy;
 * - cross-validation folds of the rest (from lib/analysis/train/REPORT.json, written by `npm run train`);
 * - the corpus items that shaped the rules (rest of replies.dev) and our own cases (trained on): not accuracy,
 *   printed so that a regression there shows.
 * The corpus is read where it lives (../shared/corpus or $CORPUS_DIR), never copied; without it those tests skip
 * and say why. A reply is predicted positive for a category when it has at least one flag of it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { analyzeReply } from '../../../lib/analysis';
import { shippedJudge } from '../../../lib/analysis/judge';
import { corpusMissing, corpusReplies, readJsonl, type LabeledReply } from '../../../lib/cli/corpus';
import { precisionRecall, splitOf } from '../../../lib/learn';
import { REPLY_CATEGORIES, type ReplyCategory } from '../../../lib/taxonomy';

const here = path.dirname(fileURLToPath(import.meta.url));
const CASES_DIR = path.join(here, 'cases');
const REPORT = path.resolve(here, '../../../lib/analysis/train/REPORT.json');
const missing = corpusMissing('replies.dev.jsonl', 'replies.train.jsonl');
const skipped = missing ? ` — skipped: ${missing}` : '';

/**
 * Floors on the frozen split, set a little under what the shipped engine measured there (apology 0.857 / 0.750, blame
 * 0.733 / 0.688; README, "How judgement works"); never raised by tuning on the split. Blame's were lowered on
 * 2026-12-07 evening, when the replies of ours near a never-read reply left the fit (an integrity fix, not a tuning)
 * and the split lost one blame find (12 → 11 of 16). The targets (P ≥ 0.92, R ≥ 0.90) are not met yet.
 */
const FROZEN_FLOOR: Record<ReplyCategory, { precision: number; recall: number }> = {
  'apology-without-help': { precision: 0.8, recall: 0.72 },
  'customer-blame': { precision: 0.7, recall: 0.65 },
};

const judge = shippedJudge();

function score(items: readonly LabeledReply[]) {
  const predicted = items.map((i) => new Set(analyzeReply(i.text, { judge }).flags.map((f) => f.category)));
  return REPLY_CATEGORIES.map((category) => {
    const r = precisionRecall(
      predicted.map((p) => p.has(category)),
      items.map((i) => i.labels.includes(category)),
    );
    const misses = items.filter((item, k) => predicted[k]!.has(category) !== item.labels.includes(category)).map((i) => i.id);
    return { category, items: items.length, ...r, misses };
  });
}

function report(name: string, items: readonly LabeledReply[]) {
  const rows = score(items);
  console.log(`\n${name}`);
  console.table(rows.map(({ misses, ...row }) => row));
  return rows;
}

/** Each test reads and analyses hundreds of replies: generous on a loaded machine. */
const SLOW = 120_000;

describe('accuracy of rules + learned judge', () => {
  test.skipIf(!!missing)(`frozen test split (never tuned on): at or above the floors${skipped}`, () => {
    const items = corpusReplies().filter((i) => splitOf(i.id) === 'test');
    expect(items.length).toBeGreaterThan(200);
    const rows = report(`FROZEN TEST SPLIT (never tuned or trained on): ${items.length} replies of replies.dev + replies.train`, items);
    for (const row of rows) {
      const floor = FROZEN_FLOOR[row.category];
      expect(row.precision, `${row.category} precision; misses: ${row.misses.join(', ')}`).toBeGreaterThanOrEqual(floor.precision);
      expect(row.recall, `${row.category} recall; misses: ${row.misses.join(', ')}`).toBeGreaterThanOrEqual(floor.recall);
    }
  }, SLOW);

  test.skipIf(!!missing)(`cross-validation on the rest of the corpus (REPORT.json, npm run train)${skipped}`, () => {
    const cv = JSON.parse(fs.readFileSync(REPORT, 'utf8')) as Record<string, Record<string, { precision: number; recall: number; positives: number }>>;
    const rows = REPLY_CATEGORIES.map((c) => {
      const r = cv[c]!['cv rules + judge (pooled; thresholds picked on these folds)']!;
      const before = cv[c]!['cv rules alone (pooled)']!;
      return { category: c, positives: r.positives, 'rules alone P': before.precision, 'rules alone R': before.recall, 'rules + judge P': r.precision, 'rules + judge R': r.recall };
    });
    console.log('\nCROSS-VALIDATION, 5 folds of the corpus outside the frozen split (fit on own text + ibm:/cfpb: of the other folds; thresholds picked on these folds)');
    console.table(rows);
    for (const r of rows) expect(r['rules + judge P'] + r['rules + judge R']).toBeGreaterThan(1.5);
  });

  test.skipIf(!!missing)(`items that shaped the rules (rest of replies.dev): not an accuracy figure${skipped}`, () => {
    const items = corpusReplies().filter((i) => splitOf(i.id) === 'rest' && i.file === 'replies.dev.jsonl');
    const rows = report(`SHAPED THE RULES (rest of replies.dev, not accuracy): ${items.length} replies`, items);
    for (const row of rows) expect(row.precision + row.recall, row.category).toBeGreaterThan(1.6);
  }, SLOW);

  test('our own cases (the judge is trained on them: a regression check, not accuracy)', () => {
    const files = fs.readdirSync(CASES_DIR).filter((f) => f.endsWith('.jsonl'));
    const items = files.flatMap((f) => readJsonl<LabeledReply>(path.join(CASES_DIR, f)));
    expect(items.length).toBeGreaterThanOrEqual(200);
    const ids = items.map((i) => i.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'duplicate case ids').toEqual([]);
    const rows = report(`OWN CASES (trained on, not accuracy): ${items.length} replies in ${files.length} files`, items);
    for (const row of rows) {
      expect(row.precision, `${row.category} precision; misses: ${row.misses.join(', ')}`).toBeGreaterThanOrEqual(0.9);
      expect(row.recall, `${row.category} recall; misses: ${row.misses.join(', ')}`).toBeGreaterThanOrEqual(0.85);
    }
  }, SLOW);
});
