/**
 * How far a check reads from a match for the edges of its sentence: a "sentence" longer than this (a pasted log, a
 * message with no stops) is cut here, so a message with thousands of matches costs each one a window, not the
 * whole text.
 */
const REACH = 400;

/**
 * The index just after the nearest of `marks` at or before `at` (what `lastIndexOf(mark, at) + 1` gives for the
 * nearest mark), looking back at most `reach` characters before `at`.
 */
export function afterMarkBefore(lower: string, at: number, marks: string, reach = REACH): number {
  const floor = Math.max(0, at - reach);
  for (let i = Math.min(at, lower.length - 1); i >= floor; i--) if (marks.includes(lower[i]!)) return i + 1;
  return floor;
}

/**
 * The stretch of `lower` around a match between `start` and `end`, cut at the nearest of `marks` on either side
 * (sentence marks for a sentence, with ';' for a clause), within REACH: what the checks on a rule's match read.
 */
export function spanAround(lower: string, start: number, end: number, marks: string): { from: number; to: number } {
  return { from: afterMarkBefore(lower, start - 1, marks), to: markAfter(lower, end, marks) };
}

/** The index of the nearest of `marks` at or after `at`, looking on at most `reach` characters (or where the search stopped). */
export function markAfter(lower: string, at: number, marks: string, reach = REACH): number {
  const ceiling = Math.min(lower.length, at + reach);
  let to = at;
  while (to < ceiling && !marks.includes(lower[to]!)) to++;
  return to;
}
