/**
 * `npm run --silent measure:effort:cv [-- --errors | --thresholds | --grouped]`: the 5-fold cross-validation of the
 * effort detector on the corpus items OUTSIDE the frozen split (what rules and features may be chosen on) and, in the
 * same folds, on our natural text (data/batches/rules-17..20, 22..30, 33..36), each per signal and apart; with --errors each
 * fold's misses and false finds (id, signal, text). With --grouped it also prints the grouped CV: each natural batch
 * left out in turn, the scorer fit on all the other shippable text (cross-validate.ts's batchFolds), pooled and per
 * batch. With --thresholds it models every signal and prints, per signal, how many of the scorer's finds where no
 * rule found it were right and wrong at each threshold (natural text, corpus rest), and the threshold
 * chooseThresholds keeps (train.ts's THRESHOLDS); with --grouped too, the natural text's finds are the grouped CV's
 * (the corpus's stay the random folds'): what that choice would be, for comparison; THRESHOLDS stay the random
 * folds' choice, which did as well on the grouped CV when each batch's thresholds were chosen without it (PASSES.md,
 * h58). Never reads the frozen split.
 */
import { corpusMissing } from '../effort/train/corpus';
import { EFFORT_SIGNALS, type EffortSignalId } from '../taxonomy';
import { builtInRules } from '../effort/built-in-rules';
import { prepareText, scanSignals } from '../effort/detect';
import { scoreUnfound } from '../effort/learned/model';
import { chooseThresholds, type ScoredFind } from '../effort/train/choose-thresholds';
import { detectorExamples } from '../effort/train/detector-examples';
import { batchFolds, batchNames, crossValidateGrouped, detectWith, naturalFolds } from '../effort/train/cross-validate';
import { measure, microLine } from '../effort/train/measure';
import { emptyTally, table } from '../effort/train/tally';
import { FIT, fitSignalModel, shippableTraining } from '../effort/train/train';

const missing = corpusMissing();
if (missing) {
  process.stderr.write(`measure: ${missing}\n`);
  process.exit(2);
}
const showErrors = process.argv.includes('--errors');
const showThresholds = process.argv.includes('--thresholds');
const grouped = process.argv.includes('--grouped');
const rest = emptyTally();
const natural = emptyTally();
let counts = { rest: 0, natural: 0 };
const errors: string[] = [];
const finds: ScoredFind[] = [];
const everySignal = Object.fromEntries(EFFORT_SIGNALS.map((id) => [id, 0]));
/** The scorer's probability for a message's signals no rule found. */
const scored = (text: string, model: ReturnType<typeof fitSignalModel>) => scoreUnfound(prepareText(text), scanSignals(text, builtInRules(), true), model);
naturalFolds(5, (train, test) => {
  if (showThresholds) {
    const all = fitSignalModel(train, everySignal);
    for (const m of test) if (!(grouped && m.natural)) for (const s of scored(m.text, all)) finds.push({ id: s.id, probability: s.probability, right: m.signals.includes(s.id), natural: m.natural });
  }
  const detect = detectWith(fitSignalModel(train));
  const corpusTest = test.filter((m) => !m.natural);
  const naturalTest = test.filter((m) => m.natural);
  measure(detect, corpusTest, rest);
  measure(detect, naturalTest, natural);
  counts = { rest: counts.rest + corpusTest.length, natural: counts.natural + naturalTest.length };
  if (showErrors)
    for (const m of test) {
      const found = new Set(detect(m.text));
      const want = new Set(m.signals);
      const where = m.natural ? 'natural ' : '';
      for (const id of want) if (!found.has(id)) errors.push(`${where}MISS ${id}\t${m.id}\t${JSON.stringify(m.text)}`);
      for (const id of found) if (!want.has(id)) errors.push(`${where}FP   ${id}\t${m.id}\t${JSON.stringify(m.text)}`);
    }
});
console.log(`5-fold CV on the rest (${counts.rest} items): ${microLine(rest)}`);
console.table(table(rest));
console.log(`same folds, our natural text (${[...new Set(batchNames().values())].join(', ')}: ${counts.natural} agreed items; the scorer fit on the other folds' natural text): ${microLine(natural)}`);
console.table(table(natural));
if (grouped) {
  const names = batchNames();
  const { natural: pooled, byBatch } = crossValidateGrouped();
  // A fit with no model leaves the rules' finds alone.
  const { natural: rulesAlone } = crossValidateGrouped(() => ({ bits: FIT.bits, models: {} }));
  if (showThresholds)
    batchFolds((train, test) => {
      const all = fitSignalModel(train, everySignal);
      for (const m of test) for (const s of scored(m.text, all)) finds.push({ id: s.id, probability: s.probability, right: m.signals.includes(s.id), natural: true });
    });
  const rows = [...byBatch].map(([batch, { tally, items }]) => [names.get(batch) ?? batch, { ...table(tally).micro, items }] as const);
  const n = rows.reduce((sum, [, row]) => sum + row.items, 0);
  console.log(`grouped CV, our natural text (${n} agreed items; each batch left out in turn, the scorer fit on everything else shippable): ${microLine(pooled)}`);
  console.table(table(pooled));
  console.log(`the rules alone on the same items (no scorer; the rules were written from some of these batches' misses, so no CV holds them out): ${microLine(rulesAlone)}`);
  console.log('per batch left out:');
  console.table(Object.fromEntries(rows.sort(([a], [b]) => a.localeCompare(b))));
}
if (showErrors) console.log(errors.sort().join('\n'));
if (showThresholds) {
  // The shipped fit, every signal modeled, on the rules' and the checks' must-not-match examples: a threshold must lie above them.
  const shipped = fitSignalModel(shippableTraining(), everySignal);
  const floor: Partial<Record<EffortSignalId, number>> = {};
  for (const [id, text] of detectorExamples('allow')) for (const s of scored(text, shipped)) if (s.id === id) floor[id] = Math.max(floor[id] ?? 0, s.probability);
  console.log(`highest probability of a rule's or a check's must-not-match example: ${EFFORT_SIGNALS.map((id) => `${id} ${(floor[id] ?? 0).toFixed(2)}`).join(', ')}`);
  console.log(`every signal modeled: right / wrong finds where no rule found the signal, by threshold (all; corpus rest in brackets)${grouped ? '; natural text by the grouped CV' : ''}`);
  for (const c of chooseThresholds(finds, floor))
    console.log(`${c.id.padEnd(21)} ${c.at.map((a) => `${a.threshold.toFixed(2)} ${a.right}/${a.wrong} (${a.corpusRight}/${a.corpusWrong})`).join('  ')}  → ${c.chosen === null ? 'no model' : c.chosen.toFixed(2)}`);
}
