/**
 * The frozen test split of the labeled customer corpus: an item is in it when a hash of its id says so, so the split
 * never depends on file order and a new item falls on one side for good. No rule, threshold or weight is tuned on
 * the items in it; they only measure. Frozen on 2026-12-04 before any change to the detector (commit "Freeze…").
 */

/** About this share of the items (by id hash) are held out for testing. */
export const FROZEN_TEST_PERCENT = 28;

/** FNV-1a, 32 bits, over the id's UTF-16 units: small, stable, and the same in every runtime. */
export function idHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function inFrozenTest(id: string): boolean {
  return idHash(id) % 100 < FROZEN_TEST_PERCENT;
}

/** The k-fold (0..k-1) of an item outside the frozen split, for cross-validation: from another part of the hash. */
export function foldOf(id: string, k: number): number {
  return Math.floor(idHash(id) / 100) % k;
}
