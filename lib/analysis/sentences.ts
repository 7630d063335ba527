/**
 * Splits text into sentence-sized units in one linear pass. A unit ends at . ! ? followed by a space (or a
 * closing quote/bracket and a space), at a line break, or — so that no regex ever runs over a giant unit of
 * hostile text — after MAX_UNIT characters, at the last space if there is one.
 */
export interface Sentences {
  starts: Int32Array;
  ends: Int32Array;
  count: number;
}

const MAX_UNIT = 400;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;
}
const isTerminator = (c: number) => c === 46 /* . */ || c === 33 /* ! */ || c === 63; /* ? */
const isCloser = (c: number) => c === 34 || c === 39 || c === 41 || c === 93; /* " ' ) ] */

export function splitSentences(text: string): Sentences {
  const n = text.length;
  const starts: number[] = [];
  const ends: number[] = [];
  let start = 0;
  let lastSpace = -1;
  const push = (end: number) => {
    let s = start;
    while (s < end && isSpace(text.charCodeAt(s))) s++;
    let e = end;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) {
      starts.push(s);
      ends.push(e);
    }
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      push(i);
      start = i + 1;
      lastSpace = -1;
      continue;
    }
    if (isSpace(c)) lastSpace = i;
    if (isTerminator(c)) {
      let j = i + 1;
      while (j < n && (isTerminator(text.charCodeAt(j)) || isCloser(text.charCodeAt(j)))) j++;
      if (j >= n || isSpace(text.charCodeAt(j))) {
        push(j);
        start = j;
        i = j - 1;
        lastSpace = -1;
        continue;
      }
    }
    if (i - start >= MAX_UNIT) {
      // Cut at the last space when it leaves a reasonable unit, else hard-cut (but never inside a surrogate pair).
      let cut = lastSpace > start + MAX_UNIT / 2 ? lastSpace : i;
      const cc = text.charCodeAt(cut);
      if (cc >= 0xdc00 && cc <= 0xdfff) cut--;
      push(cut);
      start = cut;
      lastSpace = -1;
    }
  }
  push(n);
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
