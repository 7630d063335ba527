/**
 * The stretch of `lower` around a match between `start` and `end`, cut at the nearest of `marks` on either side
 * (sentence marks for a sentence, with ';' for a clause): what the checks on a rule's match read.
 */
export function spanAround(lower: string, start: number, end: number, marks: string): { from: number; to: number } {
  let from = -1;
  for (const mark of marks) from = Math.max(from, lower.lastIndexOf(mark, start - 1));
  let to = end;
  while (to < lower.length && !marks.includes(lower[to]!)) to++;
  return { from: from + 1, to };
}
