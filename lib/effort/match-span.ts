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

/** Who speaks just before an opening quote when it is the customer quoting their own words: 'I said "…"'. */
const OWN_WORDS = /\b(?:i|we) (?:said|told (?:him|her|them|you|the \w+)|wrote|asked|typed|replied|answered|explained|put)[,:]?\s*$/;

/**
 * Whether a match between `start` and `end` sits inside a double-quoted stretch of its line (at least three words)
 * that the customer quotes from someone else: "a letter saying the bank \"has decided to end our banking
 * relationship\"", "The support only write \"we understand your frustration.\"" (not: 'I told them "I want a
 * manager"', a scare-quoted word, an unclosed quote, a quote with no saying word before it, a quote thrown back as a
 * question). Reads at most REACH characters either side.
 */
export function isQuotedFromOthers(lower: string, start: number, end: number): boolean {
  const lineStart = afterMarkBefore(lower, start - 1, '\n');
  let open = -1;
  let count = 0;
  for (let i = lineStart; i < start; i++) if (lower[i] === '"') { count++; open = i; }
  if (count % 2 === 0) return false;
  const close = markAfter(lower, end, '"\n');
  if (lower[close] !== '"') return false;
  if (lower.slice(open + 1, close).trim().split(/\s+/).length < 3) return false;
  const lead = lower.slice(Math.max(lineStart, open - 40), open);
  // quoted as said by someone: a saying word just before the quote (a quote thrown back as a question is the
  // customer's own exasperation: 'Why does every answer start with "I understand your frustration"?')
  return SAYING.test(lead) && !OWN_WORDS.test(lead) && lower[close + 1] !== '?';
}

/** A saying word before a quote: 'a letter saying the bank "…"', 'support only write "…"', 'the agent said: "…"'. */
const SAYING = /\b(?:say|says|said|saying|write|writes|wrote|writing|reply|replies|replied|respond\w*|tell|tells|told|telling|text|message|letter|notice|email|e-mail|statement|response|answer\w*|stat(?:e|es|ed|ing)|claim\w*|read|reads|like|goes|went|show\w*)\b[^"]{0,30}$/;
