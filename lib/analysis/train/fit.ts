/** Fitting the judge: one logistic regression per category over each item's reply features. */
import { fitLogistic, probability, serializeModel, type LogisticModel, type SparseVector } from '../../learn';
import { REPLY_CATEGORIES, type ReplyCategory } from '../../taxonomy';
import { analyzeReply } from '../analyze';
import { readReply, vectorFor } from '../judge/features';
import type { JudgeModel } from '../judge/model';
import type { Item } from './dataset';

export const BITS = 15;
export const FIT = { epochs: 25, learningRate: 0.3, l2: 1e-2 } as const;

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

/** SGD seeds whose fits are averaged: one visiting order is one draw of SGD's noise, and thresholds followed it. */
export const SEEDS = [11, 12, 13] as const;

export function fitCategory(items: readonly Featured[], category: ReplyCategory): LogisticModel {
  if (items.some((i) => i.origin === 'corpus-measure')) throw new Error('refusing to fit on measuring-only corpus items');
  const examples = items.map((i) => ({ x: i.x[category], y: i.labels.includes(category), key: `${i.file}:${i.id}` }));
  return averaged(SEEDS.map((seed) => fitLogistic(examples, { bits: BITS, ...FIT, seed })));
}

/** The mean of linear models over one hashed space: itself a linear model, so the shipped judge reads it as one. */
function averaged(models: readonly LogisticModel[]): LogisticModel {
  const weights = new Float32Array(models[0]!.weights.length);
  for (const m of models) m.weights.forEach((w, j) => (weights[j]! += w / models.length));
  return { bits: models[0]!.bits, bias: models.reduce((s, m) => s + m.bias, 0) / models.length, weights };
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
