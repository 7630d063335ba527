import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../lib/effort/learned/features';
import { band, compound, valenceFeatures, valenceOf } from '../../../lib/effort/learned/valence';

const score = (text: string) => compound(tokenize(text), text);

describe('valence (VADER lexicon and rules over the scorer tokens)', () => {
  it('reads the lexicon', () => {
    expect(valenceOf('terrible')).toBe(-2.1);
    expect(valenceOf('great')).toBe(3.1);
    expect(valenceOf('invoice')).toBeUndefined();
  });

  // the compound scores the npm port (vader-sentiment 1.1.3) gives these sentences
  it.each([
    ['The service is terrible!!!', -0.6093],
    ['not good at all', -0.3412],
    ['Thanks, great help.', 0.8658],
    ['it was fine but the refund is awful', -0.5574],
    ['My order number is 4471.', 0.0772],
  ])('scores %j as VADER does', (text, expected) => {
    expect(score(text)).toBeCloseTo(expected, 3);
  });

  it('negates a word after a negator, also one written in capitals (the npm port misses "NOT")', () => {
    expect(score('this is good')).toBeGreaterThan(0);
    expect(score('this is not good')).toBeLessThan(0);
    expect(score('this is NOT good')).toBeLessThan(0);
  });

  it('weighs capitals among lower-case words and degree adverbs', () => {
    expect(score('this is AWFUL')).toBeLessThan(score('this is awful'));
    expect(score('this is really awful')).toBeLessThan(score('this is awful'));
    expect(score('this is slightly awful')).toBeGreaterThan(score('this is awful'));
  });

  it('bands a compound score', () => {
    expect([-0.9, -0.75, -0.6, -0.2, 0, 0.3, 0.8].map(band)).toEqual(['-3', '-3', '-2', '-1', '0', '+1', '+2']);
  });

  it('gives the message band and its most negative sentence, spanning that sentence', () => {
    const text = 'Thanks for the quick reply, great service. The refund is still missing and this is awful! ';
    const f = valenceFeatures(tokenize(text), text);
    expect(f.map((x) => x.key)).toEqual(['vc:+1', 'vs:-2']);
    expect(text.slice(f[1]!.start, f[1]!.end)).toBe('The refund is still missing and this is awful!');
  });

  it('gives nothing for an empty message and a neutral band for words the lexicon lacks', () => {
    expect(valenceFeatures([], '')).toEqual([]);
    expect(valenceFeatures(tokenize('order 4471 shipped'), 'order 4471 shipped').map((x) => x.key)).toEqual(['vc:0', 'vs:0']);
  });
});
