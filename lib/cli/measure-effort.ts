/**
 * `npm run --silent measure:effort`: precision and recall of the effort detector on the labeled corpus, each figure
 * labeled with what it was measured on: the frozen test split (never tuned on), and the rest. Reads ../shared/corpus
 * or $CORPUS_DIR.
 */
import { detectEffortSignals } from '../effort';
import { corpusMissing, customerSplit } from '../effort/train/corpus';
import { FROZEN_TEST_PERCENT } from '../effort/train/frozen-split';
import { measure, microLine } from '../effort/train/measure';
import { table } from '../effort/train/tally';
import { crossValidate } from '../effort/train/cross-validate';

const missing = corpusMissing();
if (missing) {
  process.stderr.write(`measure: ${missing}\n`);
  process.exit(2);
}
const detect = (text: string) => detectEffortSignals(text).map((s) => s.id);
const { test, rest } = customerSplit();
const parts = [
  [`frozen test split (${FROZEN_TEST_PERCENT}% by id hash, ${test.length} items, never tuned on)`, test],
  [`  of which customer.train (${test.filter((m) => m.file === 'customer.train.jsonl').length}: never shaped a rule)`, test.filter((m) => m.file === 'customer.train.jsonl')],
  [`  of which customer.dev (${test.filter((m) => m.file === 'customer.dev.jsonl').length}: the old rules were written from these)`, test.filter((m) => m.file === 'customer.dev.jsonl')],
  [`rest (${rest.length} items: tuning and cross-validation)`, rest],
] as const;
for (const [name, items] of parts) {
  const tally = measure(detect, items);
  console.log(`${name}: ${microLine(tally)}`);
  if (!name.startsWith(' ')) console.table(table(tally));
}
const cv = crossValidate(5);
console.log(`5-fold cross-validation on the rest (${rest.length} items; the scorer refit per fold on shippable text only; the rules were tuned on these items): ${microLine(cv)}`);
console.table(table(cv));
