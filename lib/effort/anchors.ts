/**
 * The literal text a regular expression's matches can start with, read from its source:
 * `(?:i|we) called` → "i called", "we called"; `(?:over )?\d+ hours` → "over 0"…"over 9", "0"…"9".
 * The detector tries a pattern only where one of these starts, instead of at every character, and the longer
 * they are the fewer places it tries. Lower-cased (matching is case-insensitive). Returns null when a match
 * could start with something that is not a literal (`\w`, `.`, a negated class): such a pattern must declare
 * its own triggers.
 */
type Item =
  | { kind: 'chars'; chars: string[]; min: 0 | 1; repeats: boolean }
  | { kind: 'group'; alts: Item[][]; min: 0 | 1; repeats: boolean }
  | { kind: 'zero' }
  | { kind: 'opaque' };

/** How many steps the prefix search may take for one alternative; past it, prefixes stop growing. */
const BUDGET = 1000;
/** Prefixes are cut to this length: long enough to be rare in text, short enough to keep the trie small. */
const MAX_LENGTH = 10;
const MAX_CLASS = 40;

/** The pattern's top-level alternatives, as source text. */
export function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

export function literalPrefixes(source: string): string[] | null {
  const found = spell(new Parser(source).sequence(), { left: BUDGET });
  if (found.some((o) => o.text.length === 0)) return null;
  return [...new Set(found.map((o) => o.text))];
}

interface Spelled {
  text: string;
  /** The text is a whole match of the sequence, so what follows the sequence may lengthen it. */
  complete: boolean;
}

/**
 * Every literal beginning of seq's matches, lengthened item by item, breadth first so that every branch grows
 * alike, while the budget and MAX_LENGTH allow.
 */
function spell(seq: Item[], budget: { left: number }): Spelled[] {
  const out: Spelled[] = [];
  const queue: [number, string][] = [[0, '']];
  for (let k = 0; k < queue.length; k++) {
    let [i, text] = queue[k];
    while (i < seq.length && seq[i].kind === 'zero') i++;
    const item = seq[i];
    if (text.length >= MAX_LENGTH) out.push({ text: text.slice(0, MAX_LENGTH), complete: false });
    else if (item === undefined) out.push({ text, complete: true });
    else if (item.kind === 'zero' || item.kind === 'opaque' || (budget.left <= 0 && text.length > 0)) out.push({ text, complete: false });
    else {
      budget.left--;
      if (item.min === 0) queue.push([i + 1, text]);
      const options: Spelled[] =
        item.kind === 'chars' ? item.chars.map((c) => ({ text: c, complete: true })) : item.alts.flatMap((alt) => spell(alt, budget));
      for (const o of options) {
        if (!o.complete || item.repeats) out.push({ text: (text + o.text).slice(0, MAX_LENGTH), complete: false });
        else queue.push([i + 1, text + o.text]);
      }
    }
  }
  return out;
}

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  sequence(): Item[] {
    const alts = this.alternatives();
    return alts.length === 1 ? alts[0] : [{ kind: 'group', alts, min: 1, repeats: false }];
  }

  private alternatives(): Item[][] {
    const alts: Item[][] = [[]];
    while (this.i < this.src.length && this.src[this.i] !== ')') {
      if (this.src[this.i] === '|') {
        this.i++;
        alts.push([]);
        continue;
      }
      alts[alts.length - 1].push(this.quantified(this.atom()));
    }
    return alts;
  }

  private atom(): Item {
    const src = this.src;
    const c = src[this.i];
    if (c === '(') {
      this.i++;
      let zero = false;
      if (src.startsWith('?:', this.i)) this.i += 2;
      else if (src.startsWith('?=', this.i) || src.startsWith('?!', this.i)) (this.i += 2), (zero = true);
      else if (src.startsWith('?<=', this.i) || src.startsWith('?<!', this.i)) (this.i += 3), (zero = true);
      else if (src.startsWith('?<', this.i)) this.i = src.indexOf('>', this.i) + 1;
      const alts = this.alternatives();
      this.i++; // ')'
      return zero ? { kind: 'zero' } : { kind: 'group', alts, min: 1, repeats: false };
    }
    if (c === '[') return this.charClass();
    if (c === '\\') {
      const e = src[this.i + 1];
      this.i += 2;
      if (e === 'b' || e === 'B') return { kind: 'zero' };
      if (e === 'd') return { kind: 'chars', chars: '0123456789'.split(''), min: 1, repeats: false };
      if (/[a-zA-Z0-9]/.test(e)) return { kind: 'opaque' };
      return { kind: 'chars', chars: [e], min: 1, repeats: false };
    }
    this.i++;
    if (c === '^' || c === '$') return { kind: 'zero' };
    if (c === '.') return { kind: 'opaque' };
    return { kind: 'chars', chars: [c.toLowerCase()], min: 1, repeats: false };
  }

  private charClass(): Item {
    const src = this.src;
    let end = this.i + 1;
    while (end < src.length && src[end] !== ']') end += src[end] === '\\' ? 2 : 1;
    const body = src.slice(this.i + 1, end);
    this.i = end + 1;
    if (body.startsWith('^') || body.includes('\\')) return { kind: 'opaque' };
    const chars = new Set<string>();
    for (let k = 0; k < body.length; k++) {
      if (body[k + 1] === '-' && k + 2 < body.length) {
        for (let x = body.charCodeAt(k); x <= body.charCodeAt(k + 2); x++) chars.add(String.fromCharCode(x).toLowerCase());
        k += 2;
      } else chars.add(body[k].toLowerCase());
    }
    return chars.size > MAX_CLASS ? { kind: 'opaque' } : { kind: 'chars', chars: [...chars], min: 1, repeats: false };
  }

  private quantified(item: Item): Item {
    const src = this.src;
    const q = src[this.i];
    let min: 0 | 1 = 1;
    let repeats = false;
    if (q === '?') (min = 0), this.i++;
    else if (q === '*') (min = 0), (repeats = true), this.i++;
    else if (q === '+') (repeats = true), this.i++;
    else if (q === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(src.slice(this.i));
      if (!m) return item;
      min = Number(m[1]) > 0 ? 1 : 0;
      repeats = m[2] !== undefined ? m[2] !== ',1' : Number(m[1]) > 1;
      this.i += m[0].length;
    } else return item;
    if (src[this.i] === '?') this.i++; // lazy
    if (item.kind === 'zero' || item.kind === 'opaque') return item.kind === 'opaque' && min === 0 ? { kind: 'opaque' } : item;
    return { ...item, min, repeats };
  }
}
