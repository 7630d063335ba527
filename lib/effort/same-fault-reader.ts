/**
 * A reader pass over sentences (issue 12, h78): a fault named as the same one the customer had before — "Same problem
 * like before.", "the same mistake as the first time", "same bill error as last month", "Same crash as before" — a
 * fault that came back, so what was done about it did not hold. The fault is named by its noun: "the same design as
 * last time", "same queue as yesterday", "same card as before" are no fault. Not a question ("is it the same issue as
 * last time?"), nor a fault said not to be the same ("not the same problem as before").
 */
import type { EffortSignal } from './types';
import { DECIMAL_SAFE_SENTENCE, listSentences } from './sentence-list';

const MAX_SENTENCES = 60;

/** The same fault as an earlier one: a fault's noun between "same" and what it is compared with. */
const SAME_FAULT =
  /\bsame (?:[\w-]+ ){0,2}?(?:problem|issue|mistake|error|fault|crash|bug|failure|glitch|defect|symptoms?|behaviou?r|drop-?outs?|leak)s? (?:as|like) (?:last|before|the (?:first|previous|last|other)\b|previous|yesterday|earlier|then)\b/;
const NOT_THE_SAME = /\b(?:not|n't|never|if|whether)(?: \w+)?(?: the)? $/;

export function readSameFault(original: string, prepared: string): EffortSignal[] {
  const lower = prepared.toLowerCase();
  if (!lower.includes('same')) return [];
  for (const s of listSentences(lower, DECIMAL_SAFE_SENTENCE, MAX_SENTENCES)) {
    if (s.text.includes('?')) continue;
    const m = SAME_FAULT.exec(s.text);
    if (m === null || NOT_THE_SAME.test(s.text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const start = s.start + m.index;
    const end = start + m[0].length;
    return [{ id: 'unresolved', start, end, match: original.slice(start, end) }];
  }
  return [];
}
