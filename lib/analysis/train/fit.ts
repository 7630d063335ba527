/** Fitting the judge: one logistic regression per category over each item's reply features. */
import { fitLogistic, probability, serializeModel, type LogisticModel, type SparseVector } from '../../learn';
import { REPLY_CATEGORIES, type ReplyCategory } from '../../taxonomy';
import { analyzeReply } from '../analyze';
import { readReply, vectorFor } from '../judge/features';
import type { JudgeModel } from '../judge/model';
import type { Item } from './dataset';

export const BITS = 15;
export const FIT = { epochs: 25, learningRate: 0.3, l2: 1e-2, seed: 11 } as const;

export interface Featured extends Item {
  /** What each category's model reads of the item (see READS_WORDS). */
  x: Record<ReplyCategory, SparseVector>;
}

/** Each item's features, with the rules' flags on it as the engine will pass them. */
export function featurize(items: readonly Item[]): Featured[] {
  return items.map((i) => {
    const features = readReply(i.text, analyzeReply(i.text).flags).features;
    const x = Object.fromEntries(REPLY_CATEGORIES.map((c) => [c, vectorFor(features, c, BITS)])) as Record<ReplyCategory, SparseVector>;
    return { ...i, x };
  });
}

export function fitCategory(items: readonly Featured[], category: ReplyCategory): LogisticModel {
  if (items.some((i) => i.origin === 'corpus-measure')) throw new Error('refusing to fit on measuring-only corpus items');
  return fitLogistic(
    items.map((i) => ({ x: i.x[category], y: i.labels.includes(category) })),
    { bits: BITS, ...FIT },
  );
}

export function fitAll(items: readonly Featured[]): Record<ReplyCategory, LogisticModel> {
  return Object.fromEntries(REPLY_CATEGORIES.map((c) => [c, fitCategory(items, c)])) as Record<ReplyCategory, LogisticModel>;
}

export const predict = (m: LogisticModel, i: Featured, c: ReplyCategory) => probability(m, i.x[c]);

export function toShipped(models: Record<ReplyCategory, LogisticModel>, thresholds: Record<ReplyCategory, { keep: number; add: number }>): JudgeModel {
  const categories = Object.fromEntries(
    REPLY_CATEGORIES.map((c) => {
      const s = serializeModel(models[c]);
      return [c, { bias: s.bias, slots: s.slots, weights: s.weights, ...thresholds[c] }];
    }),
  ) as JudgeModel['categories'];
  return { version: 1, bits: BITS, categories };
}
