/**
 * Platt calibration of the judge's probability (issue 11's thirteenth pass). The judge is a class-balanced logistic
 * regression, so its raw p is not the chance that a reply has the problem. Fit on out-of-fold scores, a
 * two-parameter map per category and per side (a rule flagged the category, or none did),
 *
 *   P(problem | raw p, side) = σ(a · logit(p) + b),
 *
 * turns it into one; the thresholds are then fixed probabilities (CALIBRATED in train.ts) and the raw cut-offs that
 * ship follow from the map. A map fit by a smooth loss moves a little when one rule or one reply changes; a
 * threshold picked on a 0.05 grid by a criterion that is flat over several steps jumps (the ninth to twelfth passes).
 */

export interface Platt {
  a: number;
  b: number;
}

export interface CalibrationRow {
  /** The judge's raw probability, out of fold. */
  p: number;
  y: boolean;
  /** How much the row counts in the fit (each source of rows gets a share; see train.ts). */
  w: number;
}

const EPS = 1e-6;
export const logit = (p: number) => {
  const q = Math.min(1 - EPS, Math.max(EPS, p));
  return Math.log(q / (1 - q));
};
const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/**
 * The (a, b) that minimise the weighted log loss of σ(a · logit(p) + b), with Platt's smoothed targets (so a side
 * with no errors does not send a to infinity) and a weak pull of a toward 1 and b toward 0. Newton's method from
 * (1, 0), a fixed number of steps: deterministic, no seed.
 */
export function fitPlatt(rows: readonly CalibrationRow[]): Platt {
  const posW = rows.reduce((s, r) => s + (r.y ? r.w : 0), 0);
  const negW = rows.reduce((s, r) => s + (r.y ? 0 : r.w), 0);
  // Platt (1999): targets (N+ + 1) / (N+ + 2) and 1 / (N- + 2), in weight units scaled to the row count.
  const scale = rows.length / Math.max(EPS, posW + negW);
  const hi = (posW * scale + 1) / (posW * scale + 2);
  const lo = 1 / (negW * scale + 2);
  const prior = 1e-2 * (posW + negW);
  let a = 1;
  let b = 0;
  for (let step = 0; step < 50; step++) {
    let ga = prior * (a - 1);
    let gb = prior * b;
    let haa = prior;
    let hab = 0;
    let hbb = prior;
    for (const r of rows) {
      const z = logit(r.p);
      const q = sigmoid(a * z + b);
      const t = r.y ? hi : lo;
      const d = r.w * (q - t);
      const h = r.w * q * (1 - q);
      ga += d * z;
      gb += d;
      haa += h * z * z;
      hab += h * z;
      hbb += h;
    }
    const det = haa * hbb - hab * hab;
    if (!(det > 0)) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-10) break;
  }
  return { a, b };
}

export const calibrated = (m: Platt, p: number) => sigmoid(m.a * logit(p) + m.b);

/**
 * The raw p at which the calibrated probability reaches `tau` (the map is increasing when a > 0), rounded up to 4
 * decimals so that weights.json is stable to the byte and no reply below `tau` passes. Infinity when the map never
 * reaches it.
 */
export function rawCutoff(m: Platt, tau: number): number {
  if (!(m.a > 0)) return Infinity;
  const p = sigmoid((logit(tau) - m.b) / m.a);
  return Math.min(1, Math.ceil(p * 1e4) / 1e4);
}
