/**
 * Finds the parts of a message that quote earlier messages: lines starting with `>`, and everything after an
 * e-mail client's attribution line ("On Mon, 3 Jun 2024, Ann <ann@x.com> wrote:", "-----Original Message-----",
 * "From: … Sent: …"). Neither the wording engine nor the effort detector reads them.
 */
export interface Range {
  start: number;
  end: number;
}

const QUOTE_LINE = /^[ \t]*>/;
// "On <anything up to 300 chars> wrote:" on one or two lines (clients wrap long attributions).
const ATTRIBUTION = /^[ \t]*On\b[^\n]{0,300}(?:\n[^\n]{0,200})?\bwrote:[ \t]*$/im;
const ORIGINAL_MESSAGE = /^[ \t]*-{2,}[ \t]*(?:Original Message|Forwarded message)[ \t]*-{2,}/im;
const OUTLOOK_HEADER = /^[ \t]*From:[^\n]{0,300}\n[ \t]*(?:Sent|Date):/im;

export function quotedRanges(text: string): Range[] {
  const ranges: Range[] = [];
  let tailStart = text.length;
  for (const re of [ATTRIBUTION, ORIGINAL_MESSAGE, OUTLOOK_HEADER]) {
    const m = re.exec(text);
    if (m && m.index < tailStart) tailStart = m.index;
  }
  let lineStart = 0;
  while (lineStart < tailStart) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 || nl > tailStart ? tailStart : nl;
    if (QUOTE_LINE.test(text.slice(lineStart, Math.min(lineEnd, lineStart + 64)))) {
      const last = ranges[ranges.length - 1];
      if (last && last.end >= lineStart - 1) last.end = lineEnd;
      else ranges.push({ start: lineStart, end: lineEnd });
    }
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  if (tailStart < text.length) ranges.push({ start: tailStart, end: text.length });
  return ranges;
}

/** The text with every quoted character replaced by a space (newlines kept), so offsets stay valid. */
export function blankQuoted(text: string): string {
  const ranges = quotedRanges(text);
  if (ranges.length === 0) return text;
  let out = '';
  let at = 0;
  for (const { start, end } of ranges) {
    out += text.slice(at, start) + text.slice(start, end).replace(/[^\n]/g, ' ');
    at = end;
  }
  return out + text.slice(at);
}
