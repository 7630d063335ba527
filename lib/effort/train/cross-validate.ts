/**
 * k-fold cross-validation (lib/learn's folds) of the whole detector (rules + learned scorer) on the corpus items
 * outside the frozen split and on the natural text we may fit on (data/batches/rules-17..20, 22..30: own-nN ids): for
 * each fold, the scorer is fit on the shippable training text minus that fold (the team's messages written to their
 * labels join every fold's training side, never a test side), and measured on all of the fold's items. The corpus
 * items' figure ("CV on the rest") and the natural items' figure are kept apart.
 */
import { crossValidate as foldsOf } from '../../learn';
import { builtInRules } from '../built-in-rules';
import { prepareText, scanSignals } from '../detect';
import { learnedSignals, type SignalModels } from '../learned/model';
import { customerSplit, isShippable, type LabeledCustomerMessage } from './corpus';
import { measure } from './measure';
import { ownMessages } from './own-data';
import { emptyTally, type Tally } from './tally';
import { fitSignalModel, writtenToLabels } from './train';

export function detectWith(model: SignalModels) {
  return (text: string) => {
    const found = scanSignals(text, builtInRules(), true);
    return [...found, ...learnedSignals(text, prepareText(text), found, model)].map((s) => s.id);
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
