/**
 * The customer-effort detector: pure TypeScript, no DOM or browser API. The rules' sources (rules/*.ts) are not
 * exported here: the detector ships them precompiled (compiled-rules.json), and the page never loads the sources.
 */
export { detectEffortSignals, explainEffortSignals } from './detect';
export { analyzeThread } from './analyze-thread';
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
