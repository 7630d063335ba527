/**
 * The project's shippable training text, which the word-class table's vocabulary is read from (build.ts): the customer
 * messages the effort scorer is fit on (ours and the corpus's ibm:/cfpb: items outside the frozen split:
 * lib/effort/train/train.ts `shippableTraining`) and the replies the wording judge is fit on (ours, and the corpus's
 * ibm:/cfpb: replies outside the frozen split: lib/analysis/train/dataset.ts). Never a held-out, never-read or `read-NN`
 * set, never the frozen split, never a corpus item that may not ship: the same texts the shipped weights are fit on.
 */
import { corpusRest, ownItems } from '../../analysis/train/dataset';
import { corpusMissing } from '../../effort/train/corpus';
import { shippableTraining } from '../../effort/train/train';

/** The texts; throws when the corpus is missing (its ibm:/cfpb: items are part of them, so the table would differ). */
export function shippableTexts(): string[] {
  const missing = corpusMissing();
  if (missing) throw new Error(`word classes: ${missing}`);
  const replies = [...ownItems(), ...(corpusRest() ?? []).filter((r) => r.origin === 'corpus-shippable')];
  return [...shippableTraining().map((m) => m.text), ...replies.map((r) => r.text)];
}
