/**
 * Big word lists ("refunded|reset|sent|…", 150 verbs) as a Set of phrases instead of a regex alternation. V8
 * compiles a regex lazily on its first run, and an alternation of hundreds of words behind optional prefixes
 * costs tens of milliseconds to compile; a Set lookup on the words that follow a small regex's match costs
 * nothing to build. Phrases are written in a tiny regex subset — `a|b`, `(?:…)`, `x?`, `(?:…)?`, `[sz]` — and
 * expanded once, when the list is first used.
 */

/** Characters that start or end something in the subset; the others stand for themselves. */
const SPECIAL = '()|[?';

/** Every string a source in the subset above can match, spaces normalised to one. */
export function expand(source: string): string[] {
  let i = 0;
  const alternation = (): string[] => {
    const out: string[] = [];
    for (;;) {
      out.push(...sequence());
      if (source[i] !== '|') return out;
      i++;
    }
  };
  const sequence = (): string[] => {
    let acc = [''];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      // A run of plain characters is appended to every prefix at once (one array per run, not per character); a
      // character with `?` after it is left to the atom below.
      let j = i;
      while (j < source.length && !SPECIAL.includes(source[j]!)) j++;
      if (source[j] === '?') j--;
      if (j > i) {
        const run = source.slice(i, j);
        acc = acc.map((a) => a + run);
        i = j;
        continue;
      }
      let atom: string[];
      if (source.startsWith('(?:', i)) {
        i += 3;
        atom = alternation();
        i++; // ')'
      } else if (source[i] === '[') {
        const close = source.indexOf(']', i);
        atom = [...source.slice(i + 1, close)];
        i = close + 1;
      } else atom = [source[i++]!];
      if (source[i] === '?') {
        atom = [...atom, ''];
        i++;
      }
      acc = acc.flatMap((a) => atom.map((b) => a + b));
    }
    return acc;
  };
  return [...new Set(alternation().map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean))];
}

const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 45;
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const MAX_WORDS = 6;

export class PhraseList {
  private phrases: Map<string, boolean> | null = null;
  private longest = 1;

  /** `sources`: phrases that count; `blocked`: longer phrases that veto them ("look into improving"). */
  constructor(
    readonly sources: readonly string[],
    private readonly blocked: readonly string[] = [],
  ) {}

  private load(): Map<string, boolean> {
    const map = new Map<string, boolean>();
    for (const s of this.sources) for (const p of expand(s)) map.set(p, true);
    for (const s of this.blocked) for (const p of expand(s)) map.set(p, false);
    for (const p of map.keys()) this.longest = Math.max(this.longest, Math.min(MAX_WORDS, p.split(' ').length));
    return map;
  }

  /**
   * Where the longest listed phrase starting at `pos` (spaces skipped) ends, or -1 when none does or the longest
   * one is blocked. Words are separated by whitespace only; case is ignored.
   */
  endOfMatch(text: string, pos: number): number {
    const phrases = (this.phrases ??= this.load());
    let at = pos;
    let key = '';
    let best = -1;
    for (let n = 0; n < this.longest; n++) {
      const wordStart = at;
      while (at < text.length && isSpace(text.charCodeAt(at))) at++;
      if (n > 0 && at === wordStart) break;
      const start = at;
      while (at < text.length && isWordChar(text.charCodeAt(at))) at++;
      if (at === start) break;
      key += (n ? ' ' : '') + text.slice(start, at).toLowerCase();
      const found = phrases.get(key);
      if (found !== undefined) best = found ? at : -1;
    }
    return best;
  }
}
