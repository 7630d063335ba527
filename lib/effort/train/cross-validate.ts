/**
 * k-fold cross-validation (lib/learn's folds) of the whole detector (rules + learned scorer) on the corpus items
 * outside the frozen split: for each fold, the scorer is fit on the shippable training text minus that fold, and
 * measured on all of the fold's items.
 */
import { crossValidate as foldsOf } from '../../learn';
import { builtInRules } from '../built-in-rules';
import { prepareText, scanSignals } from '../detect';
import { learnedSignals, type SignalModels } from '../learned/model';
import { customerSplit, isShippable } from './corpus';
import { measure } from './measure';
import { ownMessages } from './own-data';
import { emptyTally, type Tally } from './tally';
import { fitSignalModel } from './train';

export function detectWith(model: SignalModels) {
  return (text: string) => {
    const found = scanSignals(text, builtInRules(), true);
    return [...found, ...learnedSignals(text, prepareText(text), found, model)].map((s) => s.id);
  };
}

export function crossValidate(k = 5): Tally {
  const tally = emptyTally();
  const own = ownMessages();
  const ours = new Set(own.map((m) => m.id));
  const shippable = (m: { id: string }) => ours.has(m.id) || isShippable(m.id);
  foldsOf(customerSplit().rest, k, (train, test) => measure(detectWith(fitSignalModel(train.filter(shippable))), test, tally), own);
  return tally;
}
