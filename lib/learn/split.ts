/**
 * The frozen test split: a fixed function of an item's id, so every script and test agrees on it without a list,
 * and a new item lands on one side for good. Nothing — no rule, threshold or weight — is ever tuned or trained on
 * the `test` side; it is only measured on. Changing SALT or TEST_SHARE unfreezes the split: don't.
 */
const SALT = 'agent-assist/frozen-split/v1';
/** Share of the labeled items that go to `test`, in percent. */
export const TEST_SHARE = 28;

/** Plain FNV-1a over the UTF-16 code units, 32-bit (the effort corpus's frozen split was drawn with it). */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** FNV-1a over the UTF-16 code units, 32-bit, with a final avalanche: stable across engines and Node versions. */
export function stableHash(text: string): number {
  let h = fnv1a(text);
  // Final avalanche so that ids differing only in their last characters still spread over the range.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

export type SplitName = 'test' | 'rest';

export function splitOf(id: string | number): SplitName {
  return stableHash(`${SALT}:${id}`) % 100 < TEST_SHARE ? 'test' : 'rest';
}

export function isFrozenTest(id: string | number): boolean {
  return splitOf(id) === 'test';
}
