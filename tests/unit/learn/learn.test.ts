import { describe, expect, test } from 'vitest';
import {
  crossValidate,
  deserializeModel,
  fitLogistic,
  foldOf,
  leaveOneGroupOut,
  ngrams,
  pooled,
  precisionRecall,
  probability,
  serializeModel,
  vectorize,
  wordTokens,
} from '../../../lib/learn';

describe('features', () => {
  test('word tokens fold handles, URLs and numbers; keep contractions', () => {
    expect(wordTokens("@Sam I'm sorry, see https://x.co/a or call 555-1234. Don’t")).toEqual([
      '<handle>', "i'm", 'sorry', 'see', '<url>', 'or', 'call', '<num>', '<num>', "don't",
    ]);
  });

  test('n-grams up to n, named by order', () => {
    expect(ngrams(['you', 'should', 'have'], 2)).toEqual(['w1:you', 'w1:should', 'w1:have', 'w2:you_should', 'w2:should_have']);
  });

  test('vectorize counts a feature once, sorted slots, weighted extras add', () => {
    const v = vectorize(['a', 'a', 'b'], 10, new Map([['len', 0.5]]));
    expect([...v.index]).toEqual([...v.index].sort((x, y) => x - y));
    expect(v.value.reduce((s, x) => s + x, 0)).toBeCloseTo(2.5);
    expect(Math.max(...v.index)).toBeLessThan(1 << 10);
  });
});

describe('logistic regression', () => {
  const examples = [
    ...['sorry nothing we can do', 'sorry that is our policy', 'unfortunately we cannot help'].map((t) => ({ t, y: true })),
    ...['sorry, I have refunded you', 'please restart the app', 'I sent a replacement today', 'thanks for the update'].map((t) => ({ t, y: false })),
  ].map(({ t, y }) => ({ x: vectorize(ngrams(wordTokens(t), 2), 12), y }));

  test('separates a separable set and is deterministic', () => {
    const a = fitLogistic(examples, { bits: 12, epochs: 50, seed: 7 });
    const b = fitLogistic(examples, { bits: 12, epochs: 50, seed: 7 });
    expect([...a.weights]).toEqual([...b.weights]);
    for (const e of examples) expect(probability(a, e.x) > 0.5).toBe(e.y);
  });

  test('serialises compactly and round-trips to the same predictions', () => {
    const m = fitLogistic(examples, { bits: 12, epochs: 50 });
    const s = serializeModel(m);
    expect(s.slots.length).toBeLessThan(1 << 12);
    const back = deserializeModel(JSON.parse(JSON.stringify(s)));
    for (const e of examples) expect(probability(back, e.x)).toBeCloseTo(probability(m, e.x), 3);
    expect(() => deserializeModel({ ...s, weights: [] })).toThrow();
  });
});

describe('metrics and folds', () => {
  test('precision and recall', () => {
    const r = precisionRecall([true, true, false, false], [true, false, true, false]);
    expect(r).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5 });
    expect(pooled([r, r])).toMatchObject({ tp: 2, fp: 2, fn: 2, precision: 0.5 });
    expect(precisionRecall([false], [false])).toMatchObject({ precision: 1, recall: 1 });
  });

  test('folds are fixed by id and every item is tested exactly once; train-only items never tested', () => {
    const items = Array.from({ length: 50 }, (_, i) => ({ id: `x${i}` }));
    const extra = [{ id: 'own-1' }];
    const seen: string[] = [];
    const sizes = crossValidate(items, 5, (train, test) => {
      seen.push(...test.map((t) => t.id));
      expect(train).toContainEqual(extra[0]);
      expect(train.some((t) => test.includes(t))).toBe(false);
      return test.length;
    }, extra);
    expect(sizes).toHaveLength(5);
    expect(seen.sort()).toEqual(items.map((i) => i.id).sort());
    expect(foldOf('x3', 5)).toBe(foldOf('x3', 5));
    expect(() => crossValidate(items, 1, () => 0)).toThrow();
  });

  test('leave-one-group-out tests each group once, alone; ungrouped items only ever train', () => {
    const items = [
      { id: 'a1', g: 'a' },
      { id: 'b1', g: 'b' },
      { id: 'a2', g: 'a' },
      { id: 'c1', g: 'c' },
      { id: 'x', g: null },
    ];
    const runs = leaveOneGroupOut(items, (i) => i.g, (train, test, group) => ({ group, train: train.map((i) => i.id), test: test.map((i) => i.id) }));
    expect(runs.map((r) => r.group)).toEqual(['a', 'b', 'c']);
    expect(runs[0]).toEqual({ group: 'a', train: ['b1', 'c1', 'x'], test: ['a1', 'a2'] });
    for (const r of runs) expect(r.train).toContain('x');
    expect(runs.flatMap((r) => r.test).sort()).toEqual(['a1', 'a2', 'b1', 'c1']);
    expect(() => leaveOneGroupOut([{ g: 'a' }, { g: null }], (i) => i.g, () => 0)).toThrow();
  });
});
