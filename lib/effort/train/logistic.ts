/**
 * Logistic regression over sets of string features, one model per signal sharing one vocabulary: deterministic
 * (fixed order, no randomness), so the same data always gives the same weights.
 */
export interface SparseItem {
  /** Feature keys present (each counted once). */
  keys: string[];
  /** 1 when the item shows the label, else 0. */
  y: number[];
}

export interface LinearModel {
  labels: string[];
  bias: number[];
  /** Feature key → one weight per label. */
  weights: Record<string, number[]>;
}

export interface FitOptions {
  epochs: number;
  rate: number;
  l2: number;
  /** Features seen in fewer items than this are dropped. */
  minCount: number;
  /** Features whose every weight is smaller than this are left out of the model. */
  keepAbove: number;
}

export const DEFAULT_FIT: FitOptions = { epochs: 40, rate: 0.2, l2: 0.002, minCount: 2, keepAbove: 0.08 };

const sigmoid = (z: number) => 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));

export function fitLogistic(labels: string[], items: SparseItem[], options: FitOptions = DEFAULT_FIT): LinearModel {
  const counts = new Map<string, number>();
  for (const item of items) for (const k of new Set(item.keys)) counts.set(k, (counts.get(k) ?? 0) + 1);
  const vocab = [...counts.keys()].filter((k) => counts.get(k)! >= options.minCount).sort();
  const index = new Map(vocab.map((k, i) => [k, i]));
  const rows = items.map((item) => ({ x: [...new Set(item.keys.map((k) => index.get(k)).filter((i): i is number => i !== undefined))], y: item.y }));
  const L = labels.length;
  const w = new Float64Array(vocab.length * L);
  const b = new Float64Array(L);
  // Start each bias at the label's log-odds, so rare labels need no long climb.
  for (let l = 0; l < L; l++) {
    const pos = rows.reduce((n, r) => n + r.y[l], 0);
    b[l] = Math.log((pos + 1) / (rows.length - pos + 1));
  }
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const rate = options.rate / (1 + epoch * 0.1);
    // A fixed, interleaved order: item k of the epoch is (k * 7919 + epoch) mod n.
    for (let k = 0; k < rows.length; k++) {
      const r = rows[(k * 7919 + epoch * 31) % rows.length];
      for (let l = 0; l < L; l++) {
        let z = b[l];
        for (const i of r.x) z += w[i * L + l];
        const g = sigmoid(z) - r.y[l];
        b[l] -= rate * g;
        for (const i of r.x) w[i * L + l] -= rate * (g + options.l2 * w[i * L + l]);
      }
    }
  }
  const weights: Record<string, number[]> = {};
  vocab.forEach((k, i) => {
    // Two decimals, and only features that move some signal: the file ships in the content script.
    const row = Array.from(w.subarray(i * L, i * L + L), (v) => Math.round(v * 100) / 100);
    if (row.some((v) => Math.abs(v) >= options.keepAbove)) weights[k] = row;
  });
  return { labels, bias: Array.from(b, (v) => Math.round(v * 1000) / 1000), weights };
}
