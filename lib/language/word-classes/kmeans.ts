/**
 * Spherical k-means (cosine) with k-means++ seeding from a seeded generator: the same vectors, k and seed always give
 * the same classes, so the shipped table is exactly what the build script makes.
 */

import { seededRandom } from '../../learn/random';

/** Scales each row (a flat n × dims array) to length 1, in place. */
export function normalizeRows(data: Float32Array, dims: number): void {
  for (let r = 0; r < data.length / dims; r++) {
    let s = 0;
    for (let d = 0; d < dims; d++) s += data[r * dims + d] ** 2;
    const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
    for (let d = 0; d < dims; d++) data[r * dims + d] *= inv;
  }
}

function dot(a: Float32Array, i: number, b: Float32Array, j: number, dims: number): number {
  let s = 0;
  for (let d = 0; d < dims; d++) s += a[i * dims + d] * b[j * dims + d];
  return s;
}

/** The class of each row of `data` (unit rows, flat n × dims), k classes, `iterations` rounds at most. */
export function sphericalKMeans(data: Float32Array, dims: number, k: number, seed: number, iterations = 25): Int32Array {
  const n = data.length / dims;
  if (k < 1 || k > n) throw new Error(`k must be between 1 and the number of rows (${n}), got ${k}`);
  const random = seededRandom(seed);
  const centers = new Float32Array(k * dims);
  // k-means++: each next center is drawn with probability proportional to its distance (1 - cosine) from the nearest
  const nearest = new Float64Array(n).fill(Infinity);
  let pick = Math.floor(random() * n);
  for (let c = 0; c < k; c++) {
    centers.set(data.subarray(pick * dims, pick * dims + dims), c * dims);
    let total = 0;
    for (let r = 0; r < n; r++) {
      const dist = Math.max(0, 1 - dot(data, r, centers, c, dims));
      if (dist < nearest[r]) nearest[r] = dist;
      total += nearest[r];
    }
    let target = random() * total;
    pick = n - 1;
    for (let r = 0; r < n; r++) {
      target -= nearest[r];
      if (target <= 0) { pick = r; break; }
    }
  }
  const assign = new Int32Array(n).fill(-1);
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let r = 0; r < n; r++) {
      let best = 0;
      let bestSim = -Infinity;
      for (let c = 0; c < k; c++) {
        const sim = dot(data, r, centers, c, dims);
        if (sim > bestSim) { bestSim = sim; best = c; }
      }
      if (assign[r] !== best) { assign[r] = best; moved++; }
    }
    if (moved === 0) break;
    centers.fill(0);
    for (let r = 0; r < n; r++) for (let d = 0; d < dims; d++) centers[assign[r] * dims + d] += data[r * dims + d];
    normalizeRows(centers, dims);
  }
  return assign;
}
