/**
 * `npm run --silent measure:effort:cv [-- --errors | --thresholds]`: the 5-fold cross-validation of the effort
 * detector on the corpus items OUTSIDE the frozen split only (what rules and features may be chosen on), per signal,
 * and with --errors each fold's misses and false finds (id, signal, text). With --thresholds it models every signal
 * and prints, per signal, how many of the scorer's finds where no rule found it were right and wrong at each
 * threshold, and the threshold chooseThresholds keeps (train.ts's THRESHOLDS). Never reads the frozen split.
 */
import { corpusMissing, customerSplit, isShippable, type LabeledCustomerMessage } from '../effort/train/corpus';
import { crossValidate as foldsOf } from '../learn';
import { EFFORT_SIGNALS, type EffortSignalId } from '../taxonomy';
import { builtInRules } from '../effort/built-in-rules';
import { prepareText, scanSignals } from '../effort/detect';
import { scoreUnfound } from '../effort/learned/model';
import { RULE_FILES } from '../effort/rules/examples';
import { chooseThresholds, type ScoredFind } from '../effort/train/choose-thresholds';
import { detectWith } from '../effort/train/cross-validate';
import { measure, microLine } from '../effort/train/measure';
import { ownMessages } from '../effort/train/own-data';
import { emptyTally, table } from '../effort/train/tally';
import { fitSignalModel, shippableTraining } from '../effort/train/train';

const missing = corpusMissing();
if (missing) {
  process.stderr.write(`measure: ${missing}\n`);
  process.exit(2);
}
const showErrors = process.argv.includes('--errors');
const showThresholds = process.argv.includes('--thresholds');
const own = ownMessages();
const ours = new Set(own.map((m) => m.id));
const shippable = (m: { id: string }) => ours.has(m.id) || isShippable(m.id);
const { rest } = customerSplit();
const tally = emptyTally();
const errors: string[] = [];
const finds: ScoredFind[] = [];
const everySignal = Object.fromEntries(EFFORT_SIGNALS.map((id) => [id, 0]));
/** The scorer's probability for a message's signals no rule found. */
const scored = (text: string, model: ReturnType<typeof fitSignalModel>) => scoreUnfound(prepareText(text), scanSignals(text, builtInRules(), true), model);
foldsOf(rest, 5, (train, test: LabeledCustomerMessage[]) => {
  if (showThresholds) {
    const all = fitSignalModel(train.filter(shippable), everySignal);
    for (const m of test) for (const s of scored(m.text, all)) finds.push({ id: s.id, probability: s.probability, right: m.signals.includes(s.id) });
  }
  const detect = detectWith(fitSignalModel(train.filter(shippable)));
  measure(detect, test, tally);
  if (showErrors)
    for (const m of test) {
      const found = new Set(detect(m.text));
      const want = new Set(m.signals);
      for (const id of want) if (!found.has(id)) errors.push(`MISS ${id}\t${m.id}\t${JSON.stringify(m.text)}`);
      for (const id of found) if (!want.has(id)) errors.push(`FP   ${id}\t${m.id}\t${JSON.stringify(m.text)}`);
    }
}, own);
console.log(`5-fold CV on the rest (${rest.length} items): ${microLine(tally)}`);
console.table(table(tally));
if (showErrors) console.log(errors.sort().join('\n'));
if (showThresholds) {
  // The shipped fit, every signal modeled, on the rules' must-not-match examples: a threshold must lie above them.
  const shipped = fitSignalModel(shippableTraining(), everySignal);
  const floor: Partial<Record<EffortSignalId, number>> = {};
  for (const { examples } of RULE_FILES)
    for (const [id, { allow }] of Object.entries(examples) as [EffortSignalId, { allow: string[] }][])
      for (const text of allow) for (const s of scored(text, shipped)) if (s.id === id) floor[id] = Math.max(floor[id] ?? 0, s.probability);
  console.log(`highest probability of a rule's must-not-match example: ${EFFORT_SIGNALS.map((id) => `${id} ${(floor[id] ?? 0).toFixed(2)}`).join(', ')}`);
  console.log('every signal modeled: right / wrong finds where no rule found the signal, by threshold');
  for (const c of chooseThresholds(finds, floor))
    console.log(`${c.id.padEnd(21)} ${c.at.map((a) => `${a.threshold.toFixed(2)} ${a.right}/${a.wrong}`).join('  ')}  → ${c.chosen === null ? 'no model' : c.chosen.toFixed(2)}`);
}
