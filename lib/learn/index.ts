/** Shared learning pieces, pure TypeScript (no DOM, no Node): used by the wording scorer and the effort detector. */
export { crossValidate, foldOf, leaveOneGroupOut } from './cross-validate';
export { ngrams, slotOf, vectorize, wordTokens, type SparseVector } from './features';
export {
  deserializeModel,
  fitLogistic,
  probability,
  score,
  serializeModel,
  type Example,
  type FitOptions,
  type LogisticModel,
  type SerializedModel,
} from './logistic';
export { pooled, precisionRecall, tallied, type PrecisionRecall } from './metrics';
export { seededRandom, shuffled } from './random';
export { fnv1a, isFrozenTest, splitOf, stableHash, TEST_SHARE, type SplitName } from './split';
