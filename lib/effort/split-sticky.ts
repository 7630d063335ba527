/**
 * An alternative `HEAD[\s\S]{0,N}?(?:S1|S2|…)` (an attempt, then within N characters a state: attempt-state.ts) run
 * as small expressions instead of one large one, finding exactly what the one finds. Compiling is most of what a
 * first detection costs, and the state part is the larger: most places where the head's words start show no head,
 * and after a head only the states whose first words appear are compiled.
 *
 * Why it is the same: the one expression tries the head's ways of matching in their order; for the first way (what
 * the head alone finds, ending at e), it tries the gap's lengths 0, 1, … N, and at each place x the states in their
 * order, each followed by what ends the expression (a word edge, or nothing); the first state that matches at x is
 * the match. So this finds the head's first end e, then at x = e, e + 1, … e + N (within the text) tries each state
 * whose literal prefixes (anchors.ts) start at x — one that starts otherwise cannot match there — in their order,
 * and takes the first that matches. When none does, the one expression would go on to the head's other ways of
 * matching: the whole alternative is compiled and decides, from then on. Only lowerCased groups are split (the
 * prefixes are read on the ASCII-lower-cased text), and never an alternative with a backreference.
 */
/**
 * An alternative's split as compiled-rules.json holds it: [head's end (offset in the alternative), N, then per state
 * [from, to, prefixes]]: its source is the alternative's from..to; its prefixes are joined by "|", or "" when it
 * must be tried at every place (a prefix that is not plain text: a digit run).
 */
export type SplitData = [number, number, ...[number, number, string][]];

/** What scanFast needs of a sticky expression: set lastIndex, test, read lastIndex (the match's end). */
export interface Sticky {
  lastIndex: number;
  test(text: string): boolean;
}

export class SplitSticky implements Sticky {
  lastIndex = 0;
  private head: RegExp | null = null;
  private whole: RegExp | null = null;
  private readonly headSource: string;
  private readonly gap: number;
  private readonly sources: string[];
  private readonly states: (RegExp | null)[];
  /** Per state, its prefixes joined by "|" ("" for a state tried at every place), and once needed, as a list. */
  private readonly prefixes: string[];
  private readonly lists: (string[] | undefined)[];
  /** A bit per state (the first 31) one of whose prefixes starts with the unit, or the two units (pairKey). */
  private readonly bySingle = new Map<number, number>();
  private readonly byPair = new Map<number, number>();
  /** The states tried at every place, of the first 31: a bit each. */
  private everywhere = 0;

  /**
   * `compile` makes (or finds made) an expression from a source and flags; `makeWhole`, the whole alternative's
   * sticky expression.
   */
  constructor(
    source: string,
    split: SplitData,
    private readonly wordEdges: boolean,
    /** What goes before the head: `\b`, or nothing where the group is tried only at word starts. */
    private readonly start: string,
    private readonly flags: string,
    private readonly compile: (source: string, flags: string) => RegExp,
    private readonly makeWhole: () => RegExp,
  ) {
    this.headSource = source.slice(0, split[0]);
    this.gap = split[1];
    const states = split.slice(2) as [number, number, string][];
    this.sources = states.map(([from, to]) => source.slice(from, to));
    this.states = states.map(() => null);
    this.prefixes = states.map(([, , prefixes]) => prefixes);
    this.lists = states.map(() => undefined);
    // The masks, read off the joined prefixes without splitting them (a fresh process pays for every object made).
    this.prefixes.forEach((joined, i) => {
      const bit = i < 31 ? 1 << i : 0;
      if (joined === '') {
        this.everywhere |= bit;
        return;
      }
      for (let at = 0; at < joined.length; at = joined.indexOf('|', at) + 1 || joined.length) {
        const single = at + 1 === joined.length || joined.charCodeAt(at + 1) === 124; // "|"
        const map = single ? this.bySingle : this.byPair;
        const key = single ? joined.charCodeAt(at) : pairKey(joined, at);
        map.set(key, (map.get(key) ?? 0) | bit);
      }
    });
  }

  test(text: string): boolean {
    const p = this.lastIndex;
    if (this.whole !== null) return this.run(this.whole, text, p);
    this.head ??= this.compile(this.wordEdges ? `${this.start}(?:${this.headSource})` : `(?:${this.headSource})`, this.flags);
    const head = this.head;
    head.lastIndex = p;
    if (!head.test(text)) {
      this.lastIndex = 0;
      return false;
    }
    const e = head.lastIndex;
    const last = Math.min(e + this.gap, text.length);
    const n = this.states.length;
    for (let x = e; x <= last; x++) {
      // The states that can start here, in their order: those of the first 31 named by a bit, then the others.
      let mask = this.everywhere | (this.bySingle.get(text.charCodeAt(x)) ?? 0) | (x + 1 < text.length ? (this.byPair.get(pairKey(text, x)) ?? 0) : 0);
      while (mask !== 0) {
        const i = 31 - Math.clz32(mask & -mask);
        mask &= mask - 1;
        if (this.tryState(i, text, x)) return true;
      }
      for (let i = 31; i < n; i++) if (this.tryState(i, text, x)) return true;
    }
    // The head's first way of matching finds no state: its other ways could, as the whole alternative decides.
    this.whole = this.makeWhole();
    return this.run(this.whole, text, p);
  }

  /** Whether state i matches at x (lastIndex then at its end): tried only if one of its prefixes starts there. */
  private tryState(i: number, text: string, x: number): boolean {
    if (this.prefixes[i] !== '' && !this.startsAt(i, text, x)) return false;
    const re = (this.states[i] ??= this.compile(this.wordEdges ? `(?:${this.sources[i]})(?=\\b)` : `(?:${this.sources[i]})`, this.flags));
    re.lastIndex = x;
    if (!re.test(text)) return false;
    this.lastIndex = re.lastIndex;
    return true;
  }

  private startsAt(i: number, text: string, x: number): boolean {
    const list = (this.lists[i] ??= this.prefixes[i].split('|'));
    for (let k = 0; k < list.length; k++) if (text.startsWith(list[k], x)) return true;
    return false;
  }

  private run(re: RegExp, text: string, p: number): boolean {
    re.lastIndex = p;
    const found = re.test(text);
    this.lastIndex = re.lastIndex;
    return found;
  }
}

/** The units at x and x + 1 as one number. */
const pairKey = (text: string, x: number) => text.charCodeAt(x) * 65536 + text.charCodeAt(x + 1);
