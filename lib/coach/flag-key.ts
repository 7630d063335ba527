import type { Flag } from '../analysis/types';
import { foldTypography } from '../text/normalize';

export interface KeyedFlag extends Flag {
  /** Stable while the draft is edited elsewhere: rule + normalized words + which occurrence of them it is. */
  key: string;
}

export function normalizeMatch(match: string): string {
  return foldTypography(match).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Gives each flag its key; flags must be in text order, so that the n-th occurrence keeps index n. */
export function keyFlags(flags: readonly Flag[]): KeyedFlag[] {
  const seen = new Map<string, number>();
  return [...flags]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((flag) => {
      const base = `${flag.rule}|${normalizeMatch(flag.match)}`;
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      return { ...flag, key: `${base}|${n}`.slice(0, 200) };
    });
}
