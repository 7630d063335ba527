import readline from 'node:readline';
import type { Readable } from 'node:stream';
import type * as z from 'zod/mini';
import { t } from '../i18n';
import { plainIssue } from '../validation/plain-issue';

export interface LineProblem {
  line: number;
  problem: string;
}

/**
 * Reads JSON Lines from a stream, one record at a time (constant memory for any file size). Blank lines are
 * skipped. A line that is not JSON, or not of the schema, is handed to onProblem with its 1-based number and
 * reading goes on.
 */
export async function forEachJsonLine<T>(
  input: Readable,
  schema: z.ZodMiniType<T>,
  onRecord: (record: T, line: number) => void,
  onProblem: (problem: LineProblem) => void,
): Promise<void> {
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  for await (const raw of lines) {
    line++;
    const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      onProblem({ line, problem: t('cliNotJson', { detail: (error as Error).message }) });
      continue;
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      onProblem({ line, problem: parsed.error.issues.slice(0, 3).map((issue) => plainIssue(issue, value)).join(' ') });
      continue;
    }
    onRecord(parsed.data, line);
  }
}
