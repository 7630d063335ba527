import * as z from 'zod/mini';
import '../zod-locale';
import { analyzeThread, explainEffortSignals } from '../effort';
import type { Thread } from '../effort';

const MessageSchema = z.object({
  role: z.enum(['customer', 'agent']),
  text: z.string(),
  at: z.optional(z.union([z.string(), z.number()])),
  author: z.optional(z.string()),
  internal: z.optional(z.boolean()),
});

const Id = z.union([z.string(), z.number()]);

/** Either one customer message (`text`) or a whole thread (`messages`). */
export const EffortRecordSchema = z.union([
  z.object({ id: Id, messages: z.array(MessageSchema), reopened: z.optional(z.boolean()) }),
  z.object({ id: Id, text: z.string() }),
]);
export type EffortRecord = z.infer<typeof EffortRecordSchema>;

function threadOf(record: EffortRecord): Thread {
  return 'messages' in record
    ? { messages: record.messages, reopened: record.reopened }
    : { messages: [{ role: 'customer', text: record.text }] };
}

/**
 * One output line of `audit effort`: the signal ids found, the score and level, and what produced them; and the rules'
 * matches a veto model dropped (`vetoed`: which signal's rule matched what, and the probability under the threshold
 * that dropped it), which count for nothing in the score.
 */
export function auditEffort(record: EffortRecord) {
  const thread = threadOf(record);
  const report = analyzeThread(thread);
  const vetoed = thread.messages.flatMap((m, message) =>
    m.internal || m.role !== 'customer'
      ? []
      : explainEffortSignals(m.text).vetoed.map(({ id, start, end, match, probability, threshold }) => ({ id, message, start, end, match, probability: Math.round(probability * 1000) / 1000, threshold })),
  );
  return {
    id: record.id,
    signals: [...new Set(report.signals.map((s) => s.id))],
    score: report.score,
    level: report.level,
    summary: report.summary,
    reasons: report.reasons,
    structure: report.structure,
    matches: report.signals.map(({ id, message, start, end, match }) => ({ id, message, start, end, match })),
    vetoed,
  };
}
