/**
 * The learned per-signal scorer: one logistic regression per signal (lib/learn) over hashed messageFeatures and
 * which rules fired, fit by `npm run train:effort` only on text the project may ship (lib/effort/train/train.ts).
 * A signal it finds names its evidence: the words of the feature that added the most to it.
 */
import { slotOf, type LogisticModel, type SerializedModel } from '../../learn';
import { EFFORT_SIGNALS, type EffortSignalId } from '../../taxonomy';
import type { EffortSignal } from '../types';
import { isWordClassFeature, messageFeatures, type Feature } from './features';
import trained from './weights.json';

export interface SignalModels {
  /** Features are hashed into 2^bits slots. */
  bits: number;
  /** One model per signal id that has one, packed small for the content script (packModel). */
  models: Record<string, SignalModel>;
  /**
   * Per signal that has one, a judge of the rules' finds: a model fit only on messages where the signal's rules
   * fired, over the message's words and the other signals' rule hits; a rule's find of the signal stands unless the
   * message's probability is under the model's threshold (vetoRuleFinds).
   */
  vetoes?: Record<string, SignalModel>;
  /** The veto models' features are hashed into 2^vetoBits slots. */
  vetoBits?: number;
}

/** A signal's packed model and the probability from which the signal counts as found (chosen by cross-validation). */
export interface SignalModel extends PackedModel {
  threshold: number;
}

/**
 * lib/learn's SerializedModel packed for shipping: weights in hundredths as integers, slots as the gap from the
 * previous slot, each list written as one string of variable-length numbers (see writeNumbers). About a third
 * smaller than the plain form once gzipped, and strings: a bundle evaluates 20,000 numbers in array literals
 * several times slower than it reads two strings per model.
 */
export interface PackedModel {
  bias: number;
  gaps: string;
  hundredths: string;
}

/** Base-32 digits, low first; DIGITS[32 + d] marks a digit with more to come. No quote or backslash among them. */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DIGIT_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i++) DIGIT_VALUE[DIGITS.charCodeAt(i)] = i;

/** Integers as digits: zigzag (0, -1, 1, -2 … as 0, 1, 2, 3 …), then 5 bits a digit. */
function writeNumbers(values: number[]): string {
  let out = '';
  for (const v of values) {
    if (!Number.isSafeInteger(v)) throw new Error(`packModel: ${v} is not an integer`);
    let z = v >= 0 ? 2 * v : -2 * v - 1;
    while (z >= 32) {
      out += DIGITS[32 + (z % 32)];
      z = Math.floor(z / 32);
    }
    out += DIGITS[z];
  }
  return out;
}

function readNumbers(text: string): number[] {
  const out: number[] = [];
  let z = 0;
  let scale = 1;
  for (let i = 0; i < text.length; i++) {
    const d = DIGIT_VALUE[text.charCodeAt(i)]!;
    if (d < 0) throw new Error('unpackModel: not a packed number list');
    z += (d & 31) * scale;
    if (d >= 32) {
      scale *= 32;
      continue;
    }
    out.push(z % 2 === 0 ? z / 2 : -(z + 1) / 2);
    z = 0;
    scale = 1;
  }
  return out;
}

export function packModel(m: SerializedModel): PackedModel {
  return {
    bias: m.bias,
    gaps: writeNumbers(m.slots.map((slot, i) => slot - (i > 0 ? m.slots[i - 1]! : 0))),
    hundredths: writeNumbers(m.weights.map((w) => Math.round(w * 100))),
  };
}

/**
 * The packed model straight into its weight array: what lib/learn's deserializeModel(unpackModel(p)) gives (a test
 * checks), without the intermediate arrays, which cost a page's first detection milliseconds.
 */
export function loadPackedModel(p: PackedModel, bits: number): LogisticModel {
  const weights = new Float32Array(1 << bits);
  const { gaps, hundredths } = p;
  let g = 0;
  let h = 0;
  let slot = 0;
  while (g < gaps.length) {
    let z = 0;
    let shift = 0;
    let d: number;
    do {
      d = DIGIT_VALUE[gaps.charCodeAt(g++)]!;
      z |= (d & 31) << shift;
      shift += 5;
    } while (d >= 32);
    slot += (z >>> 1) ^ -(z & 1);
    z = 0;
    shift = 0;
    do {
      d = DIGIT_VALUE[hundredths.charCodeAt(h++)]!;
      z |= (d & 31) << shift;
      shift += 5;
    } while (d >= 32);
    weights[slot] = ((z >>> 1) ^ -(z & 1)) / 100;
  }
  if (h !== hundredths.length) throw new Error('loadPackedModel: gaps and weights differ in length');
  return { bits, bias: p.bias, weights };
}

export function unpackModel(p: PackedModel, bits: number): SerializedModel {
  let slot = 0;
  return { bits, bias: p.bias, slots: readNumbers(p.gaps).map((g) => (slot += g)), weights: readNumbers(p.hundredths).map((h) => h / 100) };
}

export const SHIPPED = trained as SignalModels;

/**
 * Each signal's model as a weight array, made the first time a message needs it (the JSON holds only the non-zero
 * slots): a message whose rules found a signal never needs that signal's model.
 */
const loaded = new WeakMap<Record<string, SignalModel>, Map<EffortSignalId, LogisticModel>>();
function modelsOf(packed: Record<string, SignalModel>, bits: number, wanted: (id: EffortSignalId) => boolean) {
  let models = loaded.get(packed);
  if (!models) loaded.set(packed, (models = new Map()));
  const out: { id: EffortSignalId; model: LogisticModel }[] = [];
  for (const id of EFFORT_SIGNALS) {
    if (!packed[id] || !wanted(id)) continue;
    let model = models.get(id);
    if (!model) models.set(id, (model = loadPackedModel(packed[id]!, bits)));
    out.push({ id, model });
  }
  return out;
}

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

/** Scores for every signal with a model, or only those `wanted` says. */
export function scoreMessage(features: readonly Feature[], m: SignalModels = SHIPPED, wanted: (id: EffortSignalId) => boolean = () => true): Scored[] {
  return scoreWith(features, m.models, m.bits, wanted);
}

function scoreWith(features: readonly Feature[], packed: Record<string, SignalModel>, bits: number, wanted: (id: EffortSignalId) => boolean): Scored[] {
  // Each distinct feature counts once, as in training (lib/learn's vectorize).
  const distinct = new Map<string, Feature>();
  for (const f of features) if (!distinct.has(f.key)) distinct.set(f.key, f);
  const slots = [...distinct.values()].map((f) => ({ f, slot: slotOf(f.key, bits) }));
  return modelsOf(packed, bits, wanted).map(({ id, model }) => {
    let z = model.bias;
    let best: Feature | null = null;
    let bestWeight = 0;
    for (const { f, slot } of slots) {
      const w = model.weights[slot]!;
      z += w;
      if (w > bestWeight && canBeEvidence(f.key)) {
        bestWeight = w;
        best = f;
      }
    }
    return { id, probability: 1 / (1 + Math.exp(-z)), evidence: best };
  });
}

/** The scorer's probability, with its evidence, for each modeled signal the rules did not find in `prepared`. */
export function scoreUnfound(prepared: string, ruleFound: readonly EffortSignal[], m: SignalModels, words: readonly Feature[] = messageFeatures(prepared)) {
  const have = new Set(ruleFound.map((s) => s.id));
  return scoreMessage([...words, ...ruleFeatures(ruleFound)], m, (id) => !have.has(id));
}

/** The veto model's probability of signal `id`, a signal `ruleFound` holds, from the message's `words` (messageFeatures) and the other signals' rule hits; null without a veto model. */
export function vetoProbability(words: readonly Feature[], ruleFound: readonly EffortSignal[], id: EffortSignalId, m: SignalModels): number | null {
  return m.vetoes?.[id] === undefined ? null : vetoScorer(words, ruleFound, m)(id);
}

/**
 * Each veto model's probability for one message, the words hashed once for all of them: a model's features are the
 * message's distinct words and structure (not the word classes: isWordClassFeature) and the rule hits of every signal
 * but its own, each counted once (as lib/learn's vectorize counts them in training).
 */
function vetoScorer(words: readonly Feature[], ruleFound: readonly EffortSignal[], m: SignalModels) {
  const bits = m.vetoBits ?? m.bits;
  const slots = [...new Set(words.map((f) => f.key))].filter((key) => !isWordClassFeature(key)).map((key) => slotOf(key, bits));
  const hits = [...new Set(ruleFound.map((s) => s.id))];
  return (id: EffortSignalId) => {
    const { model } = modelsOf(m.vetoes!, bits, (s) => s === id)[0]!;
    let z = model.bias;
    for (const slot of slots) z += model.weights[slot]!;
    for (const hit of hits) if (hit !== id) z += model.weights[slotOf(`rule:${hit}`, bits)]!;
    return 1 / (1 + Math.exp(-z));
  };
}

/** A rule's find that the signal's veto model dropped, with the probability and the threshold it fell under. */
export interface VetoedSignal extends EffortSignal {
  probability: number;
  threshold: number;
}

/**
 * The rules' finds judged by the veto models (SignalModels.vetoes): every find of a signal stands unless the message's
 * probability of it, read from its words and the other signals' rule hits, is under the signal's threshold; then all
 * of that signal's finds are `vetoed`. `words` is messageFeatures(prepared), made here only if a veto model is needed.
 */
export function vetoRuleFinds(
  prepared: string,
  ruleFound: readonly EffortSignal[],
  m: SignalModels = SHIPPED,
  words?: () => readonly Feature[],
): { kept: EffortSignal[]; vetoed: VetoedSignal[] } {
  const vetoes = m.vetoes;
  if (vetoes === undefined || !ruleFound.some((s) => vetoes[s.id] !== undefined)) return { kept: [...ruleFound], vetoed: [] };
  const probabilityOf = vetoScorer(words?.() ?? messageFeatures(prepared), ruleFound, m);
  const judged = new Map<EffortSignalId, { probability: number; threshold: number }>();
  for (const id of new Set(ruleFound.map((s) => s.id))) {
    if (vetoes[id] === undefined) continue;
    const probability = probabilityOf(id);
    if (probability < vetoes[id]!.threshold) judged.set(id, { probability, threshold: vetoes[id]!.threshold });
  }
  const kept: EffortSignal[] = [];
  const vetoed: VetoedSignal[] = [];
  for (const s of ruleFound) {
    const v = judged.get(s.id);
    if (v === undefined) kept.push(s);
    else vetoed.push({ ...s, ...v });
  }
  return { kept, vetoed };
}

/**
 * Signals the scorer finds that the rules did not, each pointing at its evidence words. `prepared` is the text as
 * the rules read it (folded, quoted history blanked, same offsets); matches are cut from the original `text`.
 * `ruleFound` is every rule find, those a veto dropped too: the scorer reads which rules fired, and a signal vetoed is
 * not scored again.
 */
export function learnedSignals(
  text: string,
  prepared: string,
  ruleFound: readonly EffortSignal[],
  m: SignalModels = SHIPPED,
  words?: () => readonly Feature[],
): EffortSignal[] {
  if (new Set(ruleFound.map((s) => s.id)).size === EFFORT_SIGNALS.length) return [];
  const out: EffortSignal[] = [];
  for (const s of scoreUnfound(prepared, ruleFound, m, words?.() ?? messageFeatures(prepared))) {
    if (s.probability < m.models[s.id]!.threshold || s.evidence === null) continue;
    out.push({ id: s.id, start: s.evidence.start, end: s.evidence.end, match: text.slice(s.evidence.start, s.evidence.end) });
  }
  return out;
}
