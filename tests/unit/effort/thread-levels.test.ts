/**
 * The effort scale against the team's own labeled threads (lib/effort/train/data/own-threads.jsonl): the shipped
 * scale is the one the calibration script chooses on the calibration half, and on the held-out half (never used to
 * choose) its levels agree with the labels. Floors sit a little under what the scale reaches.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyzeThread } from '../../../lib/effort';
import { EFFORT_SCALE, SIGNAL_WEIGHTS } from '../../../lib/effort/score';
import { calibrationParts, chooseScale, meetsDefinition } from '../../../lib/effort/train/calibrate-levels';
import { agreementLine, levelAgreement } from '../../../lib/effort/train/thread-levels';
import { EFFORT_SIGNALS } from '../../../lib/taxonomy';

const FLOORS = { agreement: 0.76, highRecall: 0.77, highPrecision: 0.8 };

describe('effort levels on the team’s labeled threads', () => {
  const { calibration, heldOut } = calibrationParts();

  test('the shipped scale is the calibration script’s choice on the calibration half', () => {
    expect(calibration.length).toBeGreaterThanOrEqual(50);
    expect(chooseScale(calibration)).toEqual(EFFORT_SCALE);
  });

  test('held-out half (never used to choose the scale): level agreement and high-effort recall/precision', () => {
    expect(heldOut.length).toBeGreaterThanOrEqual(50);
    const a = levelAgreement(heldOut);
    console.log(`effort levels, held-out threads (own-threads.jsonl, not calibrated on): ${agreementLine(a)}`);
    expect(a.agreement).toBeGreaterThanOrEqual(FLOORS.agreement);
    expect(a.highRecall).toBeGreaterThanOrEqual(FLOORS.highRecall);
    expect(a.highPrecision).toBeGreaterThanOrEqual(FLOORS.highPrecision);
  });

  test('the README states the shipped scale: level bounds, several-kinds points, and every signal weight', () => {
    const readme = fs.readFileSync(path.resolve(import.meta.dirname, '../../../README.md'), 'utf8');
    const { levels, breadth } = EFFORT_SCALE;
    expect(readme).toContain(`*Low* (0–${levels.medium - 1})`);
    expect(readme).toContain(`*Medium* (${levels.medium}–${levels.high - 1})`);
    expect(readme).toContain(`*High* (${levels.high}–100)`);
    expect(readme).toContain(`${breadth.perKind} for the third kind, ${breadth.cap} from the fourth`);
    for (const w of Object.values(SIGNAL_WEIGHTS)) expect(readme, w.label).toContain(`| ${w.first} | ${w.more} | ${w.cap} |`);
  });

  test('three different kinds of effort at once are high, as the README defines it, whichever three', () => {
    expect(meetsDefinition(EFFORT_SCALE)).toBe(true);
    // the three signals worth the fewest points, one message each
    const texts = ['Your hotline put me on hold.', 'This is ridiculous.', 'Nobody answers, I have been waiting for two weeks.'];
    const report = analyzeThread({ messages: texts.map((text) => ({ role: 'customer' as const, text })) });
    expect(new Set(report.signals.map((s) => s.id)).size).toBeGreaterThanOrEqual(3);
    expect(report.level).toBe('high');
    expect(report.reasons.some((r) => r.source === 'several-kinds')).toBe(true);
    expect(Object.keys(SIGNAL_WEIGHTS).sort()).toEqual([...EFFORT_SIGNALS].sort());
  });
});
