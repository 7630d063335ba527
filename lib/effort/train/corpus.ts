/**
 * Reads the shared labeled corpus (../shared/corpus, or $CORPUS_DIR) for measuring and training scripts. The corpus
 * stays outside the project: most of it is licensed for non-commercial use only (see its README). Only its `ibm:`
 * (Apache-2.0) and `cfpb:` (US public data) items may shape weights that ship.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EffortSignalId } from '../../taxonomy';
import { inFrozenTest } from './frozen-split';

const here = path.dirname(fileURLToPath(import.meta.url));

export interface LabeledCustomerMessage {
  id: string;
  text: string;
  signals: EffortSignalId[];
}

export const CUSTOMER_FILES = ['customer.dev.jsonl', 'customer.train.jsonl'] as const;

/** Where the corpus is: $CORPUS_DIR, else ../shared/corpus beside the repository. */
export function corpusDir(): string {
  return process.env.CORPUS_DIR ? path.resolve(process.env.CORPUS_DIR) : path.resolve(here, '../../../../shared/corpus');
}

/** Why the corpus cannot be read here, or null when it can. */
export function corpusMissing(): string | null {
  const dir = corpusDir();
  const missing = CUSTOMER_FILES.filter((f) => !fs.existsSync(path.join(dir, f)));
  return missing.length === 0 ? null : `the labeled corpus is not at ${dir} (missing ${missing.join(', ')}; set CORPUS_DIR or see ../shared/corpus/README.md)`;
}

export function readJsonl<T>(file: string): T[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

export function customerCorpus(file: (typeof CUSTOMER_FILES)[number]): LabeledCustomerMessage[] {
  return readJsonl<LabeledCustomerMessage>(path.join(corpusDir(), file)).map(({ id, text, signals }) => ({ id, text, signals }));
}

/** Items the project may ship weights fit on: IBM's Apache-2.0 tweets and the CFPB's public complaints. */
export const isShippable = (id: string) => id.startsWith('ibm:') || id.startsWith('cfpb:');

/** Every customer item, split: `test` is frozen (measure only), `rest` may be cross-validated and tuned on. */
export function customerSplit() {
  const all = CUSTOMER_FILES.flatMap((f) => customerCorpus(f).map((m) => ({ ...m, file: f })));
  return { test: all.filter((m) => inFrozenTest(m.id)), rest: all.filter((m) => !inFrozenTest(m.id)) };
}
