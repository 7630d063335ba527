/**
 * Near-duplicate text by word trigrams: two texts are near when the Jaccard overlap of their word-trigram sets is at
 * least a threshold (0.3 is where the team's checks have drawn the line: formulaic replies that differ only in a name
 * or a number). Used to keep training text away from the text a set never trained on measures with.
 */

/** A text's word trigrams (lower-cased words and numbers); a text of fewer than three words is one gram, itself. */
export function wordTrigrams(text: string): Set<string> {
  const words = text.toLowerCase().match(/[a-z0-9']+/g) ?? [];
  if (words.length < 3) return new Set([words.join(' ')]);
  const grams = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) grams.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return grams;
}

/** For a fixed pool of texts, whether a text is near one of them (an index by trigram keeps it linear in practice). */
export function nearTextIndex(pool: readonly string[], threshold = 0.3): (text: string) => boolean {
  const grams = pool.map(wordTrigrams);
  const byGram = new Map<string, number[]>();
  grams.forEach((set, i) => {
    for (const g of set) {
      const list = byGram.get(g);
      if (list) list.push(i);
      else byGram.set(g, [i]);
    }
  });
  return (text) => {
    const own = wordTrigrams(text);
    const shared = new Map<number, number>();
    for (const g of own) for (const i of byGram.get(g) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    for (const [i, n] of shared) if (n / (own.size + grams[i]!.size - n) >= threshold) return true;
    return false;
  };
}
