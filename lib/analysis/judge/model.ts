/**
 * The learned judge's shipped form: one logistic regression per category over hashed reply features, and the
 * thresholds that turn its probability into decisions. Built by `npm run train` (lib/analysis/train/), never by hand.
 */
import * as z from 'zod/mini';
import { REPLY_CATEGORIES, type ReplyCategory } from '../../taxonomy';

const CategoryModelSchema = z.object({
  bias: z.number(),
  slots: z.array(z.number()),
  weights: z.array(z.number()),
  /** At or above: a rule's flag of this category stands; below, the reply-level judge overrules it. */
  keep: z.number(),
  /** At or above with no rule flag: the judge flags the sentence that carries the problem on its own. */
  add: z.number(),
});

export const JudgeModelSchema = z.object({
  version: z.literal(1),
  bits: z.number(),
  categories: z.record(z.enum(REPLY_CATEGORIES), CategoryModelSchema),
});
export type JudgeModel = z.infer<typeof JudgeModelSchema>;
export type CategoryModel = z.infer<typeof CategoryModelSchema>;
export type { ReplyCategory };
