/**
 * Binary logistic regression over hashed sparse vectors, fit by AdaGrad SGD with L2, in a seeded order:
 * the same data and options give the same weights on every machine.
 */
import type { SparseVector } from './features';
import { seededRandom, shuffled } from './random';

export interface LogisticModel {
  bits: number;
  bias: number;
  weights: Float32Array;
}

export interface FitOptions {
  bits: number;
  epochs?: number;
  learningRate?: number;
  l2?: number;
  seed?: number;
  /** Weight of a positive example relative to a negative one (rare positives pull harder). Default: balanced. */
  positiveWeight?: number;
}

export interface Example {
  x: SparseVector;
  y: boolean;
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

export function score(model: LogisticModel, x: SparseVector): number {
  let z = model.bias;
  for (let i = 0; i < x.index.length; i++) z += model.weights[x.index[i]!]! * x.value[i]!;
  return z;
}

export function probability(model: LogisticModel, x: SparseVector): number {
  return sigmoid(score(model, x));
}

export function fitLogistic(examples: readonly Example[], options: FitOptions): LogisticModel {
  const { bits, epochs = 30, learningRate = 0.5, l2 = 1e-4, seed = 1 } = options;
  const dims = 1 << bits;
  const positives = examples.filter((e) => e.y).length;
  const negatives = examples.length - positives;
  const positiveWeight = options.positiveWeight ?? (positives ? Math.max(1, negatives / positives) : 1);
  const weights = new Float64Array(dims);
  const g2 = new Float64Array(dims).fill(1e-8);
  let bias = 0;
  let biasG2 = 1e-8;
  const random = seededRandom(seed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const { x, y } of shuffled(examples, random)) {
      let z = bias;
      for (let i = 0; i < x.index.length; i++) z += weights[x.index[i]!]! * x.value[i]!;
      const w = y ? positiveWeight : 1;
      const grad = (sigmoid(z) - (y ? 1 : 0)) * w;
      for (let i = 0; i < x.index.length; i++) {
        const j = x.index[i]!;
        const g = grad * x.value[i]! + l2 * weights[j]!;
        g2[j]! += g * g;
        weights[j]! -= (learningRate * g) / Math.sqrt(g2[j]!);
      }
      biasG2 += grad * grad;
      bias -= (learningRate * grad) / Math.sqrt(biasG2);
    }
  }
  return { bits, bias, weights: Float32Array.from(weights) };
}

/** The model as compact JSON: weights rounded to 4 decimals, zeros run-length skipped (slot → weight pairs). */
export interface SerializedModel {
  bits: number;
  bias: number;
  slots: number[];
  weights: number[];
}

export function serializeModel(model: LogisticModel, precision = 1e4): SerializedModel {
  const slots: number[] = [];
  const weights: number[] = [];
  model.weights.forEach((w, i) => {
    const r = Math.round(w * precision) / precision;
    if (r !== 0) (slots.push(i), weights.push(r));
  });
  return { bits: model.bits, bias: Math.round(model.bias * precision) / precision, slots, weights };
}

export function deserializeModel(s: SerializedModel): LogisticModel {
  if (s.slots.length !== s.weights.length) throw new Error('model: slots and weights differ in length');
  const weights = new Float32Array(1 << s.bits);
  s.slots.forEach((slot, i) => (weights[slot] = s.weights[i]!));
  return { bits: s.bits, bias: s.bias, weights };
}
