/**
 * Runs in a dedicated worker started by the dashboard (./import-runner.ts): reads, checks and writes a team
 * export off the page's thread, so that a file of any size never blocks the dashboard. Messages: see ImportRequest
 * and ImportReport.
 */
import { LogImportError, type ImportProgressInfo, type ReadOptions } from './import';
import type { ImportRefusal } from './import-refusal';
import { AgentAssistDb, LOG_DB_NAME } from './schema';
import { checkInParts } from './import-parts';
import type { LineSource } from './import-lines';
import { checkInWorker } from './part-checker';
import { importLog, type ImportResult } from './transfer';

export type ImportRequest = { type: 'start'; file: Blob } | { type: 'cancel' };
export type ImportReport =
  | { type: 'progress'; progress: ImportProgressInfo }
  | { type: 'done'; result: ImportResult }
  | { type: 'refused'; line: number; refusal: ImportRefusal }
  | { type: 'failed'; message: string }
  | { type: 'cancelled' };

/** Progress is posted at most this often: each message wakes the page. */
const PROGRESS_EVERY_MS = 100;

const scope = self as unknown as { onmessage: ((e: MessageEvent<ImportRequest>) => void) | null; postMessage(report: ImportReport): void };
let running: AbortController | undefined;

/**
 * This thread's own connection, with relaxed durability: a commit is reported once the browser has the batch,
 * not once the disk does. A crash of the whole browser may then lose the last batches, never half of one: each
 * batch and its checkpoint share a transaction, so importing the file again resumes after the last one kept.
 */
const db = new AgentAssistDb(LOG_DB_NAME, { chromeTransactionDurability: 'relaxed' });

scope.onmessage = ({ data }) => {
  if (data.type === 'cancel') return running?.abort();
  if (running) return;
  const controller = (running = new AbortController());
  let posted = 0;
  const onProgress = (progress: ImportProgressInfo) => {
    const now = performance.now();
    if (now - posted < PROGRESS_EVERY_MS && progress.done !== progress.total) return;
    posted = now;
    scope.postMessage({ type: 'progress', progress });
  };
  const check = (file: LineSource, options: ReadOptions) => checkInParts(file, { ...options, parts: navigator.hardwareConcurrency || 1, checkElsewhere: checkInWorker });
  importLog(db, data.file, { onProgress, signal: controller.signal, check }).then(
    (result) => scope.postMessage({ type: 'done', result }),
    (err: unknown) => {
      if (controller.signal.aborted) scope.postMessage({ type: 'cancelled' });
      else if (err instanceof LogImportError) scope.postMessage({ type: 'refused', line: err.line, refusal: err.refusal });
      else scope.postMessage({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
      running = undefined;
    },
  ).finally(() => (running = undefined));
};
