import { classEnd, groupHead } from './regex-syntax';

/**
 * The longest match a regular expression's source allows, in UTF-16 units, or null when it has no bound (`+`,
 * `*`, `{2,}`, a backreference). The detector looks for an expression's required words only that far from where
 * its match would start (words-ahead.ts), so that a long message does not compile an expression because the words
 * it needs occur somewhere far off. Reads the syntax the rules use (no `u` or `v` flag).
 */
export function longestMatch(source: string): number | null {
  const reader = new Reader(source);
  const n = reader.alternatives();
  return Number.isFinite(n) ? n : null;
}

class Reader {
  private i = 0;
  constructor(private readonly src: string) {}

  alternatives(): number {
    let longest = 0;
    let current = 0;
    while (this.i < this.src.length && this.src[this.i] !== ')') {
      if (this.src[this.i] === '|') {
        this.i++;
        longest = Math.max(longest, current);
        current = 0;
        continue;
      }
      current += this.quantified(this.atom());
    }
    return Math.max(longest, current);
  }

  private atom(): number {
    const src = this.src;
    const c = src[this.i];
    if (c === '(') {
      const head = groupHead(src, this.i + 1);
      this.i = head.body;
      const inner = this.alternatives();
      this.i++; // ')'
      return head.zeroWidth ? 0 : inner;
    }
    if (c === '[') {
      this.i = classEnd(src, this.i) + 1;
      return 1;
    }
    if (c === '\\') {
      const e = src[this.i + 1];
      this.i += 2;
      if (e === 'b' || e === 'B') return 0;
      if (e >= '1' && e <= '9') return Infinity; // a backreference
      if (e === 'k' && src[this.i] === '<') return Infinity;
      if (e === 'u' && /^[0-9a-fA-F]{4}/.test(src.slice(this.i, this.i + 4))) this.i += 4;
      else if (e === 'x' && /^[0-9a-fA-F]{2}/.test(src.slice(this.i, this.i + 2))) this.i += 2;
      else if (e === 'c' && /^[A-Za-z]/.test(src[this.i] ?? '')) this.i += 1;
      return 1;
    }
    this.i++;
    if (c === '^' || c === '$') return 0;
    return 1;
  }

  private quantified(length: number): number {
    const src = this.src;
    const q = src[this.i];
    let times = 1;
    if (q === '?') (times = 1), this.i++;
    else if (q === '*' || q === '+') (times = Infinity), this.i++;
    else if (q === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(this.i));
      if (!m) return length;
      times = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length;
    } else return length;
    if (src[this.i] === '?') this.i++; // lazy
    return length === 0 ? 0 : length * times;
  }
}
