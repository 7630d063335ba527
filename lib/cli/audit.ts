/**
 * `npm run --silent audit -- replies [FILE]` and `npm run --silent audit -- effort [FILE]`: audits JSON Lines
 * from FILE or standard input and writes one JSON line per input record to standard output. A malformed line
 * is reported on standard error with its line number; the rest are still audited, and the exit status is 1.
 */
import fs from 'node:fs';
import type { Readable } from 'node:stream';
import type * as z from 'zod/mini';
import { forEachJsonLine } from './json-lines';
import { auditReply, ReplyRecordSchema } from './audit-replies';
import { auditEffort, EffortRecordSchema } from './audit-effort';

const USAGE = `Usage: npm run --silent audit -- <replies|effort> [FILE]

  replies  each line {"id": "...", "text": "..."}  →  {"id": "...", "flags": [...]}
  effort   each line {"id": "...", "text": "..."} (one customer message)
           or {"id": "...", "messages": [{"role": "customer"|"agent", "text": "...", "at"?, "author"?, "internal"?}], "reopened"?}
           →  {"id": "...", "signals": [...], "score": 0-100, "level": "low"|"medium"|"high", ...}

Reads standard input when FILE is omitted or "-".`;

const AUDITS: Record<string, { schema: z.ZodMiniType<any>; run: (record: any) => unknown }> = {
  replies: { schema: ReplyRecordSchema, run: auditReply },
  effort: { schema: EffortRecordSchema, run: auditEffort },
};

async function main(argv: string[]): Promise<number> {
  const [kind, file, ...rest] = argv;
  if (kind === '--help' || kind === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const audit = kind ? AUDITS[kind] : undefined;
  if (!audit || rest.length > 0) {
    process.stderr.write(`${kind ? `Unknown audit "${[kind, ...(file ? [file] : []), ...rest].join(' ')}".\n` : ''}${USAGE}\n`);
    return 2;
  }
  let input: Readable = process.stdin;
  if (file && file !== '-') {
    if (!fs.existsSync(file)) {
      process.stderr.write(`audit: cannot read ${file}: no such file\n`);
      return 2;
    }
    input = fs.createReadStream(file, 'utf8');
  }
  let problems = 0;
  await forEachJsonLine(
    input,
    audit.schema,
    (record) => {
      process.stdout.write(`${JSON.stringify(audit.run(record))}\n`);
    },
    ({ line, problem }) => {
      problems++;
      process.stderr.write(`line ${line}: ${problem}\n`);
    },
  );
  if (problems > 0) process.stderr.write(`audit: ${problems} malformed line(s) skipped\n`);
  return problems > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`audit: ${(error as Error).message}\n`);
    process.exitCode = 2;
  },
);
