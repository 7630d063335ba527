/**
 * k-fold cross-validation: each item's fold is fixed by a hash of its id, so folds are the same on every run and
 * every machine, and an added item never reshuffles the others.
 */
import { stableHash } from './split';

export function foldOf(id: string | number, k: number, salt = 'cv'): number {
  return stableHash(`${salt}:${id}`) % k;
}

/**
 * Runs `evaluate(train, test)` once per fold (`test` = the fold's items, `train` = the others) and returns each
 * fold's result. `trainOnly` items (e.g. our own text) join every training side and never a test side.
 */
export function crossValidate<T extends { id: string | number }, R>(
  items: readonly T[],
  k: number,
  evaluate: (train: T[], test: T[], fold: number) => R,
  trainOnly: readonly T[] = [],
): R[] {
  if (k < 2) throw new Error('cross-validation needs k ≥ 2');
  const folds = items.map((i) => foldOf(i.id, k));
  const out: R[] = [];
  for (let f = 0; f < k; f++) {
    const test = items.filter((_, i) => folds[i] === f);
    const train = [...items.filter((_, i) => folds[i] !== f), ...trainOnly];
    out.push(evaluate(train, test, f));
  }
  return out;
}

/**
 * Leave-one-group-out cross-validation: runs `evaluate(train, test, group)` once per group `groupOf` gives (`test` =
 * that group's items, `train` = every other item), in the groups' sorted order. Items whose group is null join every
 * training side and never a test side. Where items of one group share a writer or a register, random folds put the
 * same writer on both sides; this measures how a fit reaches a group it never saw.
 */
export function leaveOneGroupOut<T, R>(
  items: readonly T[],
  groupOf: (item: T) => string | null,
  evaluate: (train: T[], test: T[], group: string) => R,
): R[] {
  const groups = items.map(groupOf);
  const names = [...new Set(groups.filter((g): g is string => g !== null))].sort();
  if (names.length < 2) throw new Error('leave-one-group-out needs at least two groups');
  return names.map((name) =>
    evaluate(
      items.filter((_, i) => groups[i] !== name),
      items.filter((_, i) => groups[i] === name),
      name,
    ),
  );
}
