/**
 * Level agreement of the effort score with the team's labeled threads (data/own-threads.jsonl), on a fixed split:
 * the calibration part (by id hash) is what the levels' points and thresholds were chosen on; the held-out part
 * only measures.
 */
import { analyzeThread } from '../analyze-thread';
import type { EffortLevel, EffortReport } from '../types';
import { idHash } from './frozen-split';
import type { OwnThread } from './own-data';

/** Share of the threads (by id hash) the levels were calibrated on; the rest are held out. */
export const CALIBRATION_PERCENT = 50;
export const inCalibration = (id: string) => (idHash(id) >>> 8) % 100 < CALIBRATION_PERCENT;

export interface LevelAgreement {
  threads: number;
  agreement: number;
  highRecall: number;
  highPrecision: number;
  /** [labeled][scored] counts. */
  confusion: Record<EffortLevel, Record<EffortLevel, number>>;
}

export function levelAgreement(threads: readonly OwnThread[], report: (t: OwnThread) => Pick<EffortReport, 'level'> = (t) => analyzeThread(t)): LevelAgreement {
  const zero = () => ({ low: 0, medium: 0, high: 0 });
  const confusion = { low: zero(), medium: zero(), high: zero() };
  for (const t of threads) confusion[t.level][report(t).level]++;
  const same = confusion.low.low + confusion.medium.medium + confusion.high.high;
  const labeledHigh = confusion.high.low + confusion.high.medium + confusion.high.high;
  const scoredHigh = confusion.low.high + confusion.medium.high + confusion.high.high;
  return {
    threads: threads.length,
    agreement: threads.length ? same / threads.length : 1,
    highRecall: labeledHigh ? confusion.high.high / labeledHigh : 1,
    highPrecision: scoredHigh ? confusion.high.high / scoredHigh : 1,
    confusion,
  };
}

export const agreementLine = (a: LevelAgreement) =>
  `${a.threads} threads: level agreement ${a.agreement.toFixed(3)}, high-effort recall ${a.highRecall.toFixed(3)} at precision ${a.highPrecision.toFixed(3)}`;
