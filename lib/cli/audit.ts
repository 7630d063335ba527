/**
 * `npm run --silent audit -- replies [--playbook PLAYBOOK] [FILE]` and `npm run --silent audit -- effort [FILE]`: audits JSON Lines
 * from FILE or standard input and writes one JSON line per input record to standard output. A malformed line
 * is reported on standard error with its line number; the rest are still audited, and the exit status is 1.
 * Its words are in messages.json, like every message a user sees.
 */
import fs from 'node:fs';
import type { Readable } from 'node:stream';
import type * as z from 'zod/mini';
import en from '../../assets/public/_locales/en/messages.json';
import { setFallbackMessages, t } from '../i18n';
import { forEachJsonLine } from './json-lines';
import { auditReply, ReplyRecordSchema, type ReplyAuditOptions } from './audit-replies';
import { parsePlaybookFile } from '../settings/playbook-file';
import { auditEffort, EffortRecordSchema } from './audit-effort';
import { stopQuietlyWhenOutputCloses } from './closed-output';

setFallbackMessages(en);

const AUDITS: Record<string, { schema: z.ZodMiniType<any>; run: (record: any, options: ReplyAuditOptions) => unknown }> = {
  replies: { schema: ReplyRecordSchema, run: auditReply },
  effort: { schema: EffortRecordSchema, run: (record) => auditEffort(record) },
};

/** `--playbook FILE` taken out of the arguments, wherever it stands; undefined file when the flag has none. */
function takePlaybookFlag(argv: string[]): { args: string[]; playbook: string | null | undefined } {
  const at = argv.indexOf('--playbook');
  if (at < 0) return { args: argv, playbook: null };
  const file = argv[at + 1];
  return { args: [...argv.slice(0, at), ...argv.slice(at + 2)], playbook: file && !file.startsWith('--') ? file : undefined };
}

async function main(argv: string[]): Promise<number> {
  const { args, playbook: playbookFile } = takePlaybookFlag(argv);
  const [kind, file, ...rest] = args;
  if (kind === '--help' || kind === '-h') {
    process.stdout.write(`${t('cliUsage')}\n`);
    return 0;
  }
  const audit = kind ? AUDITS[kind] : undefined;
  if (!audit || rest.length > 0) {
    const unknown = kind ? `${t('cliUnknownAudit', { name: [kind, ...(file ? [file] : []), ...rest].join(' ') })}\n` : '';
    process.stderr.write(`${unknown}${t('cliUsage')}\n`);
    return 2;
  }
  const options: ReplyAuditOptions = {};
  if (playbookFile !== null) {
    if (kind !== 'replies' || playbookFile === undefined) {
      process.stderr.write(`${t('cliPlaybookOnlyForReplies')}\n${t('cliUsage')}\n`);
      return 2;
    }
    try {
      options.playbook = parsePlaybookFile(fs.readFileSync(playbookFile, 'utf8'));
    } catch (error) {
      const problem = (error as NodeJS.ErrnoException).code === 'ENOENT' ? t('cliNoSuchFile', { file: playbookFile }) : (error as Error).message;
      process.stderr.write(`${t('cliPlaybookProblem', { file: playbookFile, problem })}\n`);
      return 2;
    }
  }
  let input: Readable = process.stdin;
  if (file && file !== '-') {
    if (!fs.existsSync(file)) {
      process.stderr.write(`${t('cliNoSuchFile', { file })}\n`);
      return 2;
    }
    input = fs.createReadStream(file, 'utf8');
  }
  let problems = 0;
  await forEachJsonLine(
    input,
    audit.schema,
    (record) => {
      process.stdout.write(`${JSON.stringify(audit.run(record, options))}\n`);
    },
    ({ line, problem }) => {
      problems++;
      process.stderr.write(`${t('cliLineProblem', { line: String(line), problem })}\n`);
    },
  );
  if (problems > 0) process.stderr.write(`${t('cliSkipped', { count: problems })}\n`);
  return problems > 0 ? 1 : 0;
}

stopQuietlyWhenOutputCloses(process.stdout);
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${t('cliFailed', { reason: (error as Error).message })}\n`);
    process.exitCode = 2;
  },
);
