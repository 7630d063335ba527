/**
 * How negative a message reads, by the VADER sentiment lexicon (Hutto & Gilbert 2014: 7,214 words' mean ratings from
 * −4 to +4 by ten raters each, valence-lexicon.json, MIT / Apache-2.0: see VALENCE-LEXICON-NOTICE.md) and VADER's
 * rules for combining them: a negator in the three words before flips and damps a word (×−0.74), a degree adverb
 * before it ("really", "so", "barely") moves it ±0.293, a word in capitals among words that are not moves it ±0.733,
 * words before a "but" count half and after it one and a half, and "!" (up to four) and "??" push the sum further the
 * way it already leans; the sum s becomes s / √(s² + 15), in −1..1 (VADER's "compound" score).
 *
 * The npm port (vader-sentiment) costs ~0.7 ms a message, 40 times the rest of the scorer's features; this reads the
 * scorer's own tokens with one map look-up a word. It leaves out VADER's few idioms ("kiss of death") and "least".
 */
import lexicon from './valence-lexicon.json';

export interface ValenceToken {
  /** Lower-cased word (kind 'word'), or the punctuation run's class ('.', '!', '?'). */
  w: string;
  start: number;
  end: number;
  kind: string;
}

let valences: Map<string, number> | null = null;
/** The lexicon as a map, made on first use (the file groups words by rating, one string per rating). */
export function valenceOf(word: string): number | undefined {
  if (valences === null) {
    valences = new Map();
    for (const [rating, words] of Object.entries(lexicon as Record<string, string>)) for (const w of words.split(' ')) valences.set(w, Number(rating));
  }
  return valences.get(word);
}

const NEGATORS = new Set(
  "aint arent cannot cant couldnt darent didnt doesnt dont hadnt hasnt havent isnt mightnt mustnt neither neednt never none nope nor not nothing nowhere oughtnt shant shouldnt uhuh wasnt werent without wont wouldnt rarely seldom despite".split(' '),
);
const isNegator = (w: string) => NEGATORS.has(w) || w.includes("n't");
const UP = 0.293;
const BOOSTERS = new Map<string, number>([
  ...'absolutely amazingly awfully completely considerably decidedly deeply effing enormously entirely especially exceptionally extremely fabulously flipping flippin fricking frickin frigging friggin fully fucking greatly hella highly hugely incredibly intensely majorly more most particularly purely quite really remarkably so substantially thoroughly totally tremendously uber unbelievably unusually utterly very'
    .split(' ')
    .map((w) => [w, UP] as const),
  ...'almost barely hardly kinda kindof less little marginally occasionally partly scarcely slightly somewhat sorta sortof'.split(' ').map((w) => [w, -UP] as const),
]);
const CAPS = 0.733;
const NEGATED = -0.74;

interface Word {
  w: string;
  caps: boolean;
}

/** VADER's valence of each word of `words` (0 for a word not rated), `capsApart` when some but not all words are in capitals. */
function wordValences(words: readonly Word[], capsApart: boolean): number[] {
  return words.map(({ w, caps }, i) => {
    let v = BOOSTERS.has(w) ? undefined : valenceOf(w);
    if (v === undefined) return 0;
    if (caps && capsApart) v += v > 0 ? CAPS : -CAPS;
    for (let k = 1; k <= 3 && i - k >= 0; k++) {
      const before = words[i - k]!;
      if (valenceOf(before.w) !== undefined) continue;
      const boost = BOOSTERS.get(before.w);
      if (boost !== undefined) {
        let s = v < 0 ? -boost : boost;
        if (before.caps && capsApart) s += v > 0 ? CAPS : -CAPS;
        v += s * (k === 1 ? 1 : k === 2 ? 0.95 : 0.9);
      }
      if (isNegator(before.w)) v *= NEGATED;
    }
    return v;
  });
}

/** VADER's compound score of a run of tokens (a sentence, or a whole message). */
export function compound(tokens: readonly ValenceToken[], text: string): number {
  const words: Word[] = [];
  let bangs = 0;
  let questions = 0;
  for (const t of tokens) {
    if (t.kind === 'word') {
      const raw = text.slice(t.start, t.end);
      words.push({ w: t.w, caps: raw.length > 1 && raw === raw.toUpperCase() && raw !== raw.toLowerCase() });
    } else if (t.kind === 'punct') {
      const run = text.slice(t.start, t.end);
      for (const c of run) if (c === '!') bangs++;
      else if (c === '?') questions++;
    }
  }
  const capsWords = words.filter((w) => w.caps).length;
  const values = wordValences(words, capsWords > 0 && capsWords < words.length);
  const but = words.findIndex((w) => w.w === 'but');
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += but < 0 || i === but ? values[i]! : values[i]! * (i < but ? 0.5 : 1.5);
  if (sum === 0) return 0;
  const emphasis = Math.min(bangs, 4) * 0.292 + (questions > 3 ? 0.96 : questions > 1 ? questions * 0.18 : 0);
  sum += sum > 0 ? emphasis : -emphasis;
  return sum / Math.sqrt(sum * sum + 15);
}

/** A compound score as one of six bands (the scorer reads a band as a word: it learns a weight for each). */
export const band = (c: number): string => (c <= -0.75 ? '-3' : c <= -0.5 ? '-2' : c <= -0.05 ? '-1' : c < 0.05 ? '0' : c < 0.5 ? '+1' : '+2');

/**
 * The message's valence as two features: `vc:` its compound score's band, and `vs:` the band of its most negative
 * sentence's (0 when none is negative), each spanning that sentence (the evidence a find of the scorer points at).
 * Sentences end at a run of ".", "!" or "?" (the run is the sentence's).
 */
export function valenceFeatures(tokens: readonly ValenceToken[], text: string): { key: string; start: number; end: number }[] {
  if (tokens.length === 0) return [];
  let worst = 0;
  let worstFrom = 0;
  let worstTo = tokens.length;
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && tokens[i]!.kind !== 'punct') continue;
    const to = Math.min(i + 1, tokens.length);
    if (to > from) {
      const c = compound(tokens.slice(from, to), text);
      if (c < worst) [worst, worstFrom, worstTo] = [c, from, to];
    }
    from = to;
  }
  const span = { start: tokens[worstFrom]!.start, end: tokens[worstTo - 1]!.end };
  return [
    { key: `vc:${band(compound(tokens, text))}`, ...span },
    { key: `vs:${band(worst)}`, ...span },
  ];
}
