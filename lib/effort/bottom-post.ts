/**
 * A reply written under the mail it answers (issue 12, h43): "On Wed, 8 May, Mia wrote:\n> …\n\nNobody has reached
 * out." The shared quote finder (../text/quotes.ts) blanks everything after an attribution line, as it must for a
 * reply written above the quote; but when the quoted lines are all marked with ">", the lines after the last of them
 * that are not marked are the customer's own, and the effort detector reads them. Only the detector does: the wording
 * engine and its judge read agents' replies, and keep the shared reading.
 */
const ATTRIBUTION = /^[ \t]*On\b[^\n]{0,300}(?:\n[^\n]{0,200})?\bwrote:[ \t]*$/im;
const QUOTE_LINE = /^[ \t]*>/;
/** Another quoted message further down ends what is restored: an attribution, an Outlook header, "Original Message". */
const NEXT_QUOTE = /^[ \t]*(?:On\b[^\n]{0,300}\bwrote:[ \t]*$|-{2,}[ \t]*(?:Original Message|Forwarded message)|From:[^\n]{0,300}\n[ \t]*(?:Sent|Date):)/im;

/** `blanked` (the text with its quoted parts blanked) with the unmarked lines after a ">"-marked quote given back. */
export function restoreBottomPost(text: string, blanked: string): string {
  if (blanked === text || !text.includes('>')) return blanked;
  const m = ATTRIBUTION.exec(text);
  if (m === null) return blanked;
  const tailStart = m.index + m[0].length;
  // the quote must be marked: its first line with words starts with ">"
  const rest = text.slice(tailStart);
  const first = /\S[^\n]*/.exec(rest);
  if (first === null || !QUOTE_LINE.test(first[0])) return blanked;
  const next = NEXT_QUOTE.exec(rest);
  const end = next === null ? text.length : tailStart + next.index;
  let out = blanked.slice(0, tailStart);
  let at = tailStart;
  let seenQuote = false;
  while (at < end) {
    const nl = text.indexOf('\n', at);
    const lineEnd = nl === -1 || nl > end ? end : nl;
    const line = text.slice(at, lineEnd);
    if (QUOTE_LINE.test(line)) seenQuote = true;
    out += seenQuote && !QUOTE_LINE.test(line) ? line : blanked.slice(at, lineEnd);
    if (lineEnd < end) out += blanked[lineEnd];
    at = lineEnd + 1;
  }
  return out.slice(0, end) + blanked.slice(end);
}
