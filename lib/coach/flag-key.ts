import type { Flag } from '../analysis/types';
import { foldTypography } from '../text/normalize';

export interface KeyedFlag extends Flag {
  /** Stable while the draft is edited elsewhere: rule + normalized words + which occurrence of them it is. */
  key: string;
}

export function normalizeMatch(match: string): string {
  return foldTypography(match).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Gives each flag its key; flags must be in text order, so that the n-th occurrence keeps index n. */
export function keyFlags(flags: readonly Flag[]): KeyedFlag[] {
  const seen = new Map<string, number>();
  return [...flags]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((flag) => {
      const base = `${flag.rule}|${normalizeMatch(flag.match)}`;
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      return { ...flag, key: `${base}|${n}`.slice(0, 200) };
    });
}

/** Per page: the same flag keeps its logged key within a draft, and no key can be looked up in a list of phrases. */
const SALT = Array.from(crypto.getRandomValues(new Uint32Array(4)), (n) => n.toString(36)).join('');

/** cyrb53: a fast 53-bit string hash (not cryptographic; the salt is what keeps the words out of reach). */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The key the log keeps: the rule and a salted hash of the in-page key, so no draft word is stored in it. */
export function loggedFlagKey(flag: KeyedFlag): string {
  return `${flag.rule}|${hash53(SALT + flag.key)}`.slice(0, 200);
}
