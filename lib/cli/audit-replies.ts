import * as z from 'zod/mini';
import '../zod-locale';
import { analyzeReply } from '../analysis';
import { shippedJudge } from '../analysis/judge';
import type { Playbook } from '../analysis/types';

export const ReplyRecordSchema = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  /** The ticket's subject and the requester's name, when known: rewrites read the topic and greet by first name. */
  subject: z.optional(z.string()),
  requester: z.optional(z.string()),
});
export type ReplyRecord = z.infer<typeof ReplyRecordSchema>;

export interface ReplyAuditOptions {
  playbook?: Playbook;
}

/** One output line of `audit replies`: the record's id and every flag with all its fields (rules + learned judge, as in the extension). */
export function auditReply(record: ReplyRecord, options: ReplyAuditOptions = {}) {
  const ticket = record.subject !== undefined || record.requester !== undefined ? { subject: record.subject, requesterName: record.requester } : undefined;
  return { id: record.id, flags: analyzeReply(record.text, { playbook: options.playbook, judge: shippedJudge(), ...(ticket ? { ticket } : {}) }).flags };
}
