/** The scorer's fit keeps away from the held-out batches' wording: no message of ours near one of theirs is fit on. */
import { expect, test } from 'vitest';
import { nearTextIndex } from '../../../lib/learn/near-text';
import { heldOutTexts, ownMessages } from '../../../lib/effort/train/own-data';

test('no message the scorer is fit on is near (word trigrams, Jaccard >= 0.3) a held-out batch message', () => {
  const held = heldOutTexts();
  expect(held.length).toBeGreaterThan(1000);
  const near = nearTextIndex(held);
  expect(ownMessages().filter((m) => near(m.text)).map((m) => m.id)).toEqual([]);
});
