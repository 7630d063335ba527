/**
 * Which words the word-class table holds (build.ts): GloVe's most frequent words, plus the words of the project's
 * shippable training text that GloVe has (support words such as "router", "reinstall" or "refund" rank past GloVe's
 * first 15,000: its text is news). Pure, so a test can hold it to that.
 */

/** A word the tokenizers can meet: lower-case letters (GloVe splits "n't" and "'s" off, so no apostrophes). */
export const PLAIN_WORD = /^[a-z]{2,}$|^[ai]$/;

/** How many texts each plain word occurs in (lower-cased; a word is a run of letters). */
export function textCounts(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const w of new Set(text.toLowerCase().match(/[a-z]+/g) ?? [])) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}

export interface VocabularyOptions {
  /** GloVe's most frequent plain words taken whether or not the domain text has them. */
  top: number;
  /**
   * A domain word is taken when it occurs in at least this many texts: 3 (issue 12, h72) — fewer let in the typos and
   * names GloVe also has; 5 did as well on the effort scorer's grouped CV (PASSES.md).
   */
  minTexts: number;
}

/**
 * The table's words, in GloVe's frequency order: each plain word of `glove` (frequency order) that is among its `top`
 * first plain words or occurs in at least `minTexts` of the domain texts.
 */
export function chooseVocabulary(glove: readonly string[], domain: ReadonlyMap<string, number>, { top, minTexts }: VocabularyOptions): string[] {
  const out: string[] = [];
  let rank = 0;
  for (const w of glove) {
    if (!PLAIN_WORD.test(w)) continue;
    rank++;
    if (rank <= top || (domain.get(w) ?? 0) >= minTexts) out.push(w);
  }
  return out;
}
