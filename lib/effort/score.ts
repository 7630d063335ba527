/**
 * Turns signals and thread structure into a 0..100 score with its reasons. Every part only ever adds points
 * and each part has its own cap, so more evidence never lowers the score (README.md, "How the effort score is built", explains the numbers).
 */
import { EFFORT_SIGNALS, type EffortSignalId } from '../taxonomy';
import type { EffortLevel, ScoreReason, StructureFactor, ThreadSignal, ThreadStructure } from './types';

interface SignalWeight {
  /** Points for the first customer message that shows the signal. */
  first: number;
  /** Points for each further message that shows it again. */
  more: number;
  cap: number;
  label: string;
  /** Completes "The customer …". */
  says: string;
}

export const SIGNAL_WEIGHTS: Record<EffortSignalId, SignalWeight> = {
  'escalation-demand': { first: 20, more: 5, cap: 30, label: 'escalation demand', says: 'asks for a manager or threatens to leave, complain or charge back' },
  unresolved: { first: 15, more: 5, cap: 25, label: 'unresolved issue', says: 'says an earlier fix or promise did not solve the problem' },
  'repeat-contact': { first: 15, more: 5, cap: 25, label: 'repeat contact', says: 'says they contacted us before about this' },
  transfer: { first: 12, more: 4, cap: 20, label: 'transfers', says: 'was passed between people or teams' },
  'repeated-information': { first: 10, more: 4, cap: 18, label: 'repeated information', says: 'had to give information again' },
  'long-wait': { first: 10, more: 4, cap: 18, label: 'long wait', says: 'says they waited a long time' },
  'channel-switch': { first: 8, more: 3, cap: 14, label: 'channel switch', says: 'tried another channel (phone, e-mail, chat, in person)' },
  frustration: { first: 8, more: 3, cap: 14, label: 'frustration', says: 'expresses frustration or anger' },
};

const HOUR = 3_600_000;
export const STRUCTURE_POINTS = {
  /** Per customer message beyond the second: each one is the customer having to write again. */
  perExtraCustomerMessage: 4,
  backAndForthCap: 16,
  perHandoff: 5,
  handoffCap: 15,
  /** Longest wait before a reply: [at least this long, points], longest first. */
  waits: [
    [72 * HOUR, 15],
    [24 * HOUR, 10],
    [4 * HOUR, 5],
  ] as const,
  reopened: 15,
};

/**
 * The calibrated part of the scale: level thresholds, and the points for several kinds of effort at once (the
 * README's definition of high). Chosen on the calibration half of the team's labeled threads by
 * `npm run --silent train:effort:levels`, which prints the grid and the held-out agreement.
 */
export interface EffortScale {
  /** Score thresholds: below medium is low, from high up is high. */
  levels: { medium: number; high: number };
  /** Points for each kind of effort the customer's words show (signal ids) beyond `fromKinds - 1`, up to `cap`. */
  breadth: { fromKinds: number; perKind: number; cap: number };
}

export const EFFORT_SCALE: EffortScale = {
  levels: { medium: 13, high: 50 },
  breadth: { fromKinds: 3, perKind: 25, cap: 50 },
};

export const LEVELS = EFFORT_SCALE.levels;

export function levelOf(score: number, scale: EffortScale = EFFORT_SCALE): EffortLevel {
  return score >= scale.levels.high ? 'high' : score >= scale.levels.medium ? 'medium' : 'low';
}

export function scoreReasons(signals: ThreadSignal[], structure: ThreadStructure, scale: EffortScale = EFFORT_SCALE): ScoreReason[] {
  const reasons: ScoreReason[] = [];
  const messagesBySignal = new Map<EffortSignalId, Set<number>>();
  for (const s of signals) {
    if (!messagesBySignal.has(s.id)) messagesBySignal.set(s.id, new Set());
    messagesBySignal.get(s.id)!.add(s.message);
  }
  for (const id of EFFORT_SIGNALS) {
    const count = messagesBySignal.get(id)?.size ?? 0;
    if (count === 0) continue;
    const w = SIGNAL_WEIGHTS[id];
    const points = Math.min(w.cap, w.first + w.more * (count - 1));
    reasons.push({ source: id, points, detail: `The customer ${w.says} (${plural(count, 'message')})` });
  }

  const extra = Math.max(0, structure.customerMessages - 2);
  if (extra > 0) {
    const points = Math.min(STRUCTURE_POINTS.backAndForthCap, extra * STRUCTURE_POINTS.perExtraCustomerMessage);
    reasons.push(structureReason('back-and-forth', points, `The customer had to write ${structure.customerMessages} messages`));
  }
  if (structure.handoffs > 0) {
    const points = Math.min(STRUCTURE_POINTS.handoffCap, structure.handoffs * STRUCTURE_POINTS.perHandoff);
    reasons.push(
      structureReason('handoffs', points, `${structure.distinctAgents} different agents replied (${plural(structure.handoffs, 'hand-off')})`),
    );
  }
  if (structure.longestWaitMs !== null) {
    const band = STRUCTURE_POINTS.waits.find(([atLeast]) => structure.longestWaitMs! >= atLeast);
    if (band) reasons.push(structureReason('wait-before-reply', band[1], `The longest wait for a reply was ${duration(structure.longestWaitMs)}`));
  }
  if (structure.reopened) reasons.push(structureReason('reopened', STRUCTURE_POINTS.reopened, 'The ticket was reopened'));

  // Several kinds of effort in the customer's words at once weigh more than their sum: each kind from the
  // `fromKinds`-th on adds points. The thread's shape is not counted: a long thread is not several kinds of effort.
  const kinds = messagesBySignal.size;
  const { fromKinds, perKind, cap } = scale.breadth;
  if (perKind > 0 && kinds >= fromKinds) {
    const points = Math.min(cap, (kinds - fromKinds + 1) * perKind);
    reasons.push(structureReason('several-kinds', points, `The customer shows ${kinds} different kinds of effort at once`));
  }
  return reasons.sort((a, b) => b.points - a.points);
}

export const STRUCTURE_LABELS: Record<StructureFactor, string> = {
  'back-and-forth': 'many messages',
  handoffs: 'hand-offs between agents',
  'wait-before-reply': 'slow replies',
  reopened: 'reopened ticket',
  'several-kinds': 'several kinds of effort at once',
};

function structureReason(source: StructureFactor, points: number, detail: string): ScoreReason {
  return { source, points, detail };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "2 days 3 hours", "5 hours", "40 minutes". */
export function duration(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days > 0) return hours > 0 ? `${plural(days, 'day')} ${plural(hours, 'hour')}` : plural(days, 'day');
  if (hours > 0) return plural(hours, 'hour');
  return plural(minutes, 'minute');
}
