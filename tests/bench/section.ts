export interface BenchMeasure {
  label: string;
  value: number;
  unit: 'ms' | 'KB' | 'MB' | 'count';
  /** The target the value must stay under, when there is one. */
  target?: number;
}

export interface BenchSection {
  name: string;
  measures: BenchMeasure[];
}

/** Median and 95th percentile of a list of timings. */
export function percentiles(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95) };
}

/** Times fn over `runs` runs after `warmup` untimed runs; returns each run's milliseconds. */
export function timeRuns(fn: () => void, runs: number, warmup = Math.min(20, runs)): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}
