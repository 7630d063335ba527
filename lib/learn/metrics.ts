/** Precision and recall of binary predictions against gold labels. */
export interface PrecisionRecall {
  tp: number;
  fp: number;
  fn: number;
  positives: number;
  precision: number;
  recall: number;
}

export function precisionRecall(predicted: readonly boolean[], gold: readonly boolean[]): PrecisionRecall {
  if (predicted.length !== gold.length) throw new Error('predicted and gold differ in length');
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < gold.length; i++) {
    if (predicted[i] && gold[i]) tp++;
    else if (predicted[i]) fp++;
    else if (gold[i]) fn++;
  }
  return tallied(tp, fp, fn);
}

/** P and R from counts; an empty denominator scores 1 (nothing predicted, nothing wrong). */
export function tallied(tp: number, fp: number, fn: number): PrecisionRecall {
  return {
    tp,
    fp,
    fn,
    positives: tp + fn,
    precision: tp + fp ? round3(tp / (tp + fp)) : 1,
    recall: tp + fn ? round3(tp / (tp + fn)) : 1,
  };
}

/** Sums several folds' counts into one figure (micro-average), the honest way to pool small folds. */
export function pooled(parts: readonly PrecisionRecall[]): PrecisionRecall {
  return tallied(
    parts.reduce((s, p) => s + p.tp, 0),
    parts.reduce((s, p) => s + p.fp, 0),
    parts.reduce((s, p) => s + p.fn, 0),
  );
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
