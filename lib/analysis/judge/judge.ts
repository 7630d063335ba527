/**
 * The learned whole-reply judge: reads a reply (lib/language), scores each category's probability with its
 * shipped weights, and can say which sentence carries the problem. The engine (analyze.ts) asks it whether a
 * reply-level problem exists; the rules still find the words.
 */
import { deserializeModel, probability, type LogisticModel } from '../../learn';
import { REPLY_CATEGORIES, type ReplyCategory } from '../../taxonomy';
import { readReply, sentenceAt, sentenceFeatures, vectorFor } from './features';
import { JudgeModelSchema, type JudgeModel } from './model';
import type { Sentence } from '../../language';
import { applyJudgement, type JudgedCandidate } from './apply';

export interface JudgedReply {
  probability: Readonly<Record<ReplyCategory, number>>;
  /** The sentence most likely to carry `category` on its own (its index and full reading), or null when there is none. */
  carrier(category: ReplyCategory): { index: number; sentence: Sentence } | null;
}

export interface ReplyJudge {
  /** The engine's candidates after the judge: rule flags of an unlikely category dropped, likely ones added. */
  decide<C extends JudgedCandidate>(text: string, candidates: readonly C[], disabled: ReadonlySet<string>): (C | JudgedCandidate)[];
  /** `found`: the rule flags of the reply (the judge weighs them with everything else). */
  judge(text: string, found: readonly { rule: string; category: string }[]): JudgedReply;
  keep(category: ReplyCategory): number;
  add(category: ReplyCategory): number;
}

export function createJudge(raw: unknown): ReplyJudge {
  const model: JudgeModel = JudgeModelSchema.parse(raw);
  const fitted = new Map<ReplyCategory, LogisticModel>();
  for (const c of REPLY_CATEGORIES) {
    const m = model.categories[c];
    if (m) fitted.set(c, deserializeModel({ bits: model.bits, bias: m.bias, slots: m.slots, weights: m.weights }));
  }
  const p = (c: ReplyCategory, features: readonly string[]) => {
    const m = fitted.get(c);
    return m ? probability(m, vectorFor(features, c, model.bits)) : 0;
  };
  const self: ReplyJudge = {
    decide: (text, candidates, disabled) => applyJudgement(text, candidates, self, disabled),
    keep: (c) => model.categories[c]?.keep ?? 0,
    add: (c) => model.categories[c]?.add ?? Infinity,
    judge(text, found) {
      const reading = readReply(text, found);
      const prob = Object.fromEntries(REPLY_CATEGORIES.map((c) => [c, p(c, reading.features)])) as Record<ReplyCategory, number>;
      return {
        probability: prob,
        carrier(category) {
          let best = -1;
          let bestP = -1;
          reading.sentences.forEach((_, i) => {
            const q = p(category, sentenceFeatures(reading, i));
            if (q > bestP) (best = i), (bestP = q);
          });
          const sentence = sentenceAt(reading, best);
          return sentence ? { index: best, sentence } : null;
        },
      };
    },
  };
  return self;
}
