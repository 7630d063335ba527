/**
 * The never-read sets: labeled text that no one who changes a detector reads (only their figures are printed) and that
 * no weight is fit on. Effort: the batches `heldout-NN` / `blind-NN` in lib/effort/train/data/batches, each message
 * kept when the writer labeled it and, where a second labeler read the batch blind, both gave the same signals.
 * Replies: the `*-held` / `*-blind` files in lib/analysis/train/unseen (agreed items only, kept so when written).
 */
import fs from 'node:fs';
import path from 'node:path';
import { NEVER_READ_FILE, UNSEEN_DIR } from '../analysis/train/dataset';
import { sameSignals } from '../effort/train/agreement';
import type { LabeledCustomerMessage } from '../effort/train/corpus';
import { keptItems } from '../effort/train/labeled-batches';
import { BATCHES_DIR, HELD_OUT_BATCH_TEXT } from '../effort/train/own-data';
import { EFFORT_SIGNALS, type EffortSignalId } from '../taxonomy';
import { readJsonl, type LabeledReply } from './corpus';

export interface NeverReadSet<T> {
  name: string;
  /** Whether a second labeler read it blind (its items are the agreed ones), as for the natural sets. */
  agreed: boolean;
  items: T[];
}

const KNOWN_SIGNALS = new Set<string>(EFFORT_SIGNALS);

/** Every never-read effort batch in `dir`, in name order. */
export function neverReadEffortBatches(dir = BATCHES_DIR): NeverReadSet<LabeledCustomerMessage>[] {
  return fs
    .readdirSync(dir)
    .filter((f) => HELD_OUT_BATCH_TEXT.test(f))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.text.jsonl'.length);
      const { kept } = keptItems<{ id: string; text: string }, EffortSignalId[]>(
        dir,
        { items: new RegExp(`^${name}\\.text\\.jsonl$`), itemsSuffix: '.text.jsonl', writer: '.labels.jsonl', second: '.labels2.jsonl' },
        (line) => (Array.isArray(line.signals) ? (line.signals as string[]).filter((s) => KNOWN_SIGNALS.has(s)) as EffortSignalId[] : undefined),
        sameSignals,
      );
      return {
        name,
        agreed: kept.length > 0 && kept.every((k) => k.labels === 'agreed'),
        items: kept.map(({ item, label }) => ({ id: item.id, text: item.text, signals: label })),
      };
    });
}

/** Every never-read reply set in `dir`, in name order. */
export function neverReadReplySets(dir = UNSEEN_DIR): NeverReadSet<LabeledReply>[] {
  return fs
    .readdirSync(dir)
    .filter((f) => NEVER_READ_FILE.test(f))
    .sort()
    .map((file) => ({ name: file.replace(/\.jsonl$/, ''), agreed: true, items: readJsonl<LabeledReply>(path.join(dir, file)) }));
}
