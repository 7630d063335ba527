/**
 * Which rules can match which sentences, found by one scan over the words of the text and Map lookups — no
 * regex. (A single alternation of every trigger costs V8 tens of milliseconds to compile on its first run.)
 *
 * Triggers match as the old trigger regex did: on a word boundary, ending before a non-letter, so "can" fires
 * in "can't" and "read" in "re-read"; `word*` fires on any word starting so; a phrase's words are separated by
 * whitespace only.
 */
export interface TriggerIndex {
  /** Single words, and the first word of each phrase with the words that must follow. */
  words: Map<string, { rules: number[]; phrases: { rest: string[]; rules: number[] }[] }>;
  prefixes: Map<string, number[]>;
  prefixLengths: number[];
  /** The longest single word or first word, in characters: no longer part of a token is looked up. */
  longest: number;
}

export function buildTriggerIndex(triggersPerRule: readonly (readonly string[])[]): TriggerIndex {
  const words: TriggerIndex['words'] = new Map();
  const prefixes = new Map<string, number[]>();
  triggersPerRule.forEach((triggers, rule) => {
    for (const t of triggers) {
      if (t.endsWith('*')) {
        if (t.includes(' ')) throw new Error(`trigger '${t}': a word-start trigger must be one word`);
        const key = t.slice(0, -1);
        const list = prefixes.get(key) ?? [];
        prefixes.set(key, list);
        if (!list.includes(rule)) list.push(rule);
        continue;
      }
      const [first, ...rest] = t.split(' ');
      let entry = words.get(first!);
      if (!entry) words.set(first!, (entry = { rules: [], phrases: [] }));
      if (rest.length === 0) {
        if (!entry.rules.includes(rule)) entry.rules.push(rule);
        continue;
      }
      const phrase = entry.phrases.find((p) => p.rest.join(' ') === rest.join(' '));
      if (phrase) phrase.rules.includes(rule) || phrase.rules.push(rule);
      else entry.phrases.push({ rest, rules: [rule] });
    }
  });
  return {
    words,
    prefixes,
    prefixLengths: [...new Set([...prefixes.keys()].map((k) => k.length))],
    longest: Math.max(0, ...[...words.keys()].map((k) => k.length)),
  };
}

const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isTokenChar = (c: number) => isLetter(c) || (c >= 48 && c <= 57) || c === 39 || c === 45 || c === 38;
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

/** The token starting at `pos` (after whitespace only) is `word`, or starts with it followed by a non-letter. */
function wordAt(text: string, pos: number, word: string, last: boolean): number {
  let at = pos;
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  if (at === pos) return -1;
  if (!text.startsWith(word, at)) return -1;
  const next = text.charCodeAt(at + word.length);
  if (isLetter(next)) return -1;
  if (!last && isTokenChar(next)) return -1;
  return at + word.length;
}

/**
 * Calls `hit(rule, position)` for every trigger occurrence in `text`, in text order (a rule may be reported more
 * than once). `text` must already be lower case in ASCII.
 */
export function scanTriggers(index: TriggerIndex, text: string, hit: (rule: number, pos: number) => void): void {
  const { words, prefixes, prefixLengths, longest } = index;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isTokenChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isTokenChar(text.charCodeAt(i))) i++;
    // Every part of the token that starts at a word boundary (its start or after ' - & or a digit) and ends
    // before a non-letter: "can't" offers "can't", "can" and "t".
    for (let a = start; a < i; a++) {
      if (a > start && (isLetter(text.charCodeAt(a - 1)) || !isLetter(text.charCodeAt(a)))) continue;
      if (!isLetter(text.charCodeAt(a))) continue;
      for (const len of prefixLengths) {
        if (a + len > i) continue;
        const rules = prefixes.get(text.slice(a, a + len));
        if (rules) for (const r of rules) hit(r, a);
      }
      for (let b = a + 1, end = Math.min(i, a + longest); b <= end; b++) {
        if (b < i && isLetter(text.charCodeAt(b))) continue;
        const entry = words.get(text.slice(a, b));
        if (!entry) continue;
        for (const r of entry.rules) hit(r, a);
        if (b !== i) continue;
        for (const p of entry.phrases) {
          let at = b;
          for (let w = 0; w < p.rest.length && at >= 0; w++) at = wordAt(text, at, p.rest[w]!, w === p.rest.length - 1);
          if (at >= 0) for (const r of p.rules) hit(r, a);
        }
      }
    }
  }
}
