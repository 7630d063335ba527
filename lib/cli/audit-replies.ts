import * as z from 'zod/mini';
import '../zod-locale';
import { analyzeReply } from '../analysis';

export const ReplyRecordSchema = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
});
export type ReplyRecord = z.infer<typeof ReplyRecordSchema>;

/** One output line of `audit replies`: the record's id and every flag with all its fields. */
export function auditReply(record: ReplyRecord) {
  return { id: record.id, flags: analyzeReply(record.text).flags };
}
