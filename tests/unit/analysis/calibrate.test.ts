/**
 * The judge's calibration (lib/analysis/train/calibrate.ts) and the thresholds that follow from it
 * (lib/analysis/train/train.ts, calibratedThresholds): thresholds are fixed probabilities, and the raw cut-offs that
 * ship move smoothly with the data instead of jumping a grid step.
 */
import { describe, expect, test } from 'vitest';
import { calibrated, fitPlatt, logit, rawCutoff } from '../../../lib/analysis/train/calibrate';
import { CALIBRATED, calibratedThresholds } from '../../../lib/analysis/train/train';

const C = 'customer-blame' as const;
/** An out-of-fold row: whether a rule flagged it, the judge's raw p, the label. */
const row = (id: string, p: number, y: boolean, rule = false) =>
  ({ item: { id, labels: y ? [C] : [] }, p: { [C]: p, 'apology-without-help': 0 }, rule: { [C]: rule, 'apology-without-help': false } }) as never;

/** Rows whose true chance of the problem at raw p is `truth(p)`: n rows per p on a grid, positives spread evenly. */
function sample(truth: (p: number) => number, n = 40) {
  const rows: { p: number; y: boolean; w: number }[] = [];
  for (let k = 1; k < 20; k++) {
    const p = k / 20;
    const pos = Math.round(truth(p) * n);
    for (let i = 0; i < n; i++) rows.push({ p, y: i < pos, w: 1 });
  }
  return rows;
}

describe('fitPlatt', () => {
  test('an already calibrated score maps to itself', () => {
    const m = fitPlatt(sample((p) => p));
    expect(m.a).toBeCloseTo(1, 1);
    expect(m.b).toBeCloseTo(0, 1);
  });
  test('an over-confident score (a class-balanced fit on rare positives) is pulled down', () => {
    // True chance σ(logit(p) − 1.5): raw 0.7 is really ~0.34.
    const m = fitPlatt(sample((p) => 1 / (1 + Math.exp(-(logit(p) - 1.5)))));
    expect(calibrated(m, 0.7)).toBeGreaterThan(0.28);
    expect(calibrated(m, 0.7)).toBeLessThan(0.42);
  });
  test('deterministic, and smooth: one more row moves the map a little', () => {
    const rows = sample((p) => p * p);
    expect(fitPlatt(rows)).toEqual(fitPlatt(rows));
    const a = fitPlatt(rows);
    const b = fitPlatt([...rows, { p: 0.72, y: false, w: 1 }]);
    expect(Math.abs(rawCutoff(a, 0.6) - rawCutoff(b, 0.6))).toBeLessThan(0.01);
  });
});

describe('rawCutoff', () => {
  test('inverts the map, rounded up to 4 decimals', () => {
    const m = { a: 1.2, b: -0.8 };
    const raw = rawCutoff(m, 0.6);
    expect(calibrated(m, raw)).toBeGreaterThanOrEqual(0.6);
    expect(calibrated(m, raw - 1e-4)).toBeLessThan(0.6);
    expect(Math.round(raw * 1e4)).toBe(raw * 1e4);
  });
  test('a map that does not increase never flags', () => {
    expect(rawCutoff({ a: 0, b: 0 }, 0.6)).toBe(Infinity);
  });
});

describe('calibratedThresholds', () => {
  test('the same probabilities for both categories, the judge 60% sure either way', () => {
    expect(CALIBRATED).toEqual({ keep: 0.4, add: 0.6 });
  });
  test('each side gets its own map: rule hits that are nearly always right stand at any p', () => {
    const corpus = [
      ...Array.from({ length: 30 }, (_, i) => row(`r${i}`, 0.2 + (i % 10) / 20, i % 15 !== 0, true)),
      ...Array.from({ length: 60 }, (_, i) => row(`n${i}`, (i % 19) / 20 + 0.02, i % 19 >= 16)),
    ];
    const t = calibratedThresholds([corpus, corpus], C);
    expect(t.keep).toBeLessThan(0.2);
    expect(t.add).toBeGreaterThan(0.5);
    expect(t.add).toBeLessThan(1);
  });
  test('our replies are reweighted to the corpus rate: writing more positives does not lower the bar', () => {
    const corpus = Array.from({ length: 100 }, (_, i) => row(`c${i}`, (i % 20) / 20 + 0.025, i % 20 >= 17));
    // Our replies: the same scores, but every other reply at high p is a positive we wrote on purpose.
    const own = Array.from({ length: 200 }, (_, i) => row(`o${i}`, (i % 20) / 20 + 0.025, i % 20 >= 17 || (i % 20 >= 12 && i % 2 === 0)));
    const withOwn = calibratedThresholds([corpus, corpus], C, own);
    const heavy = calibratedThresholds([corpus, corpus], C, [...own, ...own.filter((r: { item: { labels: string[] } }) => r.item.labels.length)]);
    // Doubling our positives changes our rate, and the label-shift correction takes it out again.
    expect(Math.abs(withOwn.add - heavy.add)).toBeLessThan(0.02);
  });
});
