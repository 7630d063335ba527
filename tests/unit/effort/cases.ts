/** The team's own labeled cases (cases/*.jsonl) and the shared corpus, read for the accuracy and thread tests. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EffortLevel, Thread, ThreadStructure } from '../../../lib/effort/types';
import type { EffortSignalId } from '../../../lib/taxonomy';
import { corpusMissing, customerCorpus, CUSTOMER_FILES } from '../../../lib/effort/train/corpus';

const here = path.dirname(fileURLToPath(import.meta.url));

export interface LabeledMessage {
  id: string;
  text: string;
  signals: EffortSignalId[];
}

export interface ThreadCase {
  id: string;
  note: string;
  thread: Thread;
  expect: {
    /** Every [message index, signal id] the thread shows, and no other. */
    signals: [number, EffortSignalId][];
    structure?: Partial<ThreadStructure>;
    level?: EffortLevel;
  };
}

function jsonl<T>(file: string): T[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

export const teamMessages = () => jsonl<LabeledMessage>(path.join(here, 'cases/messages.jsonl'));
export const teamThreads = () => jsonl<ThreadCase>(path.join(here, 'cases/threads.jsonl'));

/**
 * The shared corpus stays outside the project (part of it is licensed for non-commercial use only): every customer
 * message of it, or none where it is absent (corpusMissing() says why; the tests that need it skip with that reason).
 */
export function corpusMessages(): LabeledMessage[] {
  if (corpusMissing()) return [];
  return CUSTOMER_FILES.flatMap((f) => customerCorpus(f));
}
export { corpusMissing };
