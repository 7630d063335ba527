/**
 * `npm run --silent measure:effort:cv [-- --errors]`: the 5-fold cross-validation of the effort detector on the
 * corpus items OUTSIDE the frozen split only (what rules and features may be chosen on), per signal, and with
 * --errors each fold's misses and false finds (id, signal, text). Never reads the frozen split's figures or items.
 */
import { corpusMissing, customerSplit, isShippable, type LabeledCustomerMessage } from '../effort/train/corpus';
import { crossValidate as foldsOf } from '../learn';
import { detectWith } from '../effort/train/cross-validate';
import { measure, microLine } from '../effort/train/measure';
import { ownMessages } from '../effort/train/own-data';
import { emptyTally, table } from '../effort/train/tally';
import { fitSignalModel } from '../effort/train/train';

const missing = corpusMissing();
if (missing) {
  process.stderr.write(`measure: ${missing}\n`);
  process.exit(2);
}
const showErrors = process.argv.includes('--errors');
const own = ownMessages();
const ours = new Set(own.map((m) => m.id));
const shippable = (m: { id: string }) => ours.has(m.id) || isShippable(m.id);
const { rest } = customerSplit();
const tally = emptyTally();
const errors: string[] = [];
foldsOf(rest, 5, (train, test: LabeledCustomerMessage[]) => {
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
