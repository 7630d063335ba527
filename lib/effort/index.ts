/** The customer-effort detector: pure TypeScript, no DOM or browser API. */
export { detectEffortSignals } from './detect';
export { analyzeThread } from './analyze-thread';
export { SIGNAL_RULES } from './rules/index';
export type { SignalRule } from './rules/schema';
export type {
  EffortLevel,
  EffortReport,
  EffortSignal,
  ScoreReason,
  StructureFactor,
  Thread,
  ThreadMessage,
  ThreadSignal,
  ThreadStructure,
} from './types';
