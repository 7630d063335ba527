/**
 * Whether a text holds, from a place on, the words an expression's every match holds (anchors.ts requiredWords:
 * sets of words in order) within its longest match (match-length.ts): the detector compiles an expression only once
 * this says yes, since compiling is most of what a first detection costs. A necessary condition, never a
 * sufficient one: the expression still decides.
 */

/** What an alternative needs before its expression is worth compiling. */
export interface Needed {
  /** Sets of words, in order: a word of each, after a word of the one before. */
  words: string[][];
  /** Its longest match in UTF-16 units, or null for no bound. */
  longest: number | null;
}

/**
 * A Needed as compiled-rules.json holds it, a third the size of the plain form: "longest;word|word;word", the
 * longest match empty when unbounded. Sets holding a word with "|" or ";" are left out (a weaker check, still sound).
 */
export function encodeNeeded(needed: Needed): string | null {
  const sets = needed.words.filter((set) => set.every((w) => !/[|;]/.test(w)));
  return sets.length === 0 ? null : [needed.longest ?? '', ...sets.map((set) => set.join('|'))].join(';');
}

export function decodeNeeded(data: string): Needed {
  const [longest, ...sets] = data.split(';');
  return { words: sets.map((set) => set.split('|')), longest: longest === '' ? null : Number(longest) };
}

/** Every place one word occurs, found lazily from where it was first asked about, in order. */
interface Occurrences {
  at: number[];
  /** Places before this are all in `at`; -1 once the text is searched to its end. */
  searchedTo: number;
  /** Index in `at` of the first place not before the scan's position (which only grows). */
  first: number;
}

/** One text's words, for a scan whose place only grows: every question is about places at or after it. */
export class WordsAhead {
  private readonly words = new Map<string, Occurrences>();
  constructor(private readonly text: string) {}

  /** Per Needed: the first place a check could say yes again after saying no (a long text asks at thousands). */
  private readonly retryFrom = new Map<Needed, number>();

  /**
   * Whether the sets' words occur in order from `from` (the scan's place, never less than an earlier call's),
   * ending by from + longest.
   */
  holds(needed: Needed, from: number): boolean {
    const retry = this.retryFrom.get(needed);
    if (retry !== undefined && from < retry) return false;
    let at = from;
    for (const set of needed.words) {
      let end = Infinity;
      for (const w of set) {
        const place = this.nextPlace(w, at, from);
        if (place >= 0 && place + w.length < end) end = place + w.length;
      }
      if (end === Infinity) {
        // Not from here, so from no later place either.
        this.retryFrom.set(needed, Infinity);
        return false;
      }
      at = end;
    }
    // The earliest the words end from here; from any later place they end no earlier.
    if (needed.longest === null || at <= from + needed.longest) return true;
    this.retryFrom.set(needed, at - needed.longest);
    return false;
  }

  /** The first place at or after `at` where `word` occurs, or -1; `scan` is the scan's place (at >= scan). */
  private nextPlace(word: string, at: number, scan: number): number {
    let o = this.words.get(word);
    if (o === undefined) this.words.set(word, (o = { at: [], searchedTo: scan, first: 0 }));
    const places = o.at;
    while (o.first < places.length && places[o.first] < scan) o.first++;
    if (places.length > o.first && places[places.length - 1] >= at) {
      let lo = o.first;
      let hi = places.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (places[mid] >= at) hi = mid;
        else lo = mid + 1;
      }
      return places[lo];
    }
    while (o.searchedTo >= 0) {
      const place = this.text.indexOf(word, o.searchedTo);
      if (place < 0) {
        o.searchedTo = -1;
        break;
      }
      places.push(place);
      o.searchedTo = place + 1;
      if (place >= at) return place;
    }
    return -1;
  }
}
