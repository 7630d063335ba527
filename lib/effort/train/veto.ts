/**
 * A veto over the rules' finds, measured (issue 12, h60): each rule find of a signal, scored out of fold by a model
 * fit on the fold's training side, and whether a keep threshold (the find dropped when the probability is under it)
 * would remove more wrong finds than right ones. These models per signal are tried (the `subset` kinds fit also on the
 * messages written to labels, unless `naturalOnly`):
 *  - `scorer`: the learned scorer's own model for the signal (every signal modeled, rule hits among its features);
 *  - `words`: a model fit as the scorer's is, on every training message, but without any rule hit among its features
 *    (what the words alone say of the signal);
 *  - `subset`: a model fit only on the training messages where the signal's rules fired (features without the
 *    signal's own rule hit);
 *  - `subset+source`: the same, with which pattern or reader fired (rule-sources.ts) among its features, so that it
 *    can learn which rule families misfire where;
 *  - `source`: the subset's model over which sources fired and the other signals' rule hits only, no words (a
 *    rule family's record, and what it fires with);
 *  - `shipped`: the subset's model as train.ts fits and ships it (fitVetoModel: natural text and corpus only, hashed in
 *    VETO_BITS, its weights rounded and the smallest dropped), scored as the detector scores it (vetoProbability).
 * Thresholds are chosen as choose-thresholds.ts chooses the scorer's (vetoThresholds); only `shipped` ships, with the
 * thresholds train.ts's VETO_THRESHOLDS names.
 */
import { fitLogistic, probability, vectorize, type LogisticModel } from '../../learn';
import { EFFORT_SIGNALS, type EffortSignalId } from '../../taxonomy';
import { prepareText } from '../detect';
import { scoreMessage, ruleFeatures, vetoProbability, type SignalModels } from '../learned/model';
import { messageFeatures } from '../learned/features';
import type { LabeledCustomerMessage } from './corpus';
import { countFinds } from './choose-thresholds';
import { batchOf, type CvItem } from './cross-validate';
import { sourcedFinds } from './rule-sources';
import { FIT, fitSignalModel, fitVetoModel, NATURAL_FIT, VETO_BITS, writtenToLabels } from './train';

export const VETO_KINDS = ['scorer', 'words', 'subset', 'subset+source', 'source', 'shipped'] as const;
export type VetoKind = (typeof VETO_KINDS)[number];

/** One rule find of a signal in a test message (one per message and signal), with each veto model's probability. */
export interface RuleFind {
  itemId: string;
  id: EffortSignalId;
  sources: string[];
  right: boolean;
  natural: boolean;
  batch: string | null;
  p: Record<VetoKind, number>;
}

const MIN_COUNT = 2;

/**
 * A message's veto features for signal `id` (its rules fired it): words and structure (unless `words` is false),
 * other signals' rule hits, and optionally which sources fired.
 */
function vetoKeys(m: LabeledCustomerMessage, id: EffortSignalId, withSources: boolean, words = true): string[] {
  const finds = sourcedFinds(m.text);
  const keys = [...(words ? messageFeatures(prepareText(m.text)) : []), ...ruleFeatures(finds.filter((f) => f.id !== id))].map((f) => f.key);
  if (withSources) for (const f of finds) if (f.id === id) keys.push(`src:${f.source}`, `src:${f.source.startsWith('reader:') ? 'reader' : 'pattern'}`);
  return [...new Set(keys)];
}

export interface VetoModels {
  scorer: SignalModels;
  words: Map<EffortSignalId, { model: LogisticModel; keep: Set<string> }>;
  subset: Map<EffortSignalId, { model: LogisticModel; keep: Set<string> } | null>;
  sourced: Map<EffortSignalId, { model: LogisticModel; keep: Set<string> } | null>;
  sourceOnly: Map<EffortSignalId, { model: LogisticModel; keep: Set<string> } | null>;
  shipped: SignalModels;
}

const everySignal = Object.fromEntries(EFFORT_SIGNALS.map((id) => [id, 0]));

function fitSubset(train: readonly LabeledCustomerMessage[], id: EffortSignalId, withSources: boolean, naturalOnly: boolean, words = true) {
  const fired = train.filter((m) => (!naturalOnly || !writtenToLabels(m.id)) && sourcedFinds(m.text).some((f) => f.id === id));
  if (fired.length === 0 || fired.every((m) => m.signals.includes(id))) return null;
  const keys = fired.map((m) => vetoKeys(m, id, withSources, words));
  const count = new Map<string, number>();
  for (const ks of keys) for (const k of ks) count.set(k, (count.get(k) ?? 0) + 1);
  const keep = new Set([...count].filter(([, n]) => n >= MIN_COUNT).map(([k]) => k));
  const model = fitLogistic(
    fired.map((m, i) => ({ x: vectorize(keys[i]!.filter((k) => keep.has(k)), FIT.bits), y: m.signals.includes(id) })),
    { ...FIT, positiveWeight: 1 },
  );
  return { model, keep };
}

/** Per signal, a model of the words and structure alone, fit on every training message (repeat contact's as NATURAL_FIT says). */
function fitWords(train: readonly LabeledCustomerMessage[]) {
  const keys = train.map((m) => [...new Set(messageFeatures(prepareText(m.text)).map((f) => f.key))]);
  const count = new Map<string, number>();
  for (const ks of keys) for (const k of ks) count.set(k, (count.get(k) ?? 0) + 1);
  const keep = new Set([...count].filter(([, n]) => n >= MIN_COUNT).map(([k]) => k));
  const vectors = keys.map((ks) => vectorize(ks.filter((k) => keep.has(k)), FIT.bits));
  const out = new Map<EffortSignalId, { model: LogisticModel; keep: Set<string> }>();
  for (const id of EFFORT_SIGNALS) {
    const from = train.map((m, i) => ({ m, x: vectors[i]! })).filter(({ m }) => !NATURAL_FIT.has(id) || !writtenToLabels(m.id));
    out.set(id, { model: fitLogistic(from.map(({ m, x }) => ({ x, y: m.signals.includes(id) })), FIT), keep });
  }
  return out;
}

export function fitVetoModels(train: readonly LabeledCustomerMessage[], naturalOnly = false): VetoModels {
  const subset = new Map<EffortSignalId, ReturnType<typeof fitSubset>>();
  const sourced = new Map<EffortSignalId, ReturnType<typeof fitSubset>>();
  const sourceOnly = new Map<EffortSignalId, ReturnType<typeof fitSubset>>();
  for (const id of EFFORT_SIGNALS) {
    subset.set(id, fitSubset(train, id, false, naturalOnly));
    sourced.set(id, fitSubset(train, id, true, naturalOnly));
    sourceOnly.set(id, fitSubset(train, id, true, naturalOnly, false));
  }
  const shipped: SignalModels = { bits: FIT.bits, models: {}, vetoes: {}, vetoBits: VETO_BITS };
  for (const id of EFFORT_SIGNALS) shipped.vetoes![id] = { threshold: 0, ...fitVetoModel(train, id, {}) };
  return { scorer: fitSignalModel(train, everySignal, {}, NATURAL_FIT, {}), words: fitWords(train), subset, sourced, sourceOnly, shipped };
}

/** Each veto model's probability that `m` shows `id`, a signal its rules found. */
export function vetoProbabilities(m: LabeledCustomerMessage, id: EffortSignalId, models: VetoModels): Record<VetoKind, number> {
  const finds = sourcedFinds(m.text);
  const features = [...messageFeatures(prepareText(m.text)), ...ruleFeatures(finds)];
  const scorer = scoreMessage(features, models.scorer, (s) => s === id)[0]?.probability ?? 1;
  const of = (fit: { model: LogisticModel; keep: Set<string> } | null | undefined, withSources: boolean, words = true) =>
    fit ? probability(fit.model, vectorize(vetoKeys(m, id, withSources, words).filter((k) => fit.keep.has(k)), FIT.bits)) : 1;
  const words = models.words.get(id)!;
  return {
    scorer,
    words: probability(words.model, vectorize([...new Set(features.filter((f) => !f.key.startsWith('rule:')).map((f) => f.key))].filter((k) => words.keep.has(k)), FIT.bits)),
    subset: of(models.subset.get(id), false),
    'subset+source': of(models.sourced.get(id), true),
    source: of(models.sourceOnly.get(id), true, false),
    shipped: vetoProbability(messageFeatures(prepareText(m.text)), finds, id, models.shipped) ?? 1,
  };
}

/** The rule finds of the test messages, one per message and signal, scored by veto models fit on `train`. */
export function scoredRuleFinds(train: readonly LabeledCustomerMessage[], test: readonly CvItem[], naturalOnly = false): RuleFind[] {
  const models = fitVetoModels(train, naturalOnly);
  const out: RuleFind[] = [];
  for (const m of test) {
    const finds = sourcedFinds(m.text);
    for (const id of new Set(finds.map((f) => f.id)))
      out.push({
        itemId: m.id,
        id,
        sources: [...new Set(finds.filter((f) => f.id === id).map((f) => f.source))],
        right: m.signals.includes(id),
        natural: m.natural,
        batch: m.natural ? batchOf(m.id) : null,
        p: vetoProbabilities(m, id, models),
      });
  }
  return out;
}

/** 0.05, 0.10 … 0.80: a veto drops a find under it. */
export const VETO_GRID: readonly number[] = Array.from({ length: 16 }, (_, i) => Math.round(5 + 5 * i) / 100);

/** The fewest wrong-minus-right finds a veto threshold must remove, pooled, to be kept. */
export const MIN_NET_REMOVED = 2;

export interface VetoChoice {
  id: EffortSignalId;
  at: { threshold: number; right: number; wrong: number; corpusRight: number; corpusWrong: number }[];
  chosen: number | null;
}

/**
 * Per signal, the keep threshold whose vetoes remove the most wrong-minus-right finds (the lowest on a tie), if it
 * removes at least MIN_NET_REMOVED more wrong than right, at least twice as many wrong as right, more wrong than right
 * on the natural text alone and no more right than wrong on the corpus alone, and lies at or under `ceiling` (the
 * lowest probability a rule's or a check's must-match example of the signal gets: no example may be vetoed); else none.
 */
export function vetoThresholds(finds: readonly RuleFind[], kind: VetoKind, ceiling: Partial<Record<EffortSignalId, number>> = {}, grid = VETO_GRID): VetoChoice[] {
  return EFFORT_SIGNALS.map((id) => {
    const mine = finds.filter((f) => f.id === id);
    const at = grid.map((threshold) => ({ threshold, ...countFinds(mine.filter((f) => f.p[kind] < threshold)) }));
    let chosen: number | null = null;
    let best = MIN_NET_REMOVED - 1;
    for (const a of at) {
      if (a.threshold > (ceiling[id] ?? 1)) continue;
      const naturalNet = a.wrong - a.corpusWrong - (a.right - a.corpusRight);
      if (a.wrong < 2 * a.right || naturalNet <= 0 || a.corpusRight > a.corpusWrong) continue;
      if (a.wrong - a.right > best) {
        best = a.wrong - a.right;
        chosen = a.threshold;
      }
    }
    return { id, at, chosen };
  });
}

/** Right and wrong finds a choice of thresholds removes from `finds`. */
export function vetoed(finds: readonly RuleFind[], kind: VetoKind, thresholds: Partial<Record<EffortSignalId, number | null>>) {
  const out = finds.filter((f) => {
    const t = thresholds[f.id];
    return t !== null && t !== undefined && f.p[kind] < t;
  });
  return { right: out.filter((f) => f.right).length, wrong: out.filter((f) => !f.right).length, finds: out };
}
