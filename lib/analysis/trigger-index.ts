/**
 * Which rules can match which sentences, found by one scan over the text with a character automaton built from
 * the rules' triggers — no regex (one alternation of every trigger costs V8 tens of milliseconds to compile on its
 * first run) and no per-word string allocation.
 *
 * Triggers match as the old trigger regex did: on a word boundary, ending before a non-letter, so "can" fires in
 * "can't" and "read" in "re-read"; `word*` fires on any word starting so; a phrase's words are separated by
 * whitespace only.
 */
interface Phrase {
  rest: string[];
  rules: number[];
}

export interface TriggerIndex {
  /** Transitions: state * SYMBOLS + symbol → next state, 0 = none (state 0 is the root, never re-entered). */
  next: Uint16Array;
  /** Per state: the rules of the single-word trigger ending there, and the phrases it starts. */
  words: ({ rules: number[]; phrases: Phrase[] } | undefined)[];
  /** Per state: the rules of the word-start trigger ending there. */
  prefixes: (number[] | undefined)[];
}

const SYMBOLS = 29;
/** Per ASCII code: the automaton symbol (a-z → 0-25, ' → 26, - → 27, & → 28), or -1. */
const SYMBOL = new Int8Array(128).fill(-1);
/** Per ASCII code: 1 a letter, 2 another character of a token (digit ' - &), 0 none. */
const CLASS = new Uint8Array(128);
for (let c = 97; c <= 122; c++) (SYMBOL[c] = c - 97), (CLASS[c] = CLASS[c - 32] = 1);
for (const [c, sym] of [[39, 26], [45, 27], [38, 28]] as const) (SYMBOL[c] = sym), (CLASS[c] = 2);
for (let c = 48; c <= 57; c++) CLASS[c] = 2;

const symbol = (c: number) => (c < 128 ? SYMBOL[c]! : -1);
const charClass = (c: number) => (c < 128 ? CLASS[c]! : 0);

/** The words the automaton spells: each distinct trigger's first word (or word start), with its rules. */
function distinctTriggers(triggersPerRule: readonly (readonly string[])[]): Map<string, number[]> {
  // Each distinct trigger once, with every unit it triggers (units share most of their rule's triggers).
  const byTrigger = new Map<string, number[]>();
  triggersPerRule.forEach((triggers, rule) => {
    for (const t of triggers) {
      const list = byTrigger.get(t);
      if (!list) byTrigger.set(t, [rule]);
      else if (list[list.length - 1] !== rule) list.push(rule);
    }
  });
  return byTrigger;
}

const firstWord = (t: string): string => (t.endsWith('*') ? t.slice(0, -1) : t.includes(' ') ? t.slice(0, t.indexOf(' ')) : t);

export function buildTriggerIndex(triggersPerRule: readonly (readonly string[])[]): TriggerIndex {
  const byTrigger = distinctTriggers(triggersPerRule);
  // The table is allocated once, at its final size (one state per distinct word prefix, and the root), in 16 bits:
  // growing an Int32Array by doubling allocated and copied ~0.7 MB, which cost a first analysis more than the rest
  // of the build (a large typed array is zeroed memory fresh from the system).
  const spelled = new Set<string>();
  for (const t of byTrigger.keys()) {
    const w = firstWord(t);
    for (let i = 1; i <= w.length; i++) spelled.add(w.slice(0, i));
  }
  if (spelled.size + 1 > 0xffff) throw new Error('trigger index: more states than 16 bits can number');
  const next = new Uint16Array((spelled.size + 1) * SYMBOLS);
  let states = 1;
  const words: TriggerIndex['words'] = [undefined];
  const prefixes: TriggerIndex['prefixes'] = [undefined];
  const stateOf = (word: string): number => {
    let s = 0;
    for (let i = 0; i < word.length; i++) {
      const sym = symbol(word.charCodeAt(i));
      if (sym < 0) throw new Error(`trigger '${word}': only a-z ' - & may appear in a trigger word`);
      let t = next[s * SYMBOLS + sym]!;
      if (t === 0) {
        t = states++;
        next[s * SYMBOLS + sym] = t;
        // Dense per-state arrays: a holey array indexed by state would fall back to a slow dictionary.
        words.push(undefined);
        prefixes.push(undefined);
      }
      s = t;
    }
    return s;
  };
  for (const [t, rules] of byTrigger) {
    if (t.endsWith('*')) {
      if (t.includes(' ')) throw new Error(`trigger '${t}': a word-start trigger must be one word`);
      const s = stateOf(t.slice(0, -1));
      prefixes[s] = [...(prefixes[s] ?? []), ...rules];
      continue;
    }
    const space = t.indexOf(' ');
    const first = space < 0 ? t : t.slice(0, space);
    const s = stateOf(first);
    const entry = (words[s] ??= { rules: [], phrases: [] });
    if (space < 0) entry.rules.push(...rules);
    else entry.phrases.push({ rest: t.slice(space + 1).split(' '), rules });
  }
  if (states * SYMBOLS !== next.length) throw new Error('trigger index: state count mismatch');
  return { next, words, prefixes };
}

const isLetter = (c: number) => charClass(c) === 1;
const isTokenChar = (c: number) => charClass(c) !== 0;
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

/** The token starting at `pos` (after whitespace only) is `word`, or starts with it followed by a non-letter. */
function wordAt(text: string, pos: number, word: string, last: boolean): number {
  let at = pos;
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  if (at === pos || !text.startsWith(word, at)) return -1;
  const next = text.charCodeAt(at + word.length);
  if (isLetter(next) || (!last && isTokenChar(next))) return -1;
  return at + word.length;
}

type Hit = (rule: number, pos: number) => void;

/** Walks the automaton from `a` to the end of its token, reporting every trigger that ends on a boundary. */
function walk(index: TriggerIndex, text: string, a: number, tokenEnd: number, hit: Hit): void {
  const { next, words, prefixes } = index;
  let s = 0;
  for (let i = a; i < tokenEnd; i++) {
    const sym = symbol(text.charCodeAt(i));
    s = sym < 0 ? 0 : next[s * SYMBOLS + sym]!;
    if (s === 0) return;
    const starts = prefixes[s];
    if (starts) for (const r of starts) hit(r, a);
    const entry = words[s];
    if (!entry || (i + 1 < tokenEnd && isLetter(text.charCodeAt(i + 1)))) continue;
    for (const r of entry.rules) hit(r, a);
    if (i + 1 !== tokenEnd) continue;
    for (const p of entry.phrases) {
      let at = tokenEnd;
      for (let w = 0; w < p.rest.length && at >= 0; w++) at = wordAt(text, at, p.rest[w]!, w === p.rest.length - 1);
      if (at >= 0) for (const r of p.rules) hit(r, a);
    }
  }
}

/**
 * Calls `hit(rule, position)` for every trigger occurrence in `text`, in text order (a rule may be reported more
 * than once). `text` must already be lower case in ASCII.
 */
export function scanTriggers(index: TriggerIndex, text: string, hit: Hit): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isTokenChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isTokenChar(text.charCodeAt(i))) i++;
    // Each part of the token that starts at a word boundary: its start, or a letter after ' - & or a digit.
    for (let a = start; a < i; a++) {
      if (!isLetter(text.charCodeAt(a)) || (a > start && isLetter(text.charCodeAt(a - 1)))) continue;
      walk(index, text, a, i, hit);
    }
  }
}
