/**
 * The shared labeled corpus's customer messages (customer.dev.jsonl + customer.train.jsonl), read through
 * lib/cli/corpus.ts (../shared/corpus or $CORPUS_DIR), split into the frozen test items and the rest. Only the
 * `ibm:` and `cfpb:` items may shape weights that ship (isShippable).
 */
import path from 'node:path';
import { corpusDir, corpusMissing as missingFiles, readJsonl } from '../../cli/corpus';
import type { EffortSignalId } from '../../taxonomy';
import { inFrozenTest } from './frozen-split';

export { isShippable, readJsonl } from '../../cli/corpus';

export interface LabeledCustomerMessage {
  id: string;
  text: string;
  signals: EffortSignalId[];
}

export const CUSTOMER_FILES = ['customer.dev.jsonl', 'customer.train.jsonl'] as const;

/** Why the customer corpus cannot be read here (for a test's skip message), or null when it can. */
export const corpusMissing = () => missingFiles(...CUSTOMER_FILES);

export function customerCorpus(file: (typeof CUSTOMER_FILES)[number]): LabeledCustomerMessage[] {
  return readJsonl<LabeledCustomerMessage>(path.join(corpusDir(), file)).map(({ id, text, signals }) => ({ id, text, signals }));
}

/** Every customer item, split: `test` is frozen (measure only), `rest` may be cross-validated and tuned on. */
export function customerSplit() {
  const all = CUSTOMER_FILES.flatMap((f) => customerCorpus(f).map((m) => ({ ...m, file: f })));
  return { test: all.filter((m) => inFrozenTest(m.id)), rest: all.filter((m) => !inFrozenTest(m.id)) };
}
