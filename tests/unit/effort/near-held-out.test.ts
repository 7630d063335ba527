/** The scorer's fit keeps away from the held-out batches' wording: no message of ours near one of theirs is fit on. */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { nearTextIndex } from '../../../lib/learn/near-text';
import { BATCHES_DIR, HELD_OUT_BATCH_TEXT, ownMessages } from '../../../lib/effort/train/own-data';
import { readJsonl } from '../../../lib/effort/train/corpus';

test('no message the scorer is fit on is near (word trigrams, Jaccard >= 0.3) a held-out batch message', () => {
  const held = fs
    .readdirSync(BATCHES_DIR)
    .filter((f) => HELD_OUT_BATCH_TEXT.test(f))
    .flatMap((f) => readJsonl<{ text: string }>(path.join(BATCHES_DIR, f)).map((m) => m.text));
  expect(held.length).toBeGreaterThan(1000);
  const near = nearTextIndex(held);
  expect(ownMessages().filter((m) => near(m.text)).map((m) => m.id)).toEqual([]);
});
