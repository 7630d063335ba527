/**
 * What of a reply the coaching log may keep: the flagged words with a few words around them, with e-mail
 * addresses, phone, card and account numbers masked.
 */

export const SNIPPET_WORDS_EACH_SIDE = 6;
export const SNIPPET_MAX_CHARS = 160;

interface Range {
  start: number;
  end: number;
  label: string;
}

const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/g;
/** Digits with single spaces, dots, dashes, slashes or parentheses between them: phones, cards, accounts. */
const DIGIT_RUN = /\+?\(?\d(?:[ .\-/()]?\d)+\)?/g;
/** Fewer digits than this stay: order lines, quantities, times and years are useful context. */
const MIN_MASKED_DIGITS = 6;

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** The ranges of `text` that must never be stored, with the label that replaces each. */
export function sensitiveRanges(text: string): Range[] {
  const ranges: Range[] = [];
  for (const m of text.matchAll(EMAIL)) ranges.push({ start: m.index, end: m.index + m[0].length, label: '[email]' });
  for (const m of text.matchAll(IBAN)) ranges.push({ start: m.index, end: m.index + m[0].length, label: '[account]' });
  for (const m of text.matchAll(DIGIT_RUN)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length < MIN_MASKED_DIGITS) continue;
    const label =
      digits.length >= 13 && digits.length <= 19 && luhn(digits) ? '[card]' : /^[+(]/.test(m[0]) || /[ .\-()]/.test(m[0]) ? '[phone]' : '[number]';
    ranges.push({ start: m.index, end: m.index + m[0].length, label });
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start < last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/** `text[from, to)` with every sensitive range that touches it replaced by its label, whitespace collapsed. */
function maskedSlice(text: string, from: number, to: number, ranges: Range[]): string {
  let out = '';
  let at = from;
  for (const r of ranges) {
    if (r.end <= from || r.start >= to) continue;
    out += text.slice(at, Math.max(at, r.start)) + r.label;
    at = Math.min(to, r.end);
  }
  return (out + text.slice(at, to)).replace(/\s+/g, ' ');
}

export function maskSensitive(text: string): string {
  return maskedSlice(text, 0, text.length, sensitiveRanges(text)).trim();
}

/** Start of the `n`-th word before `i` (or 0), end of the `n`-th word after `j` (or the end). */
function wordWindow(text: string, i: number, j: number, n: number): { from: number; to: number } {
  let from = i;
  for (let words = 0; words < n && from > 0; words++) {
    while (from > 0 && /\s/.test(text[from - 1])) from--;
    while (from > 0 && !/\s/.test(text[from - 1])) from--;
  }
  let to = j;
  for (let words = 0; words < n && to < text.length; words++) {
    while (to < text.length && /\s/.test(text[to])) to++;
    while (to < text.length && !/\s/.test(text[to])) to++;
  }
  return { from, to };
}

export interface Snippet {
  /** The flagged words in context, masked, ≤ SNIPPET_MAX_CHARS, '…' where cut. */
  snippet: string;
  /** The flagged words alone, masked. */
  words: string;
}

/**
 * Masks the whole context first (so that a number cut by the window is still recognised), then keeps at most
 * `wordsEachSide` words around the flagged range, fewer while the result is longer than SNIPPET_MAX_CHARS.
 */
export function makeSnippet(text: string, start: number, end: number, wordsEachSide = SNIPPET_WORDS_EACH_SIDE): Snippet {
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(start, Math.min(end, text.length));
  const ranges = sensitiveRanges(text);
  const words = maskedSlice(text, start, end, ranges).trim();
  for (let n = wordsEachSide; ; n--) {
    const { from, to } = wordWindow(text, start, end, n);
    const body = maskedSlice(text, from, to, ranges).trim();
    const snippet = `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
    if (snippet.length <= SNIPPET_MAX_CHARS) return { snippet, words };
    if (n === 0) return { snippet: `${body.slice(0, SNIPPET_MAX_CHARS - 1)}…`, words: words.slice(0, SNIPPET_MAX_CHARS) };
  }
}

/**
 * The part of a flag's context the snippet needs: its word window plus one word (so the worker still knows
 * where to put '…'), widened so that it never cuts an e-mail address or a number that must be recognised and
 * masked.
 */
export function trimContext(context: { text: string; start: number; end: number }): { text: string; start: number; end: number } {
  let { from, to } = wordWindow(context.text, context.start, context.end, SNIPPET_WORDS_EACH_SIDE + 1);
  for (const r of sensitiveRanges(context.text)) {
    if (r.end > from && r.start < to) {
      from = Math.min(from, r.start);
      to = Math.max(to, r.end);
    }
  }
  return { text: context.text.slice(from, to), start: context.start - from, end: context.end - from };
}

/**
 * What a content script may send and keep in its outbox of a flag's context: masked, then trimmed to what the
 * snippet needs, so that nothing unmasked is ever written anywhere. Words are counted on the masked text (a
 * masked card number is one word), as the worker counts them; masking is idempotent, so the worker's own
 * masking changes nothing.
 */
export function maskContext(context: { text: string; start: number; end: number }): { text: string; start: number; end: number } {
  const { text, start, end } = context;
  const ranges = sensitiveRanges(text);
  const before = maskedSlice(text, 0, start, ranges);
  const words = maskedSlice(text, start, end, ranges);
  const masked = before + words + maskedSlice(text, end, text.length, ranges);
  return trimContext({ text: masked, start: before.length, end: before.length + words.length });
}
