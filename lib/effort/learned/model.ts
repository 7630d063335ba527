/**
 * The learned per-signal scorer: a logistic regression over messageFeatures (and which rules fired), fit by
 * `npm run train:effort` only on text the project may ship (see lib/effort/train/train.ts). A signal it finds
 * names its evidence: the words of the feature that added the most to it.
 */
import { EFFORT_SIGNALS, type EffortSignalId } from '../../taxonomy';
import type { EffortSignal } from '../types';
import { messageFeatures, type Feature } from './features';
import trained from './weights.json';

export interface SignalModel {
  labels: string[];
  bias: number[];
  weights: Record<string, number[]>;
  /** A signal is found when its probability reaches this. */
  threshold: number;
}

export const MODEL = trained as SignalModel;

/** The features the rules add: which signals they found (their spans are the rules' own evidence). */
export function ruleFeatures(found: readonly EffortSignal[]): Feature[] {
  return found.map((s) => ({ key: `rule:${s.id}`, start: s.start, end: s.end }));
}

/** Words too common to show a reader why: "you", "every". A rule's finding is the rule's evidence, not the scorer's. */
const NOT_EVIDENCE = new Set(['w:you', 'w:i', 'w:the', 'w:a', 'w:an', 'w:to', 'w:and', 'w:of', 'w:it', 'w:is', 'w:my', 'w:me', 'w:we', 'w:your', 'w:this', 'w:that', 'w:for', 'w:on', 'w:in', 'w:at', 'w:every', 'w:so', 'w:be', 'w:was', 'w:have', 'w:has', 'w:are', 'w:with', 'w:just', 'w:0', 'p:.', 'tag', 'emoji']);
const canBeEvidence = (key: string) => !key.startsWith('rule:') && !NOT_EVIDENCE.has(key);

export interface Scored {
  id: EffortSignalId;
  probability: number;
  /** The feature that added the most to the signal, for its evidence words. */
  evidence: Feature | null;
}

export function scoreMessage(features: readonly Feature[], model: SignalModel = MODEL): Scored[] {
  const L = model.labels.length;
  const z = model.bias.slice();
  const best: (Feature | null)[] = new Array(L).fill(null);
  const bestWeight = new Array<number>(L).fill(0);
  const seen = new Set<string>();
  for (const f of features) {
    if (seen.has(f.key)) continue;
    seen.add(f.key);
    const w = model.weights[f.key];
    if (!w) continue;
    for (let l = 0; l < L; l++) {
      z[l] += w[l];
      // Evidence is read from the message's words, never from a rule's finding (that is the rule's evidence).
      if (w[l] > bestWeight[l] && canBeEvidence(f.key)) {
        bestWeight[l] = w[l];
        best[l] = f;
      }
    }
  }
  return model.labels.map((id, l) => ({ id: id as EffortSignalId, probability: 1 / (1 + Math.exp(-z[l])), evidence: best[l] }));
}

/**
 * Signals the scorer finds that the rules did not, each pointing at its evidence words. `prepared` is the text as
 * the rules read it (folded, quoted history blanked, same offsets); matches are cut from the original `text`.
 */
export function learnedSignals(text: string, prepared: string, ruleFound: readonly EffortSignal[], model: SignalModel = MODEL): EffortSignal[] {
  const have = new Set(ruleFound.map((s) => s.id));
  if (have.size === EFFORT_SIGNALS.length) return [];
  const out: EffortSignal[] = [];
  for (const s of scoreMessage([...messageFeatures(prepared), ...ruleFeatures(ruleFound)], model)) {
    if (have.has(s.id) || s.probability < model.threshold || s.evidence === null) continue;
    out.push({ id: s.id, start: s.evidence.start, end: s.evidence.end, match: text.slice(s.evidence.start, s.evidence.end) });
  }
  return out;
}
