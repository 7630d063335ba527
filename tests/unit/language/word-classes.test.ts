import { describe, expect, it } from 'vitest';
import { normalizeRows, sphericalKMeans } from '../../../lib/language/word-classes/kmeans';
import { classCount, wordClass } from '../../../lib/language/word-classes';
import table from '../../../lib/language/word-classes/classes.json';

describe('spherical k-means', () => {
  // two tight bundles of directions, around (1,0,0) and (0,1,0)
  const rows = [[1, 0.05, 0], [0.9, -0.1, 0.02], [1, 0, 0.1], [0.02, 1, 0], [-0.1, 0.95, 0.05], [0, 1, -0.1]];
  const data = () => { const d = new Float32Array(rows.flat()); normalizeRows(d, 3); return d; };

  it('puts rows pointing the same way in one class and the two bundles apart', () => {
    const a = sphericalKMeans(data(), 3, 2, 7);
    expect(a[0]).toBe(a[1]);
    expect(a[1]).toBe(a[2]);
    expect(a[3]).toBe(a[4]);
    expect(a[4]).toBe(a[5]);
    expect(a[0]).not.toBe(a[3]);
  });

  it('gives the same classes for the same seed', () => {
    expect([...sphericalKMeans(data(), 3, 3, 5)]).toEqual([...sphericalKMeans(data(), 3, 3, 5)]);
  });

  it('refuses more classes than rows', () => {
    expect(() => sphericalKMeans(data(), 3, 7, 1)).toThrow(/between 1 and the number of rows/);
  });

});

describe('word classes table', () => {
  it('holds every word once, in one class', () => {
    const all = table.classes.filter(Boolean).flatMap((c) => c.split(' '));
    expect(all.length).toBe(table.words);
    expect(new Set(all).size).toBe(all.length);
    expect(classCount).toBe(table.classes.length);
  });

  it('finds a word by its class and nothing for a word outside the table', () => {
    const c = wordClass('twitter');
    expect(c).toBeDefined();
    expect(table.classes[c!].split(' ')).toContain('twitter');
    expect(wordClass('zzqxv')).toBeUndefined();
    expect(wordClass('')).toBeUndefined();
  });

  it('ships only the classes seen in the training text: an emptied class keeps its number, its words have none', () => {
    expect(table.classes.length).toBe(512);
    expect(table.classes.some((c) => c === '')).toBe(true);
    expect(wordClass('bavaria')).toBeUndefined();
  });

  it('groups words used alike', () => {
    expect(wordClass('hours')).toBe(wordClass('hour'));
    expect(wordClass('hours')).not.toBe(wordClass('twitter'));
    expect(wordClass('twitter')).toBe(wordClass('facebook'));
  });
});
