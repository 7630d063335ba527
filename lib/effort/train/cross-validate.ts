/**
 * k-fold cross-validation of the whole detector (rules + learned scorer) on the corpus items outside the frozen
 * split: for each fold, the scorer is fit on the shippable training text minus that fold, and measured on the fold.
 */
import { builtInRules } from '../compile';
import { prepareText, scanSignals } from '../detect';
import { learnedSignals, type SignalModel } from '../learned/model';
import { customerSplit, isShippable } from './corpus';
import { foldOf } from './frozen-split';
import { measure } from './measure';
import { ownMessages } from './own-data';
import { emptyTally, type Tally } from './tally';
import { fitSignalModel } from './train';

export function detectWith(model: SignalModel) {
  return (text: string) => {
    const found = scanSignals(text, builtInRules(), true);
    return [...found, ...learnedSignals(text, prepareText(text), found, model)].map((s) => s.id);
  };
}

export function crossValidate(k = 5): Tally {
  const { rest } = customerSplit();
  const own = ownMessages();
  const tally = emptyTally();
  for (let f = 0; f < k; f++) {
    const model = fitSignalModel([...own, ...rest.filter((m) => isShippable(m.id) && foldOf(m.id, k) !== f)]);
    measure(detectWith(model), rest.filter((m) => foldOf(m.id, k) === f), tally);
  }
  return tally;
}
