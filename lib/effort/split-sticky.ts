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
  private readonly states: (RegExp | null)[];
  private readonly sources: string[];
  private readonly prefixes: string[][];
  /** Per ASCII unit, a bit per state one of whose prefixes starts with it (states past 30 are tried everywhere). */
  private readonly byFirst = new Int32Array(129);
  private readonly gap: number;

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
    this.prefixes = states.map(([, , p]) => (p === '' ? [] : p.split('|')));
    this.states = states.map(() => null);
    this.prefixes.forEach((list, i) => {
      const bit = i < 31 ? 1 << i : 0;
      if (list.length === 0 || bit === 0) {
        for (let c = 0; c <= 128; c++) this.byFirst[c] |= bit;
        if (bit === 0) this.tryEverywhereFrom = Math.min(this.tryEverywhereFrom, i);
        return;
      }
      for (const p of list) this.byFirst[Math.min(p.charCodeAt(0), 128)] |= bit;
    });
  }

  private readonly headSource: string;
  /** States from this index on are tried at every place (more than a bit mask holds). */
  private tryEverywhereFrom = Infinity;

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
    for (let x = e; x <= last; x++) {
      const mask = this.byFirst[Math.min(text.charCodeAt(x) || 0, 128)];
      for (let i = 0; i < this.states.length; i++) {
        if (i < 31 ? (mask & (1 << i)) === 0 : i < this.tryEverywhereFrom) continue;
        if (!this.startsAt(i, text, x)) continue;
        const re = (this.states[i] ??= this.compile(this.wordEdges ? `(?:${this.sources[i]})(?=\\b)` : `(?:${this.sources[i]})`, this.flags));
        re.lastIndex = x;
        if (re.test(text)) {
          this.lastIndex = re.lastIndex;
          return true;
        }
      }
    }
    // The head's first way of matching finds no state: its other ways could, as the whole alternative decides.
    this.whole = this.makeWhole();
    return this.run(this.whole, text, p);
  }

  private startsAt(i: number, text: string, x: number): boolean {
    const list = this.prefixes[i];
    if (list.length === 0) return true;
    for (const prefix of list) if (text.startsWith(prefix, x)) return true;
    return false;
  }

  private run(re: RegExp, text: string, p: number): boolean {
    re.lastIndex = p;
    const found = re.test(text);
    this.lastIndex = re.lastIndex;
    return found;
  }
}
