/**
 * Which classes the table ships (build.ts): a class whose words occur in fewer than `minTexts` of the effort scorer's
 * training messages teaches the scorer nothing (its feature is seen too rarely to be fit on, and its hashed slot holds
 * other features' weights), and most such classes are news text's names, places and sports ("bavaria sicily prussia",
 * "woods pga ryder"). Such a class is emptied, not removed, so every other class keeps its number (the scorer's
 * feature `k:<class>` is hashed by that number). Pure, so a test can hold it to that.
 */

/** How many of `texts` hold a word of each class (lower-cased; a word is a run of letters). */
export function classTextCounts(classes: readonly (readonly string[])[], texts: Iterable<string>): number[] {
  const classOf = new Map<string, number>();
  classes.forEach((members, c) => members.forEach((w) => classOf.set(w, c)));
  const counts = classes.map(() => 0);
  for (const text of texts) {
    const seen = new Set<number>();
    for (const w of text.toLowerCase().match(/[a-z]+/g) ?? []) {
      const c = classOf.get(w);
      if (c !== undefined) seen.add(c);
    }
    for (const c of seen) counts[c]!++;
  }
  return counts;
}

/** The classes, each emptied when its words occur in fewer than `minTexts` of `texts`. */
export function pruneClasses(classes: readonly (readonly string[])[], texts: readonly string[], minTexts: number): string[][] {
  const counts = classTextCounts(classes, texts);
  return classes.map((members, c) => (counts[c]! >= minTexts ? [...members] : []));
}
