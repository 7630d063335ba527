/**
 * `npm run --silent measure:effort:veto [-- --natural-only] [--rules] [--ceiling SIGNAL=P …]`: would a veto over the rules' finds raise the
 * effort detector's precision (lib/effort/train/veto.ts)? For each veto model, the rule finds are scored out of fold —
 * in the random folds of measure:effort:cv (corpus rest and our natural text) and in its grouped CV (each natural
 * batch left out) — each signal's keep threshold is chosen on the random folds' finds (vetoThresholds), and the
 * grouped CV is measured with those thresholds, and again *nested* (each batch's thresholds chosen without its own
 * finds, from the other batches' grouped finds and the corpus's). `--natural-only` fits the subset models without the
 * messages written to labels. `--ceiling escalation-demand=0.30` caps a signal's threshold further (a must-show example
 * of another test table that a higher one would veto: train.ts's VETO_THRESHOLDS says which). `--rules` prints the rules' finds on our natural text and the corpus rest by the pattern
 * or reader that made them (right / wrong), and the wrong ones by batch. Never reads the frozen split.
 */
import { corpusMissing } from '../effort/train/corpus';
import { EFFORT_SIGNALS, type EffortSignalId } from '../taxonomy';
import { detectorExamples } from '../effort/train/detector-examples';
import { batchFolds, batchNames, detectWith, naturalFolds } from '../effort/train/cross-validate';
import { measure, microLine } from '../effort/train/measure';
import { emptyTally, micro, precision, recall, type Tally } from '../effort/train/tally';
import { fitSignalModel, NATURAL_FIT, shippableTraining, THRESHOLDS } from '../effort/train/train';
import { sourceText } from '../effort/train/rule-sources';
import { fitVetoModels, scoredRuleFinds, vetoed, vetoProbabilities, vetoThresholds, VETO_KINDS, type RuleFind, type VetoKind } from '../effort/train/veto';

const missing = corpusMissing();
if (missing) {
  process.stderr.write(`measure: ${missing}\n`);
  process.exit(2);
}
const naturalOnly = process.argv.includes('--natural-only');
const showRules = process.argv.includes('--rules');
const extraCeilings = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--ceiling' ? [a.split('=') as [EffortSignalId, string]] : []));

const randomFinds: RuleFind[] = [];
const groupedFinds: RuleFind[] = [];
const random = { rest: emptyTally(), natural: emptyTally() };
const grouped = emptyTally();
/** The detector as it is without a veto: the scorer's models only. */
const withoutVeto = (train: Parameters<typeof fitSignalModel>[0]) => detectWith(fitSignalModel(train, THRESHOLDS, {}, NATURAL_FIT, {}));
naturalFolds(5, (train, test) => {
  randomFinds.push(...scoredRuleFinds(train, test, naturalOnly));
  const detect = withoutVeto(train);
  measure(detect, test.filter((m) => !m.natural), random.rest);
  measure(detect, test.filter((m) => m.natural), random.natural);
});
batchFolds((train, test) => {
  groupedFinds.push(...scoredRuleFinds(train, test, naturalOnly));
  measure(withoutVeto(train), test, grouped);
});

/** The lowest probability each veto model, fit on all shippable text, gives a rule's or a check's must-match example of its signal. */
const shipped = fitVetoModels(shippableTraining(), naturalOnly);
const ceilings = Object.fromEntries(VETO_KINDS.map((k) => [k, {} as Partial<Record<EffortSignalId, number>>])) as Record<VetoKind, Partial<Record<EffortSignalId, number>>>;
for (const [id, text] of detectorExamples('match')) {
  const p = vetoProbabilities({ id: 'example', text, signals: [id] }, id, shipped);
  for (const k of VETO_KINDS) ceilings[k][id] = Math.min(ceilings[k][id] ?? 1, p[k]);
}
for (const [id, p] of extraCeilings) for (const k of VETO_KINDS) ceilings[k][id] = Math.min(ceilings[k][id] ?? 1, Number(p));

const line = (t: Tally, removed: { right: number; wrong: number }) => {
  const c = micro(t);
  const after = { tp: c.tp - removed.right, fp: c.fp - removed.wrong, fn: c.fn + removed.right };
  return `P ${precision(c).toFixed(3)} → ${precision(after).toFixed(3)} / R ${recall(c).toFixed(3)} → ${recall(after).toFixed(3)} (removed ${removed.wrong} wrong, ${removed.right} right)`;
};

console.log(`rule finds scored: random folds ${randomFinds.length} (natural ${randomFinds.filter((f) => f.natural).length}), grouped ${groupedFinds.length}`);
for (const kind of VETO_KINDS) {
  console.log(`\n== veto by ${kind}${naturalOnly ? ' (subsets fit on natural text and the corpus only)' : ''}`);
  console.log(`lowest probability of a must-match example: ${EFFORT_SIGNALS.map((id) => `${id} ${(ceilings[kind][id] ?? 1).toFixed(2)}`).join(', ')}`);
  const choices = vetoThresholds(randomFinds, kind, ceilings[kind]);
  for (const c of choices)
    console.log(`${c.id.padEnd(21)} ${c.at.map((a) => `${a.threshold.toFixed(2)} ${a.wrong}w/${a.right}r (${a.corpusWrong}/${a.corpusRight})`).join(' ')} → ${c.chosen === null ? 'no veto' : c.chosen.toFixed(2)}`);
  const thresholds = Object.fromEntries(choices.map((c) => [c.id, c.chosen]));
  const corpusFinds = randomFinds.filter((f) => !f.natural);
  console.log(`random folds, corpus rest: ${line(random.rest, vetoed(corpusFinds, kind, thresholds))}`);
  console.log(`random folds, natural:     ${line(random.natural, vetoed(randomFinds.filter((f) => f.natural), kind, thresholds))}`);
  console.log(`grouped CV (thresholds from the random folds): ${line(grouped, vetoed(groupedFinds, kind, thresholds))}`);
  // Nested: each batch's thresholds chosen from the other batches' grouped finds and the corpus's random-fold finds.
  let removed = { right: 0, wrong: 0 };
  const perBatch: string[] = [];
  for (const batch of new Set(groupedFinds.map((f) => f.batch!))) {
    const nested = Object.fromEntries(vetoThresholds([...groupedFinds.filter((f) => f.batch !== batch), ...corpusFinds], kind, ceilings[kind]).map((c) => [c.id, c.chosen]));
    const r = vetoed(groupedFinds.filter((f) => f.batch === batch), kind, nested);
    removed = { right: removed.right + r.right, wrong: removed.wrong + r.wrong };
    if (r.right + r.wrong > 0) perBatch.push(`${batchNames().get(batch) ?? batch} −${r.wrong}w/−${r.right}r`);
  }
  console.log(`grouped CV, nested thresholds: ${line(grouped, removed)}${perBatch.length ? `; ${perBatch.join(', ')}` : ''}`);
}

if (showRules) {
  const names = batchNames();
  const bySource = new Map<string, { natural: [number, number]; corpus: [number, number]; wrongIn: Map<string, number> }>();
  for (const f of randomFinds)
    for (const s of f.sources) {
      let row = bySource.get(s);
      if (!row) bySource.set(s, (row = { natural: [0, 0], corpus: [0, 0], wrongIn: new Map() }));
      row[f.natural ? 'natural' : 'corpus'][f.right ? 0 : 1]++;
      if (!f.right && f.natural) row.wrongIn.set(names.get(f.batch!) ?? f.batch!, (row.wrongIn.get(names.get(f.batch!) ?? f.batch!) ?? 0) + 1);
    }
  console.log('\nthe rules\' finds by source (one per message, signal and source), sorted by wrong natural finds: natural right / wrong; corpus rest right / wrong; wrong natural finds by batch');
  for (const [s, r] of [...bySource].sort((a, b) => b[1].natural[1] - a[1].natural[1] || b[1].corpus[1] - a[1].corpus[1]))
    if (r.natural[1] + r.corpus[1] > 0)
      console.log(`${s.padEnd(28)} ${String(r.natural[0]).padStart(4)} / ${String(r.natural[1]).padEnd(3)} ${String(r.corpus[0]).padStart(3)} / ${String(r.corpus[1]).padEnd(3)} ${[...r.wrongIn].sort((a, b) => b[1] - a[1]).map(([b, n]) => `${b} ${n}`).join(', ').padEnd(40)} ${sourceText(s, 50)}`);
  const byBatch = new Map<string, [number, number, number]>();
  for (const f of randomFinds.filter((f) => f.natural)) {
    const b = names.get(f.batch!) ?? f.batch!;
    const row = byBatch.get(b) ?? [0, 0, 0];
    row[f.right ? 0 : 1]++;
    byBatch.set(b, row);
  }
  console.log('\nthe rules\' finds by batch (right / wrong):');
  for (const [b, [r, w]] of [...byBatch].sort()) console.log(`${b} ${r} / ${w} (${(w / (r + w)).toFixed(3)} wrong)`);
  console.log(`\nfor reference, the CV tallies: corpus rest ${microLine(random.rest)}, natural ${microLine(random.natural)}, grouped ${microLine(grouped)}`);
}
