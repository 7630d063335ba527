/**
 * `npm run train:effort`: fits the learned signal scorer and writes lib/effort/learned/weights.json, the weights
 * that ship. It is fit ONLY on text the project may ship: the team's own messages (data/own-customer.jsonl and
 * tests/unit/effort/cases/messages.jsonl) and the corpus's `ibm:` and `cfpb:` items outside the frozen test split.
 * Deterministic: the same data gives the same file. Needs the corpus (../shared/corpus or $CORPUS_DIR).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EFFORT_SIGNALS } from '../../taxonomy';
import { builtInRules } from '../compile';
import { prepareText, scanSignals } from '../detect';
import { messageFeatures } from '../learned/features';
import { ruleFeatures, type SignalModel } from '../learned/model';
import { corpusMissing, customerSplit, isShippable, type LabeledCustomerMessage } from './corpus';
import { DEFAULT_FIT, fitLogistic, type SparseItem } from './logistic';
import { ownMessages } from './own-data';

/** Where a signal counts as found: chosen before the frozen split was ever scored with the scorer. */
export const THRESHOLD = 0.5;

export function sparseItem(m: LabeledCustomerMessage): SparseItem {
  const rules = scanSignals(m.text, builtInRules(), true);
  const keys = [...messageFeatures(prepareText(m.text)), ...ruleFeatures(rules)].map((f) => f.key);
  const expected = new Set(m.signals);
  return { keys, y: EFFORT_SIGNALS.map((id) => (expected.has(id) ? 1 : 0)) };
}

export function fitSignalModel(items: readonly LabeledCustomerMessage[]): SignalModel {
  return { ...fitLogistic([...EFFORT_SIGNALS], items.map(sparseItem), DEFAULT_FIT), threshold: THRESHOLD };
}

/** The shippable training text: ours, plus the corpus's ibm:/cfpb: items outside the frozen split. */
export function shippableTraining(): LabeledCustomerMessage[] {
  return [...ownMessages(), ...customerSplit().rest.filter((m) => isShippable(m.id))];
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const missing = corpusMissing();
  if (missing) {
    process.stderr.write(`train: ${missing}\n`);
    process.exit(2);
  }
  const items = shippableTraining();
  const model = fitSignalModel(items);
  const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../learned/weights.json');
  fs.writeFileSync(out, `${JSON.stringify(model)}\n`);
  process.stdout.write(`fit on ${items.length} shippable messages → ${path.relative(process.cwd(), out)} (${Object.keys(model.weights).length} features)\n`);
}
