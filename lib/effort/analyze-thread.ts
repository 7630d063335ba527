/** The ticket's effort report: every customer message's signals, the thread's structure, a score and why. */
import { detectEffortSignals } from './detect';
import { EFFORT_SCALE, levelOf, scoreReasons, SIGNAL_WEIGHTS, STRUCTURE_LABELS, type EffortScale } from './score';
import { threadStructure } from './structure';
import type { EffortReport, ScoreReason, Thread, ThreadSignal } from './types';
import type { EffortSignalId } from '../taxonomy';

/** `scale` is for calibration only (lib/effort/train/calibrate-levels.ts): the product always uses EFFORT_SCALE. */
export function analyzeThread(thread: Thread, scale: EffortScale = EFFORT_SCALE): EffortReport {
  const signals: ThreadSignal[] = [];
  thread.messages.forEach((message, index) => {
    // Internal notes and agent replies are never the customer speaking.
    if (message.internal || message.role !== 'customer') return;
    for (const s of detectEffortSignals(message.text)) signals.push({ id: s.id, start: s.start, end: s.end, match: s.match, message: index });
  });
  const structure = threadStructure(thread);
  const reasons = scoreReasons(signals, structure, scale);
  const score = Math.min(100, reasons.reduce((sum, r) => sum + r.points, 0));
  const level = levelOf(score, scale);
  return { score, level, signals, structure, reasons, summary: summarize(score, level, reasons) };
}

function summarize(score: number, level: EffortReport['level'], reasons: ScoreReason[]): string {
  const head = `${level[0].toUpperCase()}${level.slice(1)} effort (${score}/100)`;
  if (reasons.length === 0) return `${head}: no effort signals found.`;
  const labels = reasons.map((r) =>
    r.source in SIGNAL_WEIGHTS ? SIGNAL_WEIGHTS[r.source as EffortSignalId].label : STRUCTURE_LABELS[r.source as keyof typeof STRUCTURE_LABELS],
  );
  return `${head}: ${labels.join(', ')}.`;
}
