import { describe, expect, test } from 'vitest';
import { nearTextIndex, wordTrigrams } from '../../../lib/learn/near-text';

describe('near text by word trigrams', () => {
  test('trigrams are lower-cased words in order; a short text is one gram', () => {
    expect([...wordTrigrams('Sorry, we CANNOT refund it.')]).toEqual(['sorry we cannot', 'we cannot refund', 'cannot refund it']);
    expect([...wordTrigrams('Thanks!')]).toEqual(['thanks']);
  });

  test('a formulaic reply that differs in a name is near; a different reply with shared words is not', () => {
    const near = nearTextIndex(['Hi Priya, sorry for the inconvenience caused. Please DM us your booking reference.']);
    expect(near('Hi Marcus, sorry for the inconvenience caused. Please DM us your booking reference.')).toBe(true);
    expect(near('We are sorry the booking reference did not arrive; I have re-sent it to your e-mail just now.')).toBe(false);
    expect(near('Thanks!')).toBe(false);
  });

  test('the threshold is the Jaccard overlap of the two trigram sets', () => {
    // 4 trigrams each, 2 shared: Jaccard 2 / 6
    const pool = ['a b c d e f'];
    expect(nearTextIndex(pool, 0.33)('a b c d x y')).toBe(true);
    expect(nearTextIndex(pool, 0.34)('a b c d x y')).toBe(false);
  });
});
