/**
 * Named features hashed into a fixed number of slots (the "hashing trick"): no vocabulary to ship, any text maps
 * to a sparse vector, and the weights are one flat array. Feature names are plain strings ("w:refund",
 * "w2:you_should", "s:imperative"), so what a weight means stays readable when debugging.
 */
import { stableHash } from './split';

export interface SparseVector {
  index: Int32Array;
  value: Float32Array;
}

/** Lower-cased word tokens (letters, digits, apostrophes inside words); @handles, URLs and numbers folded to one token each. */
export function wordTokens(text: string): string[] {
  const out: string[] = [];
  const re = /https?:\/\/\S+|www\.\S+|@\w+|\d+(?:[.,:]\d+)*|[a-z]+(?:['’][a-z]+)*/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    if (c === 64) out.push('<handle>');
    else if (c >= 48 && c <= 57) out.push('<num>');
    else if (/^(?:https?:|www\.)/i.test(t)) out.push('<url>');
    else out.push(t.toLowerCase().replace(/’/g, "'"));
  }
  return out;
}

/** Word n-grams of `tokens` for n = 1..maxN, named `w<n>:a_b`. */
export function ngrams(tokens: readonly string[], maxN: number, prefix = 'w'): string[] {
  const out: string[] = [];
  for (let n = 1; n <= maxN; n++)
    for (let i = 0; i + n <= tokens.length; i++) out.push(`${prefix}${n}:${tokens.slice(i, i + n).join('_')}`);
  return out;
}

export function slotOf(name: string, bits: number): number {
  return stableHash(name) & ((1 << bits) - 1);
}

/**
 * The sparse vector of a bag of named features: each distinct feature counts once (presence, not frequency —
 * a long e-mail is not more apologetic for repeating "sorry"), colliding names add up, `weighted` entries carry
 * their own value.
 */
export function vectorize(names: readonly string[], bits: number, weighted: ReadonlyMap<string, number> = new Map()): SparseVector {
  const slots = new Map<number, number>();
  for (const name of new Set(names)) {
    const s = slotOf(name, bits);
    slots.set(s, (slots.get(s) ?? 0) + 1);
  }
  for (const [name, v] of weighted) {
    const s = slotOf(name, bits);
    slots.set(s, (slots.get(s) ?? 0) + v);
  }
  const index = Int32Array.from([...slots.keys()].sort((a, b) => a - b));
  const value = Float32Array.from(index, (i) => slots.get(i)!);
  return { index, value };
}
