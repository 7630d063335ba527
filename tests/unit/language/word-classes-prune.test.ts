import { describe, expect, it } from 'vitest';
import { corpusMissing } from '../../../lib/effort/train/corpus';
import { shippableTraining } from '../../../lib/effort/train/train';
import { classTextCounts, pruneClasses } from '../../../lib/language/word-classes/prune';
import table from '../../../lib/language/word-classes/classes.json';

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

  // the emptied classes' words are not in the file (rebuilding needs GloVe's vectors), so only the kept half is checked:
  // a batch added to the fit without `npm run build:word-classes` fails here when it drops a kept class under the line
  it('the shipped table keeps only classes the training text reaches (build.ts --min-texts)', (ctx) => {
    const missing = corpusMissing();
    if (missing) ctx.skip(missing);
    const counts = classTextCounts(table.classes.map((c) => (c ? c.split(' ') : [])), shippableTraining().map((m) => m.text));
    table.classes.forEach((c, i) => expect(counts[i]! >= table.minTexts, `class ${i}`).toBe(c !== ''));
  }, 60_000);
});
