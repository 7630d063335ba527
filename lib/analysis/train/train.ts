/**
 * `npm run train`: fits the judge on shippable text only, sets its thresholds from a calibration fit on out-of-fold
 * scores (the tuning side of the corpus, never the frozen test split, and our own replies; see calibratedThresholds;
 * the older grid pick, pickThresholds, is still reported for comparison), writes the shipped weights to
 * lib/analysis/judge/weights.json and the figures to lib/analysis/train/REPORT.json. Deterministic: the same repo
 * data and corpus give the same bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { analyzeReply } from '../analyze';
import { createJudge, shippedJudge, type ReplyJudge } from '../judge';
import { readJsonl } from '../../cli/corpus';
import { crossValidate, foldOf, pooled, precisionRecall, type LogisticModel, type PrecisionRecall } from '../../learn';
import { REPLY_CATEGORIES, type ReplyCategory } from '../../taxonomy';
import { corpusRest, NATURAL_READ_SETS, naturalSet, naturalSetOf, ownItems, type Item } from './dataset';
import { featurize, fitAll, predict, toShipped, type Featured } from './fit';
import { calibrated, fitPlatt, rawCutoff, type CalibrationRow, type Platt } from './calibrate';

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

/** How close P and R come to their targets together (P ≥ 0.92, R ≥ 0.90); the tiny term breaks ties toward more of both. */
const closeness = (r: PrecisionRecall) => Math.min(r.precision - 0.92, r.recall - 0.9) + 1e-3 * (r.precision + r.recall);

/**
 * The grid pick: the rule that picked each category's `keep` and `add` until issue 11's thirteenth pass, kept and
 * reported in REPORT.json for comparison only (calibratedThresholds ships). It jumps: refit with SGD seeds 3, 5, 7,
 * 11, 13, 17 on the same data it picked apology keep 0.45–0.55 and add 0.7–0.85; one precise help rule moved its add
 * 0.75 → 0.85 (h51). The calibrated cut-offs on those six fits: keep 0.441–0.460, add 0.737–0.746.
 *
 * What it did: it picked each category's `keep` and `add` (the constants that shipped in weights.json), on out-of-fold
 * scores only. Every (keep, add) on the grid (keep 0, 0.05 … 0.95; add 0.3, 0.35 … 0.95, 0.975, 0.99, never) is
 * scored by
 *
 *   ½ · (the worse of the corpus's cross-validations: 5 random folds, one fold per source)
 *   + ½ · (our own replies, each scored by a judge fit without its fold: 5 folds over the 2,391)
 *
 * of `closeness`, and the best scoring pair ships. Why our own replies count: the 529 corpus replies outside the
 * frozen split hold 91 apology and 51 blame positives, so one reply moves P or R by ~0.02 and nearby thresholds are
 * a tie that one reply breaks (blame add 0.75 or 0.85, issue 11's ninth pass: ~20 points of blame recall on fresh
 * text). Our own labeled replies hold 722 and 705; out of fold they tell those thresholds apart. The corpus keeps
 * half the say, and its worse cross-validation, because it is real replies, as the frozen split and the unseen real
 * replies are. Measured (h38, 2026-12-07): refit with 8 SGD seeds, the corpus-only rule picked blame add 0.75 five
 * times and 0.8 three times; this rule picks 0.75 all eight times (apology: (0.45, 0.8) six of eight before, five of
 * eight now, the others one step away; at the shipped seed 11 it moved apology keep 0.45 → 0.5). It does not hold
 * thresholds still when data changes: with r27-fit's 292 replies added to training, the old rule moved blame add
 * 0.75 → 0.8, this one → 0.65, where the corpus's criterion is flat from 0.65 to 0.85 and our replies favour the lowest.
 */
export function pickThresholds(runs: readonly (readonly Scored[])[], c: ReplyCategory, own: readonly Scored[] = []) {
  const grid = Array.from({ length: 20 }, (_, i) => i / 20);
  let best = { keep: 0, add: Infinity };
  let bestScore = -Infinity;
  for (const keep of grid)
    for (const add of [...grid.slice(6), 0.975, 0.99, Infinity]) {
      const corpus = Math.min(...runs.map((rows) => closeness(scoreAt(rows, c, { keep, add }))));
      const s = own.length ? (corpus + closeness(scoreAt(own, c, { keep, add }))) / 2 : corpus;
      if (s > bestScore) (bestScore = s), (best = { keep, add });
    }
  return best;
}

/**
 * The thresholds as probabilities (issue 11's thirteenth pass), the same for both categories: the judge overrules the
 * rules only when it is at least 60% sure either way. A rule's flag stands unless the calibrated chance of the
 * problem is under 0.4; the judge adds a flag no rule raised only at 0.6 or more. Fixed constants: they were chosen
 * once, on principle (a symmetric band around even odds), and checked on the CV flow of that pass (see PASSES.md);
 * they are not re-picked when data or rules change. What moves is the calibration map, fit by a smooth loss.
 */
export const CALIBRATED = { keep: 0.4, add: 0.6 } as const;

/**
 * The calibration of one category's raw p, one Platt map per side (a rule flagged the category; none did), fit on
 * the out-of-fold rows: the corpus's two cross-validations a quarter each, our own replies out of fold half (the
 * shares pickThresholds gives them). Each source's share is spread evenly over its rows, and our own replies are
 * reweighted by class to the corpus's rate of the category (a label-shift correction): we wrote them to hold the
 * problem far more often than real replies do (blame: 28% of ours, 10% of the corpus), and a probability fit at our
 * rate would say "likely" of replies that, among real ones, are not.
 */
export function calibrate(runs: readonly (readonly Scored[])[], c: ReplyCategory, own: readonly Scored[] = []) {
  const rate = (rows: readonly Scored[]) => rows.filter((r) => r.item.labels.includes(c)).length / Math.max(1, rows.length);
  const real = rate(runs[0] ?? []);
  const ours = rate(own);
  const shift = (y: boolean) => (ours > 0 && ours < 1 ? (y ? real / ours : (1 - real) / (1 - ours)) : 1);
  const sources = own.length ? [...runs.map((rows) => ({ rows, share: 0.5 / runs.length, shifted: false })), { rows: own, share: 0.5, shifted: true }] : runs.map((rows) => ({ rows, share: 1 / runs.length, shifted: false }));
  const side = (rule: boolean): Platt => {
    const rows: CalibrationRow[] = [];
    for (const { rows: rs, share, shifted } of sources)
      for (const r of rs) {
        if (r.rule[c] !== rule) continue;
        const y = r.item.labels.includes(c);
        rows.push({ p: r.p[c], y, w: (share / rs.length) * (shifted ? shift(y) : 1) });
      }
    return fitPlatt(rows);
  };
  return { rule: side(true), none: side(false) };
}

/** The raw cut-offs that ship: the raw p at which each side's calibrated probability reaches CALIBRATED. */
export function calibratedThresholds(runs: readonly (readonly Scored[])[], c: ReplyCategory, own: readonly Scored[] = []) {
  const map = calibrate(runs, c, own);
  return { keep: rawCutoff(map.rule, CALIBRATED.keep), add: rawCutoff(map.none, CALIBRATED.add), map };
}

/**
 * Our own replies scored out of fold (5 folds by a hash of file and id): each fold by a judge fit on the other folds
 * and the shippable corpus replies. Half of what pickThresholds weighs.
 */
function ownOutOfFold(own: readonly Featured[], rest: readonly Featured[]): Scored[] {
  const foldOfOwn = (i: Featured) => foldOf(`${i.file}:${i.id}`, K, 'own');
  const shippable = rest.filter((i) => i.origin === 'corpus-shippable');
  return Array.from({ length: K }, (_, f) =>
    scoreWith(fitAll([...own.filter((i) => foldOfOwn(i) !== f), ...shippable]), own.filter((i) => foldOfOwn(i) === f)),
  ).flat();
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
 * Everything `npm run train` fits, from our own replies and the corpus rest: the corpus's two cross-validations and our
 * replies out of fold (the rows the thresholds are calibrated on), each category's calibrated thresholds, and the
 * models fit on all of it that is shippable. `main` ships it; `--hold-out` and `--grouped` run it without what they
 * measure on.
 */
export function trainJudge(own: readonly Featured[], rest: readonly Featured[]) {
  // Cross-validation on the tuning side: each fold's corpus items are held out; only shippable items are fit on.
  const folds = crossValidate(rest, K, (train, test) => scoreWith(fitAll(train.filter((i) => i.origin !== 'corpus-measure')), test), own);
  const oof = folds.flat();
  // The same replies scored with one fold per source: thresholds must hold on both.
  const bySource = crossValidateBySource(rest, own);
  // Our own replies out of fold: the other half of what the thresholds are calibrated on.
  const ownOof = ownOutOfFold(own, rest);
  const calibration = Object.fromEntries(REPLY_CATEGORIES.map((c) => [c, calibratedThresholds([oof, bySource], c, ownOof)])) as Record<
    ReplyCategory,
    ReturnType<typeof calibratedThresholds>
  >;
  const thresholds = Object.fromEntries(REPLY_CATEGORIES.map((c) => [c, { keep: calibration[c].keep, add: calibration[c].add }])) as Record<
    ReplyCategory,
    { keep: number; add: number }
  >;
  const models = fitAll([...own, ...rest.filter((i) => i.origin === 'corpus-shippable')]);
  return { folds, oof, bySource, ownOof, calibration, thresholds, models };
}

/** The engine (rules + a judge) on labeled replies: the categories it flags on each, as the extension would. */
function engineFlags(judge: ReplyJudge, items: readonly { text: string }[]): Set<string>[] {
  return items.map((i) => new Set(analyzeReply(i.text, { judge }).flags.map((f) => f.category as string)));
}

type Labeled = { id: string; text: string; labels: readonly string[] };

function printEngineErrors(items: readonly Labeled[], flagged: readonly Set<string>[], c: ReplyCategory) {
  items.forEach((i, k) => flagged[k]!.has(c) !== i.labels.includes(c) && console.log(`${flagged[k]!.has(c) ? 'FP' : 'FN'} ${c.slice(0, 5)} ${i.id}: ${i.text.replace(/\s+/g, ' ').slice(0, 200)}`));
}

/**
 * `--hold-out <file>`: fits on everything shippable except one of our own data files and scores the engine (rules +
 * judge, the thresholds CV picks) on that file: how the judge does on replies it was not fit on. Writes nothing.
 */
function holdOut(file: string, own: readonly Item[], rest: readonly Item[]) {
  const kept = own.filter((i) => i.file !== file);
  const held = own.filter((i) => i.file === file);
  if (!held.length) throw new Error(`no own data file named ${file}`);
  const { models, thresholds } = trainJudge(featurize(kept), featurize(rest));
  const rows = scoreWith(models, featurize(held));
  for (const c of REPLY_CATEGORIES) {
    const t = thresholds[c];
    console.log(`${file} (${held.length}, fit without it), ${c}:`, scoreAt(rows, c, t));
    const wanted = errorsWanted();
    if (wanted !== null && c.startsWith(wanted)) for (const r of rows) printError(r, c, t);
  }
}

/**
 * `--grouped`: grouped cross-validation over our natural read sets (NATURAL_READ_SETS, one writer's day in one
 * register each). Each set is scored by the engine with a judge, and thresholds calibrated, fit without it: on all
 * the rest of the shippable text, the other natural sets among it where they are fit on. A set the judge is not fit on
 * is scored by the judge `npm run train` ships. Random folds put replies of one writer and register on both sides;
 * this measures how the judge reaches a register it was never fit on, as the never-read sets ask. Writes nothing.
 */
export function crossValidateGrouped(own: readonly Item[], rest: readonly Item[]) {
  const ownF = featurize(own);
  const restF = featurize(rest);
  let shipped: ReplyJudge | undefined;
  const judgeOf = (t: ReturnType<typeof trainJudge>) => createJudge(toShipped(t.models, t.thresholds));
  return NATURAL_READ_SETS.map((set) => {
    const { items, fitOn } = naturalSet(set);
    const judge = fitOn ? judgeOf(trainJudge(ownF.filter((i) => naturalSetOf(i) !== set), restF)) : (shipped ??= judgeOf(trainJudge(ownF, restF)));
    return { set, fitOn, items, flagged: engineFlags(judge, items) };
  });
}

function printGrouped(own: readonly Item[], rest: readonly Item[]) {
  const sets = crossValidateGrouped(own, rest);
  const tally = (items: readonly Labeled[], flagged: readonly Set<string>[], c: ReplyCategory) =>
    precisionRecall(flagged.map((f) => f.has(c)), items.map((i) => i.labels.includes(c)));
  const line = (r: PrecisionRecall) => `${r.precision.toFixed(3)} / ${r.recall.toFixed(3)} (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})`;
  console.log(`grouped CV: each natural read set scored by a judge fit without it (fit on: ${sets.filter((s) => s.fitOn).map((s) => s.set).join(', ') || 'none of them'})`);
  console.log(`set (items): ${REPLY_CATEGORIES.join('; ')} — P / R`);
  for (const { set, items, flagged } of sets) console.log(`${set} (${items.length}): ${REPLY_CATEGORIES.map((c) => line(tally(items, flagged, c))).join('; ')}`);
  const all = sets.flatMap((s) => s.items);
  const allFlagged = sets.flatMap((s) => s.flagged);
  console.log(`pooled (${all.length}): ${REPLY_CATEGORIES.map((c) => line(tally(all, allFlagged, c))).join('; ')}`);
  const wanted = errorsWanted();
  if (wanted !== null) for (const c of REPLY_CATEGORIES) if (c.startsWith(wanted)) printEngineErrors(all, allFlagged, c);
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
  const items = readJsonl<Labeled>(file);
  const flagged = engineFlags(shippedJudge(), items);
  for (const c of REPLY_CATEGORIES) {
    console.log(`${path.basename(file)} (${items.length}, never fit on), shipped engine, ${c}:`, precisionRecall(flagged.map((f) => f.has(c)), items.map((i) => i.labels.includes(c))));
    const wanted = errorsWanted();
    if (wanted !== null && c.startsWith(wanted)) printEngineErrors(items, flagged, c);
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
  if (process.argv.includes('--grouped')) return printGrouped(own, rest);
  const held = process.argv.indexOf('--hold-out');
  if (held >= 0) return holdOut(process.argv[held + 1] ?? '', own, rest);
  const shippableRest = rest.filter((i) => i.origin === 'corpus-shippable');
  console.log(`fit on: ${own.length} own replies + ${shippableRest.length} shippable corpus replies (ibm:/cfpb:, outside the frozen split)`);
  const ownF = featurize(own);
  const restF = featurize(rest);
  const { folds, oof, bySource, ownOof, calibration, thresholds, models } = trainJudge(ownF, restF);
  const report: Record<string, unknown> = {};
  for (const c of REPLY_CATEGORIES) {
    const { map } = calibration[c];
    const perFold = folds.map((rows) => scoreAt(rows, c, thresholds[c]));
    const grid = pickThresholds([oof, bySource], c, ownOof);
    const round = (x: number) => Math.round(x * 1e4) / 1e4;
    report[c] = {
      thresholds: thresholds[c],
      'calibration (P = σ(a · logit(p) + b), fit out of fold; thresholds are P ≥ keep / add)': {
        keep: CALIBRATED.keep,
        add: CALIBRATED.add,
        'rule flagged': { a: round(map.rule.a), b: round(map.rule.b) },
        'no rule flag': { a: round(map.none.a), b: round(map.none.b) },
        'calibrated P at raw 0.5, rule flagged / none': [round(calibrated(map.rule, 0.5)), round(calibrated(map.none, 0.5))],
      },
      'the old grid pick, for comparison (not shipped)': { ...grid, 'cv rules + judge (pooled)': scoreAt(oof, c, grid) },
      'cv by source (one fold per id prefix; same thresholds)': scoreAt(bySource, c, thresholds[c]),
      'cv rules alone (pooled)': scoreAt(oof, c, { keep: 0, add: Infinity }),
      'cv judge alone at 0.5 (pooled)': scoreAt(oof, c, { keep: 0.5, add: 0.5 }),
      'cv rules + judge (pooled; thresholds picked on these folds)': pooled(perFold),
      'own replies out of fold (5 folds; half of the threshold pick)': scoreAt(ownOof, c, thresholds[c]),
      'cv rules + judge per fold': perFold.map((f) => ({ p: f.precision, r: f.recall, positives: f.positives })),
    };
  }
  const wanted = errorsWanted();
  // Errors of the CV folds: the corpus outside the frozen split only (the frozen split is never read here).
  if (wanted !== null) for (const c of REPLY_CATEGORIES) if (c.startsWith(wanted)) for (const r of oof) printError(r, c, thresholds[c]);
  if (wanted === null) console.log(JSON.stringify(report, null, 1));
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
