/**
 * Text kept out to measure on must never reach what the shipped weights are fit on: the effort detector's
 * `heldout-NN` and `blind-NN` batches are not in its training messages, and the wording judge's `train/unseen/`
 * replies are not in its training replies. A held-out figure from text the model was fit on would be a lie.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NATURAL_READ_SETS, naturalSet, ownItems } from '../../../lib/analysis/train/dataset';
import { readJsonl } from '../../../lib/effort/train/corpus';
import { BATCHES_DIR, HELD_OUT_BATCH_TEXT, ownMessages, sameText } from '../../../lib/effort/train/own-data';

const root = path.resolve(import.meta.dirname, '../../..');
const UNSEEN = path.join(root, 'lib/analysis/train/unseen');

const jsonlIn = (dir: string, name: RegExp) =>
  fs.readdirSync(dir).filter((f) => name.test(f)).map((f) => path.join(dir, f));

function leaks(heldFiles: string[], trained: { id: string; text: string }[]): string[] {
  const ids = new Set(trained.map((m) => m.id));
  const texts = new Set(trained.map((m) => sameText(m.text)));
  return heldFiles.flatMap((file) =>
    readJsonl<{ id: string; text: string }>(file)
      .filter((m) => ids.has(m.id) || texts.has(sameText(m.text)))
      .map((m) => `${path.basename(file)}: ${m.id}`),
  );
}

describe('held-out text is never trained on', () => {
  it('the effort scorer is fit on no message of a heldout or blind batch', () => {
    const held = jsonlIn(BATCHES_DIR, HELD_OUT_BATCH_TEXT);
    expect(held.length).toBeGreaterThan(0);
    expect(leaks(held, ownMessages())).toEqual([]);
  });

  it('the wording judge is fit on no reply of train/unseen', () => {
    const held = jsonlIn(UNSEEN, /\.jsonl$/);
    expect(held.length).toBeGreaterThan(0);
    expect(leaks(held, ownItems())).toEqual([]);
  });

  it('the natural read sets (fit on, or left out in turn by the grouped CV) are none of the never-read sets', () => {
    for (const set of NATURAL_READ_SETS) {
      expect(set).not.toMatch(/-held$|blind/);
      expect(naturalSet(set).items.length, set).toBeGreaterThan(0);
    }
  });

  it('finds a leak when there is one', () => {
    const file = jsonlIn(BATCHES_DIR, /^heldout-\d+\.text\.jsonl$/)[0];
    const [first] = readJsonl<{ id: string; text: string }>(file);
    expect(leaks([file], [{ id: 'other', text: `  ${first.text.toUpperCase()} ` }])).toEqual([`${path.basename(file)}: ${first.id}`]);
  });
});
