import { describe, expect, it } from 'vitest';
import { classTextCounts, pruneClasses } from '../../../lib/language/word-classes/prune';

describe('word-class pruning', () => {
  const classes = [['router', 'modem'], ['bavaria', 'sicily'], ['refund', 'refunded']];
  const texts = ['My ROUTER keeps dropping, the modem too', 'Still no refund.', 'The router again', 'refunded twice?'];

  it('counts each text once per class, lower-cased', () => {
    expect(classTextCounts(classes, texts)).toEqual([2, 0, 2]);
  });

  it('empties the classes seen in too few texts and keeps every other class at its number', () => {
    expect(pruneClasses(classes, texts, 2)).toEqual([['router', 'modem'], [], ['refund', 'refunded']]);
    expect(pruneClasses(classes, texts, 3)).toEqual([[], [], []]);
    expect(pruneClasses(classes, texts, 0)).toEqual(classes);
  });
});
