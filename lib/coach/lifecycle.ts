import type { KeyedFlag } from './flag-key';

export interface FlagChanges {
  /** Flags seen for the first time in this draft. */
  shown: KeyedFlag[];
  /** Flags of the previous analysis that are gone, with no apply or dismiss explaining it: the agent fixed them. */
  fixed: KeyedFlag[];
}

/**
 * Compares two analyses of the same draft. `everShown` holds every key already reported shown (a flag that
 * comes back after an undo is not shown twice); `explained` holds keys whose disappearance was already logged
 * (applied or dismissed).
 */
export function diffFlags(
  previous: readonly KeyedFlag[],
  next: readonly KeyedFlag[],
  everShown: ReadonlySet<string>,
  explained: ReadonlySet<string>,
): FlagChanges {
  const nextKeys = new Set(next.map((f) => f.key));
  return {
    shown: next.filter((f) => !everShown.has(f.key)),
    fixed: previous.filter((f) => !nextKeys.has(f.key) && !explained.has(f.key)),
  };
}
