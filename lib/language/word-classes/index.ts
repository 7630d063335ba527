/**
 * The class of a word (see build.ts): words used alike share a class, so a learned scorer can weigh a word it never
 * saw in training by the words of its class it did see. The table is read into a map on first use. A class the build
 * left empty (prune.ts) keeps its number.
 */
import table from './classes.json';

let classOf: Map<string, number> | null = null;

/** The word's class (0 … classCount − 1), or undefined for a word outside the table. Expects a lower-case word. */
export function wordClass(word: string): number | undefined {
  if (!classOf) {
    classOf = new Map();
    table.classes.forEach((members, c) => {
      if (members) for (const w of members.split(' ')) classOf!.set(w, c);
    });
  }
  return classOf.get(word);
}

export const classCount = table.classes.length;
