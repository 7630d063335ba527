/**
 * `npm run train`: fits the judge on shippable text only, picks its thresholds by 5-fold cross-validation on the
 * tuning side of the corpus (never the frozen test split), writes the shipped weights to
 * lib/analysis/judge/weights.json and the figures to lib/analysis/train/REPORT.json. Deterministic: the same repo
 * data and corpus give the same bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { analyzeReply } from '../analyze';
import { shippedJudge } from '../judge';
import { readJsonl } from '../../cli/corpus';
import { crossValidate, pooled, precisionRecall, type LogisticModel, type PrecisionRecall } from '../../learn';
import { REPLY_CATEGORIES, type ReplyCategory } from '../../taxonomy';
import { corpusRest, ownItems, type Item } from './dataset';
import { featurize, fitAll, predict, toShipped, type Featured } from './fit';

const K = 5;
const here = path.dirname(new URL(import.meta.url).pathname);
export const WEIGHTS_FILE = path.resolve(here, '../judge/weights.json');
const REPORT_FILE = path.join(here, 'REPORT.json');

interface Scored {
  item: Featured;
  p: Record<ReplyCategory, number>;
  rule: Record<ReplyCategory, boolean>;
}

const ruleCategories = (text: string) => {
  const found = new Set(analyzeReply(text).flags.map((f) => f.category));
  return Object.fromEntries(REPLY_CATEGORIES.map((c) => [c, found.has(c)])) as Record<ReplyCategory, boolean>;
};

/** The engine's reply-level decision with the judge: a rule flag stands at p ≥ keep; the judge adds one at p ≥ add. */
export const decide = (rule: boolean, p: number, t: { keep: number; add: number }) => (rule ? p >= t.keep : p >= t.add);

export function scoreAt(rows: readonly Scored[], c: ReplyCategory, t: { keep: number; add: number }): PrecisionRecall {
  return precisionRecall(rows.map((r) => decide(r.rule[c], r.p[c], t)), rows.map((r) => r.item.labels.includes(c)));
}

/**
 * Thresholds that bring P and R closest to their targets together (P ≥ 0.92, R ≥ 0.90), on out-of-fold scores. Given
 * several cross-validations of the same replies (random folds, folds by source), the thresholds whose worse
 * cross-validation is best: a choice that holds whether or not the replies' source was seen in the fit.
 */
export function pickThresholds(runs: readonly (readonly Scored[])[], c: ReplyCategory) {
  const grid = Array.from({ length: 20 }, (_, i) => i / 20);
  let best = { keep: 0, add: Infinity };
  let bestScore = -Infinity;
  for (const keep of grid)
    for (const add of [...grid.slice(6), 0.975, 0.99, Infinity]) {
      const s = Math.min(
        ...runs.map((rows) => {
          const r = scoreAt(rows, c, { keep, add });
          return Math.min(r.precision - 0.92, r.recall - 0.9) + 1e-3 * (r.precision + r.recall);
        }),
      );
      if (s > bestScore) (bestScore = s), (best = { keep, add });
    }
  return best;
}

/** The source of a corpus reply, from its id's prefix ("twcs:", "gp:", "ibm:"…): the folds of the grouped cross-validation. */
export const sourceOf = (item: { id: string }) => item.id.split(':')[0]!;

/**
 * Cross-validation with one fold per source: each source's replies are scored by a judge fit without that source's
 * shippable replies (and never on measuring-only ones), as replies from a source no one has seen will be.
 */
function crossValidateBySource(rest: readonly Featured[], own: readonly Featured[]): Scored[] {
  const sources = [...new Set(rest.map(sourceOf))].sort();
  return sources.flatMap((src) =>
    scoreWith(
      fitAll([...own, ...rest.filter((i) => sourceOf(i) !== src && i.origin !== 'corpus-measure')]),
      rest.filter((i) => sourceOf(i) === src),
    ),
  );
}

/** `--errors [prefix]` (or TRAIN_DUMP_ERRORS=prefix): the category whose cross-validation errors are listed. */
function errorsWanted(): string | null {
  const at = process.argv.indexOf('--errors');
  if (at >= 0) return process.argv[at + 1]?.startsWith('--') ? '' : (process.argv[at + 1] ?? '');
  return process.env.TRAIN_DUMP_ERRORS || null;
}

/**
 * `--hold-out <file>`: fits on everything shippable except one of our own data files and scores the engine (rules +
 * judge, the thresholds CV picks) on that file: how the judge does on replies it was not fit on. Writes nothing.
 */
function holdOut(file: string, own: readonly Item[], rest: readonly Item[]) {
  const kept = own.filter((i) => i.file !== file);
  const held = own.filter((i) => i.file === file);
  if (!held.length) throw new Error(`no own data file named ${file}`);
  const keptF = featurize(kept);
  const restF = featurize(rest);
  const folds = crossValidate(restF, K, (train, test) => scoreWith(fitAll(train.filter((i) => i.origin !== 'corpus-measure')), test), keptF);
  const bySource = crossValidateBySource(restF, keptF);
  const models = fitAll([...keptF, ...restF.filter((i) => i.origin === 'corpus-shippable')]);
  const rows = scoreWith(models, featurize(held));
  for (const c of REPLY_CATEGORIES) {
    const t = pickThresholds([folds.flat(), bySource], c);
    console.log(`${file} (${held.length}, fit without it), ${c}:`, scoreAt(rows, c, t));
    const wanted = errorsWanted();
    if (wanted !== null && c.startsWith(wanted)) for (const r of rows) printError(r, c, t);
  }
}

function scoreWith(models: Record<ReplyCategory, LogisticModel>, items: readonly Featured[]): Scored[] {
  return items.map((item) => ({
    item,
    p: Object.fromEntries(REPLY_CATEGORIES.map((c) => [c, predict(models[c], item, c)])) as Record<ReplyCategory, number>,
    rule: ruleCategories(item.text),
  }));
}

function printError(r: Scored, c: ReplyCategory, t: { keep: number; add: number }) {
  const p = decide(r.rule[c], r.p[c], t);
  const g = r.item.labels.includes(c);
  if (p !== g) console.log(`${p ? 'FP' : 'FN'} ${c.slice(0, 5)} rule=${+r.rule[c]} p=${r.p[c].toFixed(2)} ${r.item.id.slice(0, 14)}: ${r.item.text.replace(/\s+/g, ' ').slice(0, 230)}`);
}

/**
 * `--score <file.jsonl>`: the shipped engine (rules + the judge's shipped weights and thresholds) on labeled replies
 * that no weight was fit on (unseen/*.jsonl: our own, written after the weights, kept out of training). Writes nothing.
 */
function scoreShipped(file: string) {
  const items = readJsonl<{ id: string; text: string; labels: string[] }>(file);
  const judge = shippedJudge();
  const flagged = items.map((i) => new Set(analyzeReply(i.text, { judge }).flags.map((f) => f.category as string)));
  for (const c of REPLY_CATEGORIES) {
    console.log(`${path.basename(file)} (${items.length}, never fit on), shipped engine, ${c}:`, precisionRecall(flagged.map((f) => f.has(c)), items.map((i) => i.labels.includes(c))));
    const wanted = errorsWanted();
    if (wanted !== null && c.startsWith(wanted))
      items.forEach((i, k) => flagged[k]!.has(c) !== i.labels.includes(c) && console.log(`${flagged[k]!.has(c) ? 'FP' : 'FN'} ${c.slice(0, 5)} ${i.id}: ${i.text.replace(/\s+/g, ' ').slice(0, 200)}`));
  }
}

function main() {
  const scored = process.argv.indexOf('--score');
  if (scored >= 0) return scoreShipped(process.argv[scored + 1] ?? '');
  const own = ownItems();
  const rest = corpusRest();
  if (!rest) {
    console.error('the labeled corpus is missing (set CORPUS_DIR): training needs its ibm:/cfpb: items and the CV folds');
    process.exit(2);
  }
  const held = process.argv.indexOf('--hold-out');
  if (held >= 0) return holdOut(process.argv[held + 1] ?? '', own, rest);
  const shippableRest = rest.filter((i) => i.origin === 'corpus-shippable');
  console.log(`fit on: ${own.length} own replies + ${shippableRest.length} shippable corpus replies (ibm:/cfpb:, outside the frozen split)`);
  const ownF = featurize(own);
  const restF = featurize(rest);
  // Cross-validation on the tuning side: each fold's corpus items are held out; only shippable items are fit on.
  const folds = crossValidate(
    restF,
    K,
    (train, test) => scoreWith(fitAll(train.filter((i) => i.origin !== 'corpus-measure')), test),
    ownF,
  );
  const oof = folds.flat();
  // The same replies scored with one fold per source: thresholds must hold on both.
  const bySource = crossValidateBySource(restF, ownF);
  const thresholds = {} as Record<ReplyCategory, { keep: number; add: number }>;
  const report: Record<string, unknown> = {};
  for (const c of REPLY_CATEGORIES) {
    thresholds[c] = pickThresholds([oof, bySource], c);
    const perFold = folds.map((rows) => scoreAt(rows, c, thresholds[c]));
    report[c] = {
      thresholds: thresholds[c],
      'cv by source (one fold per id prefix; same thresholds)': scoreAt(bySource, c, thresholds[c]),
      'cv rules alone (pooled)': scoreAt(oof, c, { keep: 0, add: Infinity }),
      'cv judge alone at 0.5 (pooled)': scoreAt(oof, c, { keep: 0.5, add: 0.5 }),
      'cv rules + judge (pooled; thresholds picked on these folds)': pooled(perFold),
      'cv rules + judge per fold': perFold.map((f) => ({ p: f.precision, r: f.recall, positives: f.positives })),
    };
  }
  const wanted = errorsWanted();
  // Errors of the CV folds: the corpus outside the frozen split only (the frozen split is never read here).
  if (wanted !== null) for (const c of REPLY_CATEGORIES) if (c.startsWith(wanted)) for (const r of oof) printError(r, c, thresholds[c]);
  if (wanted === null) console.log(JSON.stringify(report, null, 1));
  const models = fitAll([...ownF, ...restF.filter((i) => i.origin === 'corpus-shippable')]);
  fs.writeFileSync(WEIGHTS_FILE, JSON.stringify(toShipped(models, thresholds)) + '\n');
  const counts = (items: readonly Item[]) => ({
    items: items.length,
    ...Object.fromEntries(REPLY_CATEGORIES.map((c) => [c, items.filter((i) => i.labels.includes(c)).length])),
  });
  fs.writeFileSync(
    REPORT_FILE,
    JSON.stringify({ 'fit on own': counts(own), 'fit on corpus ibm/cfpb (rest)': counts(shippableRest), 'cv on corpus rest': counts(rest), k: K, ...report }, null, 1) + '\n',
  );
  console.log(`wrote ${path.relative(process.cwd(), WEIGHTS_FILE)} (${fs.statSync(WEIGHTS_FILE).size} bytes)`);
}

if (/train\.ts$/.test(process.argv[1] ?? '')) main();
