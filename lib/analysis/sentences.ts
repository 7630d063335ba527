/**
 * Splits text into sentence-sized units in one linear pass. A unit ends at . ! ? followed by a space (or a
 * closing quote/bracket and a space), or at a line break; a unit longer than MAX_UNIT characters is cut — at its
 * last space if there is one — so that no regex ever runs over a giant unit of hostile text.
 */
export interface Sentences {
  starts: Int32Array;
  ends: Int32Array;
  count: number;
}

const MAX_UNIT = 400;
const BOUNDARY = /[.!?]+["')\]]*(?=\s|$)|\n/g;

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

export function splitSentences(text: string): Sentences {
  const starts: number[] = [];
  const ends: number[] = [];
  const push = (from: number, to: number) => {
    while (from < to && isSpace(text.charCodeAt(from))) from++;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
    if (to > from) {
      starts.push(from);
      ends.push(to);
    }
  };
  const unit = (from: number, to: number) => {
    while (to - from > MAX_UNIT) {
      // The last space in the second half of the unit (a bounded scan: hostile text may have no spaces at all).
      let cut = from + MAX_UNIT;
      while (cut > from + MAX_UNIT / 2 && text.charCodeAt(cut) !== 32) cut--;
      if (cut === from + MAX_UNIT / 2) cut = from + MAX_UNIT;
      if (isLowSurrogate(text.charCodeAt(cut))) cut--; // never split a surrogate pair
      push(from, cut);
      from = cut;
    }
    push(from, to);
  };
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const end = m.index + m[0].length;
    unit(start, m[0] === '\n' ? m.index : end);
    start = end;
  }
  unit(start, text.length);
  return { starts: Int32Array.from(starts), ends: Int32Array.from(ends), count: starts.length };
}

/** Index of the unit containing `pos` (or the last unit starting before it), -1 if none. */
export function sentenceAt(s: Sentences, pos: number): number {
  let lo = 0;
  let hi = s.count - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s.starts[mid]! <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
