/**
 * k-fold cross-validation (lib/learn's folds) of the whole detector (rules + learned scorer) on the corpus items
 * outside the frozen split and on the natural text we may fit on (data/batches/rules-17..20, 22..30, 33..36: own-nN ids): for
 * each fold, the scorer is fit on the shippable training text minus that fold (the team's messages written to their
 * labels join every fold's training side, never a test side), and measured on all of the fold's items. The corpus
 * items' figure ("CV on the rest") and the natural items' figure are kept apart.
 */
import fs from 'node:fs';
import path from 'node:path';
import { crossValidate as foldsOf, leaveOneGroupOut } from '../../learn';
import { builtInRules } from '../built-in-rules';
import { prepareText, scanSignals } from '../detect';
import { learnedSignals, vetoRuleFinds, type SignalModels } from '../learned/model';
import { customerSplit, isShippable, readJsonl, type LabeledCustomerMessage } from './corpus';
import { measure } from './measure';
import { BATCHES_DIR, ownMessages } from './own-data';
import { emptyTally, type Tally } from './tally';
import { fitSignalModel, writtenToLabels } from './train';

/** The detector with `model` for its scorer and vetoes (detect.ts's explainEffortSignals, the shipped model's). */
export function detectWith(model: SignalModels) {
  return (text: string) => {
    const found = scanSignals(text, builtInRules(), true);
    const prepared = prepareText(text);
    return [...vetoRuleFinds(prepared, found, model).kept, ...learnedSignals(text, prepared, found, model)].map((s) => s.id);
  };
}

export interface CvItem extends LabeledCustomerMessage {
  /** One of our natural-text messages (measured apart from the corpus's). */
  natural: boolean;
}

/**
 * Runs `evaluate` once per fold over the corpus rest and our natural text; `train` is already only shippable text
 * (ours, and the corpus's ibm:/cfpb: items).
 */
export function naturalFolds<R>(k: number, evaluate: (train: CvItem[], test: CvItem[]) => R): R[] {
  const own = ownMessages();
  const natural = own.filter((m) => !writtenToLabels(m.id)).map((m) => ({ ...m, natural: true }));
  const written = own.filter((m) => writtenToLabels(m.id)).map((m) => ({ ...m, natural: false }));
  const rest = customerSplit().rest.map(({ id, text, signals }) => ({ id, text, signals, natural: false }));
  const shippable = (m: CvItem) => m.natural || writtenToLabels(m.id) || isShippable(m.id);
  return foldsOf<CvItem, R>([...rest, ...natural], k, (train, test) => evaluate(train.filter(shippable), test), written);
}

/** The natural batch a message of ours came from: its id's prefix ("own-n1" in "own-n1:042", "own-c31a"). */
export const batchOf = (id: string): string => id.slice(0, id.indexOf(':'));

/** The batch files' names by id prefix ("own-n1" → "rules-17"), for reports; a prefix no file holds keeps its own name. */
export function batchNames(): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of fs.readdirSync(BATCHES_DIR).filter((f) => /^rules-\d+\.text\.jsonl$/.test(f)).sort())
    for (const m of readJsonl<{ id: string }>(path.join(BATCHES_DIR, f))) if (!writtenToLabels(m.id)) out.set(batchOf(m.id), f.slice(0, -'.text.jsonl'.length));
  return out;
}

/**
 * Grouped cross-validation: leaves one natural batch (`rules-17`..`20`, `22`..`30`, `33`..`36`: each one writer's day in one
 * register) out at a time, the scorer fit on all the rest of the shippable text (the other natural batches, the
 * team's written messages, the corpus's ibm:/cfpb: items outside the frozen split), and measures the detector on
 * the batch left out. Random folds (naturalFolds) put items of the same batch on both sides, so they reward fitting a
 * register; this measures reaching a register never fit on, as the never-read batches ask. The corpus rest is never
 * a test side here: its figure stays the random-fold one.
 */
export function batchFolds<R>(evaluate: (train: CvItem[], test: CvItem[], batch: string) => R): R[] {
  const own = ownMessages();
  const natural = own.filter((m) => !writtenToLabels(m.id)).map((m) => ({ ...m, natural: true }));
  const written = own.filter((m) => writtenToLabels(m.id)).map((m) => ({ ...m, natural: false }));
  const shippableRest = customerSplit()
    .rest.filter((m) => isShippable(m.id))
    .map(({ id, text, signals }) => ({ id, text, signals, natural: false }));
  return leaveOneGroupOut<CvItem, R>([...natural, ...written, ...shippableRest], (m) => (m.natural ? batchOf(m.id) : null), evaluate);
}

/** The grouped CV figure on our natural text, pooled over the batches left out, and per batch with its size (batchFolds). */
export function crossValidateGrouped(fit: (train: CvItem[]) => SignalModels = fitSignalModel): {
  natural: Tally;
  byBatch: Map<string, { tally: Tally; items: number }>;
} {
  const natural = emptyTally();
  const byBatch = new Map<string, { tally: Tally; items: number }>();
  batchFolds((train, test, batch) => {
    const detect = detectWith(fit(train));
    measure(detect, test, natural);
    byBatch.set(batch, { tally: measure(detect, test), items: test.length });
  });
  return { natural, byBatch };
}

/** The detector's CV figures: on the corpus rest, and on our natural text. */
export function crossValidateBoth(k = 5): { rest: Tally; natural: Tally } {
  const rest = emptyTally();
  const natural = emptyTally();
  naturalFolds(k, (train, test) => {
    const detect = detectWith(fitSignalModel(train));
    measure(detect, test.filter((m) => !m.natural), rest);
    measure(detect, test.filter((m) => m.natural), natural);
  });
  return { rest, natural };
}

/** The CV figure on the corpus rest (the folds include our natural text: crossValidateBoth). */
export const crossValidate = (k = 5): Tally => crossValidateBoth(k).rest;
