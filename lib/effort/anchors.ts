/**
 * The literal text a regular expression's matches can start with, read from its source:
 * `(?:i|we) called` → "i called", "we called"; `(?:over )?\d+ hours` → "over 0 hours", "0 hours".
 * The detector tries a pattern only where one of these starts, instead of at every character, and the longer
 * they are the fewer places it tries. Lower-cased (matching is case-insensitive), and every run of digits is
 * written as one "0" (the detector reads the text the same way), so that `\d{1,4} hours` is one prefix, not
 * ten thousand. Returns null when a match could start with something that is not a literal (`\w`, `.`, a
 * negated class): such a pattern must declare its own triggers.
 */
import { classEnd, groupHead } from './regex-syntax';

type Item =
  | { kind: 'chars'; chars: string[]; min: 0 | 1; repeats: boolean }
  | { kind: 'group'; alts: Item[][]; min: 0 | 1; repeats: boolean; source: string }
  | { kind: 'zero' }
  | { kind: 'opaque' };

/**
 * How many prefixes one alternative may have; past it, prefixes stop growing (before a whole item, not in its
 * middle), except those still shorter than STRONG ("i ", "0 "), which are too common in text to stop at,
 * while there are fewer than HARD_MAX_PREFIXES.
 */
const MAX_PREFIXES = 120;
const STRONG = 5;
const HARD_MAX_PREFIXES = 500;
/** Prefixes are cut to this length: long enough to be rare in text, short enough to keep the trie small. */
const MAX_LENGTH = 10;
const MAX_CLASS = 8;
/** Every digit reads as this one, and a run of digits as one of it. */
export const DIGIT = '0';

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
  const found = spell(new Parser(source).sequence(), MAX_LENGTH);
  if (found.some((o) => o.text.length === 0)) return null;
  return [...new Set(found.map((o) => o.text))];
}

/**
 * Whether every match of a case-sensitive expression starts with a capital A-Z (`\b(?:AGAIN|STILL)\b`): the
 * detector then skips the places its prefixes start in lower case ("still", "again").
 */
export function startsWithCapital(source: string): boolean {
  const first = spell(new Parser(source, true).sequence(), 1);
  forgetSpellings();
  return first.length > 0 && first.every((o) => o.text.length === 1 && o.text >= 'A' && o.text <= 'Z');
}

/** Text as the detector reads it: ASCII lower-cased, digits as "0", a run of them as one. */
export function readAsDetector(text: string): string {
  return text.replace(/[A-Z]+/g, (s) => s.toLowerCase()).replace(/[0-9]+/g, DIGIT);
}

interface Spelled {
  text: string;
  /** The text is a whole match of the sequence, so what follows the sequence may lengthen it. */
  complete: boolean;
}

/** Appends, reading a digit run across the seam as one. */
function join(a: string, b: string): string {
  return a.endsWith(DIGIT) && b.startsWith(DIGIT) ? a + b.slice(1) : a + b;
}

/**
 * Groups spelled so far, by room and source: the shared fragments ({{DURATION}}, {{THEY}}…) recur in many
 * alternatives. Emptied by forgetSpellings() once the rules are compiled.
 */
const spelled = new Map<string, Spelled[]>();

export function forgetSpellings() {
  spelled.clear();
}

function spellGroup(item: { alts: Item[][]; source: string }, room: number): Spelled[] {
  const key = `${room}:${item.source}`;
  let found = spelled.get(key);
  if (!found) spelled.set(key, (found = item.alts.flatMap((alt) => spell(alt, room))));
  return found;
}

/**
 * Every literal beginning of seq's matches, at most `room` long, lengthened item by item while MAX_PREFIXES allows.
 * When one more item would make too many, every prefix stops before it, so they all end at the same place.
 */
function spell(seq: Item[], room: number): Spelled[] {
  const out: Spelled[] = [];
  let current: string[] = [''];
  for (const item of seq) {
    if (item.kind === 'zero') continue;
    if (item.kind === 'opaque') {
      for (const text of current) out.push({ text, complete: false });
      return out;
    }
    const options: Spelled[] =
      item.kind === 'chars'
        ? item.chars.map((c) => ({ text: c, complete: !item.repeats || (c === DIGIT && item.chars.length === 1) }))
        : spellGroup(item, room - Math.min(...current.map((t) => t.length))).map((o) =>
            item.repeats ? { text: o.text, complete: false } : o,
          );
    // Too many prefixes with this item: those long enough already stop before it, the others go on, unless
    // even they would be too many.
    if (!current.includes('') && out.length + current.length * (options.length + 1) > MAX_PREFIXES) {
      const short = current.filter((t) => t.length < STRONG);
      for (const text of current) if (text.length >= STRONG) out.push({ text, complete: false });
      current = short;
      if (current.length === 0 || current.length * (options.length + 1) > HARD_MAX_PREFIXES) {
        for (const text of current) out.push({ text, complete: false });
        return out;
      }
    }
    const next = new Set<string>();
    const done: Spelled[] = [];
    if (item.min === 0) for (const text of current) next.add(text);
    for (const text of current) {
      for (const o of options) {
        const joined = join(text, o.text);
        if (joined.length >= room) done.push({ text: joined.slice(0, room), complete: false });
        else if (!o.complete) done.push({ text: joined, complete: false });
        else next.add(joined);
      }
    }
    out.push(...done);
    current = [...next];
    if (current.length === 0) return out;
  }
  for (const text of current) out.push({ text, complete: true });
  return out;
}

class Parser {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly keepCase = false,
  ) {}

  sequence(): Item[] {
    const alts = this.alternatives();
    return alts.length === 1 ? alts[0] : [{ kind: 'group', alts, min: 1, repeats: false, source: this.src }];
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
      const head = groupHead(src, this.i + 1);
      this.i = head.body;
      const alts = this.alternatives();
      const source = src.slice(head.body, this.i);
      this.i++; // ')'
      return head.zeroWidth ? { kind: 'zero' } : { kind: 'group', alts, min: 1, repeats: false, source };
    }
    if (c === '[') return this.charClass();
    if (c === '\\') {
      const e = src[this.i + 1];
      this.i += 2;
      if (e === 'b' || e === 'B') return { kind: 'zero' };
      if (e === 'd') return { kind: 'chars', chars: [DIGIT], min: 1, repeats: false };
      if (/[a-zA-Z0-9]/.test(e)) return { kind: 'opaque' };
      return literal(e, this.keepCase);
    }
    this.i++;
    if (c === '^' || c === '$') return { kind: 'zero' };
    if (c === '.') return { kind: 'opaque' };
    return literal(c, this.keepCase);
  }

  private charClass(): Item {
    const src = this.src;
    const end = classEnd(src, this.i);
    const body = src.slice(this.i + 1, end);
    this.i = end + 1;
    if (body.startsWith('^') || body.includes('\\')) return { kind: 'opaque' };
    const chars = new Set<string>();
    for (let k = 0; k < body.length; k++) {
      if (body[k + 1] === '-' && k + 2 < body.length) {
        for (let x = body.charCodeAt(k); x <= body.charCodeAt(k + 2); x++) chars.add(read(String.fromCharCode(x), this.keepCase));
        k += 2;
      } else chars.add(read(body[k], this.keepCase));
    }
    return chars.size > MAX_CLASS || chars.has('') ? { kind: 'opaque' } : { kind: 'chars', chars: [...chars], min: 1, repeats: false };
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

/**
 * One character as the detector reads it: ASCII lower-cased, any digit as DIGIT; "" for a letter outside ASCII
 * that has a case (the detector does not fold those, so a prefix cannot name one).
 */
function read(c: string, keepCase: boolean): string {
  if (c >= '0' && c <= '9') return DIGIT;
  if (c.charCodeAt(0) < 128) return keepCase ? c : c.toLowerCase();
  return c.toLowerCase() === c.toUpperCase() ? c : '';
}

function literal(c: string, keepCase: boolean): Item {
  const r = read(c, keepCase);
  return r === '' ? { kind: 'opaque' } : { kind: 'chars', chars: [r], min: 1, repeats: false };
}

/** Sets of words larger than this are not worth checking before compiling an expression. */
const MAX_REQUIRED = 48;
/** Words shorter than this are in nearly every text: a set holding one is not worth checking. */
const MIN_REQUIRED_LENGTH = 3;
/**
 * A first detection checks an expression's sets at every place it could start until it is compiled: past these
 * many sets, or words in a set, checking costs more than the compiling it saves.
 */
const MAX_SETS = 3;
const MAX_CHECKED = 16;

/**
 * Sets of words, in the order a match holds them: every match of the expression holds a word of the first set,
 * then, after it, a word of the second, and so on (read as the detector reads text: ASCII lower-cased; digits never
 * appear in them). The detector compiles an expression only once the text holds them so, within the longest match
 * (words-ahead.ts), so that a message does not pay to compile the many expressions whose first words it shows but
 * whose later words it lacks. Null when the source shows none.
 */
export function requiredWords(source: string, joined = false): string[][] | null {
  const most = joined ? MAX_REQUIRED : MAX_CHECKED;
  let found = required(new Parser(source).sequence(), joined).filter((set) => set.length <= most && set.every((w) => w.length >= MIN_REQUIRED_LENGTH));
  if (found.length > MAX_SETS) {
    // The most telling sets, still in their order: a subsequence of the sets is still held by every match.
    const rank = (set: string[]) => Math.min(...set.map((w) => w.length)) * 100 - set.length;
    const kept = new Set([...found].sort((a, b) => rank(b) - rank(a)).slice(0, MAX_SETS));
    found = found.filter((set) => kept.has(set));
  }
  return found.length > 0 ? found : null;
}

/** The better of two sets: the one whose shortest word is longest, then the smaller. */
function better(a: string[] | null, b: string[] | null): string[] | null {
  if (a === null) return b;
  if (b === null) return a;
  const shortest = (s: string[]) => Math.min(...s.map((w) => w.length));
  return shortest(b) > shortest(a) || (shortest(b) === shortest(a) && b.length < a.length) ? b : a;
}

/**
 * `joined` (for requiredWords' callers that check a set once per sentence or window, not at every place): a choice
 * of literal words and the literal text around it are read as one set of words, each choice's word with that text
 * (`(?:good|great) (?:job|work)` → "good job", "great job", "good work", "great work", where the plain reading
 * keeps the set of fewer words, "job" or "work"), while the set stays within MAX_CHECKED words; and a word that
 * holds another word of its set is left out (a text holding it holds the other).
 */
function required(seq: Item[], joined = false): string[][] {
  const out: string[][] = [];
  let run = [''];
  const flush = () => {
    if (run[0].length > 0) out.push(run);
    run = [''];
  };
  for (const item of seq) {
    if (item.kind === 'zero') continue; // matches nothing, so the characters around it are adjacent in the text
    // (A surrogate ends a word: a quantifier may split its pair, and JSON refuses half of one.)
    if (isLiteralChar(item)) {
      run = run.map((w) => w + item.chars[0]);
      continue;
    }
    if (joined) {
      const words = literalWords(item);
      if (words !== null && run.length * words.length <= MAX_CHECKED) {
        run = run.flatMap((w) => words.map((v) => w + v));
        continue;
      }
      flush();
      if (words !== null && words.length <= MAX_CHECKED) {
        run = words;
        continue;
      }
    }
    flush();
    if (item.kind !== 'group' || item.min === 0) continue;
    if (item.alts.length === 1 && !item.repeats) {
      out.push(...required(item.alts[0], joined));
      continue;
    }
    // A choice: one set, each alternative's best set together.
    const words = new Set<string>();
    for (const alt of item.alts) {
      const own = required(alt, joined).reduce<string[] | null>(better, null);
      if (own === null) {
        words.clear();
        break;
      }
      for (const w of own) words.add(w);
    }
    if (joined) for (const w of words) if ([...words].some((v) => v !== w && w.includes(v))) words.delete(w);
    if (words.size > 0 && words.size <= MAX_REQUIRED) out.push([...words]);
  }
  flush();
  return out;
}

const isLiteralChar = (item: Item): item is Item & { kind: 'chars' } =>
  item.kind === 'chars' && item.min === 1 && !item.repeats && item.chars.length === 1 && item.chars[0] !== DIGIT && !/[\uD800-\uDFFF]/.test(item.chars[0]);

/** The words a group matches when it matches only literal text (at most MAX_CHECKED of them, none empty), or null. */
function literalWords(item: Item): string[] | null {
  if (item.kind !== 'group' || item.min === 0 || item.repeats) return null;
  const all = new Set<string>();
  for (const alt of item.alts) {
    let words = [''];
    for (const sub of alt) {
      if (sub.kind === 'zero') continue;
      const next = isLiteralChar(sub) ? sub.chars : literalWords(sub);
      if (next === null) return null;
      words = words.flatMap((w) => next.map((v) => w + v));
      if (words.length > MAX_CHECKED) return null;
    }
    for (const w of words) all.add(w);
  }
  return all.size > MAX_CHECKED || all.has('') ? null : [...all];
}
