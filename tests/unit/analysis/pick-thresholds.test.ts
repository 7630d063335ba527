/**
 * The rule that picks the judge's thresholds (lib/analysis/train/train.ts, pickThresholds): the worse of the corpus's
 * cross-validations and our own replies out of fold count half each; where the corpus cannot tell thresholds apart,
 * our own replies decide.
 */
import { describe, expect, test } from 'vitest';
import { pickThresholds } from '../../../lib/analysis/train/train';

const C = 'customer-blame' as const;
/** An out-of-fold row: no rule hit, the judge's p, the label. */
const row = (id: string, p: number, y: boolean) =>
  ({ item: { id, labels: y ? [C] : [] }, p: { [C]: p, 'apology-without-help': 0 }, rule: { [C]: false, 'apology-without-help': false } }) as never;

// The corpus: a found positive at 0.9 and a negative at 0.5, so every add from 0.55 to 0.9 is as good as any other.
const corpus = [row('c1', 0.9, true), row('c2', 0.5, false), row('c3', 0.1, false)];
// Our replies: a negative at 0.62 and a positive at 0.8, so add 0.65 … 0.8 is right on them.
const own = [row('o1', 0.62, false), row('o2', 0.8, true), row('o3', 0.1, false)];

describe('pickThresholds', () => {
  test('on the corpus alone, the first of the tied adds', () => {
    expect(pickThresholds([corpus, corpus], C)).toEqual({ keep: 0, add: 0.55 });
  });
  test('with our replies out of fold, they decide among what the corpus ties', () => {
    expect(pickThresholds([corpus, corpus], C, own)).toEqual({ keep: 0, add: 0.65 });
  });
  test('the corpus keeps half the say: our replies cannot buy a corpus false flag cheaply', () => {
    // Of our 11 positives one is at 0.47 (found only at add ≤ 0.45); the corpus has a negative at 0.5. Below 0.55 the
    // corpus's P falls 1.0 → 0.5, far more than our R gains (0.91 → 1.0).
    const wantsLow = [...Array.from({ length: 10 }, (_, i) => row(`o${i}`, 0.8, true)), row('o10', 0.47, true), row('o11', 0.1, false)];
    expect(pickThresholds([corpus, corpus], C, wantsLow).add).toBe(0.55);
  });
});
