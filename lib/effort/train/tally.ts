/** Precision and recall per effort signal and micro-averaged, from (item, signal) pairs found and expected. */
import { EFFORT_SIGNALS, type EffortSignalId } from '../../taxonomy';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export type Tally = Record<EffortSignalId, Counts>;

export function emptyTally(): Tally {
  return Object.fromEntries(EFFORT_SIGNALS.map((id) => [id, { tp: 0, fp: 0, fn: 0 }])) as Tally;
}

/** Adds one item: the signal ids found and the ids expected (each counted once per item). */
export function add(tally: Tally, found: Iterable<EffortSignalId>, expected: Iterable<EffortSignalId>) {
  const f = new Set(found);
  const e = new Set(expected);
  for (const id of EFFORT_SIGNALS) {
    if (f.has(id) && e.has(id)) tally[id].tp++;
    else if (f.has(id)) tally[id].fp++;
    else if (e.has(id)) tally[id].fn++;
  }
}

export function micro(tally: Tally): Counts {
  return Object.values(tally).reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
}

/** 1 when nothing was found (or expected): an empty column must not fail a threshold. */
export const precision = (c: Counts) => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
export const recall = (c: Counts) => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));

export function table(tally: Tally) {
  const row = (c: Counts) => ({ precision: precision(c).toFixed(3), recall: recall(c).toFixed(3), tp: c.tp, fp: c.fp, fn: c.fn });
  return { ...Object.fromEntries(EFFORT_SIGNALS.map((id) => [id, row(tally[id])])), micro: row(micro(tally)) };
}
