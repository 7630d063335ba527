import { describe, expect, test } from 'vitest';
import { isFrozenTest, splitOf, stableHash, TEST_SHARE } from '../../../lib/learn/split';

describe('frozen test split', () => {
  test('is a fixed function of the id: these ids are on these sides for good', () => {
    // Pinned: if this fails, the split moved and every figure measured on it so far is void.
    expect(stableHash('abc')).toBe(482950588);
    const pinned = ['twcs:2852', 'twcs:4611', 'ibm:kI6g2C1miM9huZkhjEwg:2', 'gp:x:reply', 'own:0001', 'own:0002', 'cfpb:1'].map(splitOf);
    expect(pinned).toMatchInlineSnapshot(`
      [
        "rest",
        "test",
        "rest",
        "rest",
        "rest",
        "rest",
        "test",
      ]
    `);
  });

  test('sends about TEST_SHARE percent of ids to test', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `item:${i}`);
    const share = ids.filter(isFrozenTest).length / ids.length;
    expect(share).toBeGreaterThan(TEST_SHARE / 100 - 0.02);
    expect(share).toBeLessThan(TEST_SHARE / 100 + 0.02);
  });

  test('numbers and their string form fall on the same side', () => {
    for (let i = 0; i < 200; i++) expect(splitOf(i)).toBe(splitOf(String(i)));
  });
});
