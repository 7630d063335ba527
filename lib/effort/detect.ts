/**
 * Finds the effort signals one customer message shows. Pure: no DOM, no browser API.
 *
 * The text is folded (curly quotes → straight, one unit for one) and its quoted history blanked (offsets kept),
 * so every offset found is valid in the original text and nothing the customer quotes from us counts.
 */
import { blankQuoted } from '../text/quotes';
import { foldTypography } from '../text/normalize';
import { builtInRules, child, type CompiledRules, type PatternGroup, type TrieNode } from './compile';
import type { EffortSignal } from './types';

/** How far around a declared trigger a windowed pattern's match may reach. */
const WINDOW = 200;
/** How far a window edge moves to reach a space, so that it never cuts a word in two. */
const EDGE_SLACK = 48;
/** How much of the sentence around a match an `unless` exception reads. */
const SENTENCE_BEFORE = 160;
const SENTENCE_AFTER = 60;

export function detectEffortSignals(text: string): EffortSignal[] {
  return scanSignals(text, builtInRules(), true);
}

/**
 * `fast: false` runs every pattern group over the whole text: the slow reference that tests compare the fast
 * path (trie of literal prefixes, sticky expressions) against.
 */
export function scanSignals(text: string, compiled: CompiledRules, fast: boolean): EffortSignal[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const prepared = blankQuoted(foldTypography(text));
  const found: EffortSignal[] = [];
  const emit = (group: PatternGroup, start: number, end: number) => {
    if (group.unless && group.unless.test(sentenceAround(prepared, start, end))) return;
    found.push({ id: group.id, start, end, match: text.slice(start, end) });
  };
  if (fast) scanFast(prepared, compiled, emit);
  else for (const g of compiled.groups) searchGlobal(prepared, g, 0, prepared.length, emit);
  return dedupe(found);
}

type Emit = (group: PatternGroup, start: number, end: number) => void;


function scanFast(text: string, compiled: CompiledRules, emit: Emit) {
  const { trie, groups } = compiled;
  const lastEnd = new Array<number>(groups.length).fill(-1);
  const windows = new Map<PatternGroup, [number, number][]>();
  const n = text.length;
  const reached = (at: TrieNode, p: number, prefixEnd: number) => {
    for (const a of at.anchored) {
      const g = a.group;
      if (p < lastEnd[g.index]) continue;
      // test() then lastIndex: a sticky expression leaves lastIndex at the match's end, with no result array.
      const re = a.sticky;
      re.lastIndex = p;
      if (!re.test(text) || re.lastIndex === p) continue;
      lastEnd[g.index] = re.lastIndex;
      emit(g, p, re.lastIndex);
    }
    for (const g of at.windowed) {
      const list = windows.get(g) ?? [];
      windows.set(g, list);
      const from = Math.max(0, p - WINDOW);
      const to = Math.min(n, prefixEnd + WINDOW);
      const last = list[list.length - 1];
      if (last && from <= last[1]) last[1] = Math.max(last[1], to);
      else list.push([from, to]);
    }
  };
  // Lower-cased once, natively; ASCII only if lower-casing would change the length (a few Unicode letters).
  let lowered = text.toLowerCase();
  if (lowered.length !== n) lowered = text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
  const root = trie.ascii!;
  let previousIsWord = false;
  for (let p = 0; p < n; p++) {
    const c = lowered.charCodeAt(p);
    const isWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
    // A prefix starting with a word character counts only at a word start; one starting with a symbol anywhere.
    if (isWord && previousIsWord) continue;
    previousIsWord = isWord;
    let at = c < 128 ? root[c] : child(trie, c);
    let q = p + 1;
    while (at !== undefined) {
      if (at.ends) reached(at, p, q);
      if (q >= n) break;
      const u = lowered.charCodeAt(q++);
      if (at.ascii !== null && u < 128) at = at.ascii[u];
      else {
        const keys = at.keys;
        let k = 0;
        while (k < keys.length && keys[k] !== u) k++;
        at = k < keys.length ? at.kids[k] : undefined;
      }
    }
  }
  for (const [g, list] of windows) for (const [from, to] of list) searchGlobal(text, g, toSpace(text, from, -1), toSpace(text, to, 1), emit);
}

function searchGlobal(text: string, g: PatternGroup, from: number, to: number, emit: Emit) {
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  const re = g.global;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    emit(g, from + m.index, from + m.index + m[0].length);
  }
}

function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  const minA = Math.max(0, start - SENTENCE_BEFORE);
  while (a > minA && !isSentenceEnd(text.charCodeAt(a - 1))) a--;
  let b = end;
  const maxB = Math.min(text.length, end + SENTENCE_AFTER);
  while (b < maxB && !isSentenceEnd(text.charCodeAt(b))) b++;
  return text.slice(a, b);
}

// . ! ? and newline
const isSentenceEnd = (c: number) => c === 46 || c === 33 || c === 63 || c === 10;
const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;

/** Moves a window edge outwards to the nearest space (or the text's end), at most EDGE_SLACK characters. */
function toSpace(text: string, at: number, step: 1 | -1): number {
  let i = at;
  for (let k = 0; k < EDGE_SLACK; k++) {
    if (i <= 0) return 0;
    if (i >= text.length) return text.length;
    if (isSpace(text.charCodeAt(step === 1 ? i : i - 1))) return i;
    i += step;
  }
  return i;
}

/** One signal per id and span: overlapping matches of the same id keep the earliest, longest one. */
function dedupe(found: EffortSignal[]): EffortSignal[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const lastEnd = new Map<string, number>();
  const out: EffortSignal[] = [];
  for (const s of found) {
    if ((lastEnd.get(s.id) ?? -1) > s.start) continue;
    lastEnd.set(s.id, s.end);
    out.push(s);
  }
  return out;
}
