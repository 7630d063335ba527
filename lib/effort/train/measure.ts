/** Precision and recall of a signal detector on labeled customer messages, and the tables the reports print. */
import type { EffortSignalId } from '../../taxonomy';
import type { LabeledCustomerMessage } from './corpus';
import { add, emptyTally, micro, precision, recall, type Tally } from './tally';

export type SignalDetector = (text: string) => Iterable<EffortSignalId>;

export function measure(detect: SignalDetector, items: readonly LabeledCustomerMessage[], tally = emptyTally()): Tally {
  for (const m of items) add(tally, detect(m.text), m.signals);
  return tally;
}

/** "P 0.91 / R 0.83 (tp 120, fp 12, fn 25)" for the micro average. */
export function microLine(tally: Tally): string {
  const c = micro(tally);
  return `P ${precision(c).toFixed(3)} / R ${recall(c).toFixed(3)} (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
}
