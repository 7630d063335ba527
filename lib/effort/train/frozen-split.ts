/**
 * The frozen test split of the labeled CUSTOMER corpus: an item is in it when a hash of its id says so, so the split
 * never depends on file order and a new item falls on one side for good. No rule, threshold or weight is tuned on
 * the items in it; they only measure. Frozen on 2026-12-04 before any change to the detector (commit "Freeze…"),
 * before lib/learn's splitOf existed: that one (salted, with a final avalanche) puts other customer items in its
 * test side, so the effort detector keeps this function to keep the same 143 items frozen. Replies use lib/learn's.
 */

import { fnv1a } from '../../learn';

/** About this share of the items (by id hash) are held out for testing. */
export const FROZEN_TEST_PERCENT = 28;

/** The id's plain FNV-1a hash (lib/learn's stableHash adds an avalanche, which would move items across the split). */
export const idHash = (id: string): number => fnv1a(id);

export function inFrozenTest(id: string): boolean {
  return idHash(id) % 100 < FROZEN_TEST_PERCENT;
}
