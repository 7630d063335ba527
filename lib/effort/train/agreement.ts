/**
 * How far two labelers of the same messages agree: the writer's labels against a second labeler's, read blind.
 * Items count as agreed when both gave exactly the same signals (what the importer keeps); signal pairs tell where
 * they differ.
 */
import { EFFORT_SIGNALS, type EffortSignalId } from '../../taxonomy';

export interface Agreement {
  items: number;
  /** Items both labeled with exactly the same signals. */
  identical: number;
  /** (item, signal) pairs: both gave it, only the writer, only the second labeler. */
  both: number;
  writerOnly: number;
  secondOnly: number;
  perSignal: Record<EffortSignalId, { both: number; writerOnly: number; secondOnly: number }>;
}

/** Both labelers gave exactly the same signals (order and repeats aside): an item the importer keeps. */
export function sameSignals(a: readonly EffortSignalId[], b: readonly EffortSignalId[]): boolean {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((s) => y.has(s));
}

export function agreementOf(writer: ReadonlyMap<string, readonly EffortSignalId[]>, second: ReadonlyMap<string, readonly EffortSignalId[]>): Agreement {
  const perSignal = Object.fromEntries(EFFORT_SIGNALS.map((id) => [id, { both: 0, writerOnly: 0, secondOnly: 0 }])) as Agreement['perSignal'];
  let items = 0;
  let identical = 0;
  for (const [id, w] of writer) {
    const s = second.get(id);
    if (s === undefined) continue;
    items++;
    const a = new Set(w);
    const b = new Set(s);
    let same = true;
    for (const sig of EFFORT_SIGNALS) {
      if (a.has(sig) && b.has(sig)) perSignal[sig].both++;
      else if (a.has(sig)) perSignal[sig].writerOnly++;
      else if (b.has(sig)) perSignal[sig].secondOnly++;
      if (a.has(sig) !== b.has(sig)) same = false;
    }
    if (same) identical++;
  }
  const sum = (k: 'both' | 'writerOnly' | 'secondOnly') => Object.values(perSignal).reduce((n, c) => n + c[k], 0);
  return { items, identical, both: sum('both'), writerOnly: sum('writerOnly'), secondOnly: sum('secondOnly'), perSignal };
}

/** "79 items, 60 identical (0.76); signal pairs: 77 both, 5 writer only, 16 second only (F1 0.880)". */
export function agreementLine(a: Agreement): string {
  const f1 = a.both === 0 ? 1 : (2 * a.both) / (2 * a.both + a.writerOnly + a.secondOnly);
  return `${a.items} items, ${a.identical} identical (${(a.identical / Math.max(1, a.items)).toFixed(2)}); signal pairs: ${a.both} both, ${a.writerOnly} writer only, ${a.secondOnly} second only (F1 ${f1.toFixed(3)})`;
}
