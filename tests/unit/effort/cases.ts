/** The team's own labeled cases (cases/*.jsonl) and the shared corpus, read for the accuracy and thread tests. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EffortLevel, Thread, ThreadStructure } from '../../../lib/effort/types';
import type { EffortSignalId } from '../../../lib/taxonomy';
import { corpusFile, corpusMissing } from '../../../lib/cli/corpus';

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

/** The shared corpus stays outside the project (part of it is licensed for non-commercial use only); $CORPUS_DIR moves it. */
export const CORPUS = corpusFile('customer.dev.jsonl');
/** Why the corpus can't be read (a clone without ../shared), or null. */
export const corpusAbsent = corpusMissing('customer.dev.jsonl');

/** The corpus messages, or none when the corpus is absent (tests that need them skip, saying why). */
export function corpusMessages(): LabeledMessage[] {
  return corpusAbsent ? [] : jsonl<LabeledMessage>(CORPUS);
}
