/**
 * Chooses each signal's threshold for the learned scorer from cross-validated finds: the probabilities the scorer
 * gave, in the folds it was not fit on, to signals no rule found, each with whether the label has the signal.
 * A threshold is kept where the scorer's finds are most often right (right minus wrong, the lowest threshold on a
 * tie, since recall is what the detector lacks), when that is at least MIN_NET_RIGHT: one find is no evidence, and a
 * model costs its weights in the content script (escalation's first model, right once, would have added 8.7 KB
 * gzipped). Where it never is, the earlier single
 * threshold (`prior`, 0.7, for the five signals that had a model before the fourth pass: PRIOR) stands if the scorer
 * found nothing there, right or wrong — no evidence either way — and otherwise the signal gets no model.
 * Finds on our natural text (`natural`) count with the corpus's, but a threshold is kept only where the scorer's finds
 * on the corpus alone are right at least as often as wrong: natural text must not buy recall with corpus false finds.
 * A threshold must also lie above `floor`: the highest probability the scorer gives a rule's or a check's must-not-match example
 * of that signal (the team's examples of what the signal is not; the tests run them through the whole detector).
 */
import { EFFORT_SIGNALS, type EffortSignalId } from '../../taxonomy';

export interface ScoredFind {
  id: EffortSignalId;
  probability: number;
  /** The label has the signal. */
  right: boolean;
  /** Found on our natural text (data/batches/rules-17..20, 22..30, 33..36), not on a corpus item. */
  natural?: boolean;
}

/** 0.30, 0.35 … 0.95. */
export const THRESHOLD_GRID: readonly number[] = Array.from({ length: 14 }, (_, i) => Math.round(30 + 5 * i) / 100);

/** The signals that had a model, at 0.7, before thresholds were chosen per signal (issue 12's fourth pass). */
export const PRIOR: Readonly<Partial<Record<EffortSignalId, number>>> = { 'repeated-information': 0.7, transfer: 0.7, 'channel-switch': 0.7, 'long-wait': 0.7, unresolved: 0.7 };

/** The fewest right-minus-wrong finds a threshold must have for the signal to get a model. */
export const MIN_NET_RIGHT = 2;

export interface ThresholdChoice {
  id: EffortSignalId;
  /** Right and wrong finds at each threshold of the grid. */
  at: { threshold: number; right: number; wrong: number; corpusRight: number; corpusWrong: number }[];
  chosen: number | null;
}

/** How many of some finds are right and wrong, over all and on the corpus alone (the rest are our natural text). */
export function countFinds(finds: readonly { right: boolean; natural?: boolean }[]) {
  const right = finds.filter((f) => f.right).length;
  const corpus = finds.filter((f) => !f.natural);
  const corpusRight = corpus.filter((f) => f.right).length;
  return { right, wrong: finds.length - right, corpusRight, corpusWrong: corpus.length - corpusRight };
}

export function chooseThresholds(
  finds: readonly ScoredFind[],
  floor: Readonly<Partial<Record<EffortSignalId, number>>> = {},
  prior: Readonly<Partial<Record<EffortSignalId, number>>> = PRIOR,
  grid: readonly number[] = THRESHOLD_GRID,
): ThresholdChoice[] {
  return EFFORT_SIGNALS.map((id) => {
    const mine = finds.filter((f) => f.id === id);
    const at = grid.map((threshold) => ({ threshold, ...countFinds(mine.filter((f) => f.probability >= threshold)) }));
    let chosen: number | null = null;
    let best = MIN_NET_RIGHT - 1;
    for (const a of at) {
      if (a.threshold <= (floor[id] ?? -1) || a.corpusWrong > a.corpusRight) continue;
      if (a.right - a.wrong > best) {
        best = a.right - a.wrong;
        chosen = a.threshold;
      }
    }
    const p = prior[id];
    if (chosen === null && p !== undefined && p > (floor[id] ?? -1) && !mine.some((f) => f.probability >= p)) chosen = p;
    return { id, at, chosen };
  });
}
