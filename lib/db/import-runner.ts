/**
 * The dashboard's side of an import: starts ./import-worker.ts for one file, reports its progress, and cancels
 * it — politely first (the worker stops between two batches), then by stopping the worker, which is safe too:
 * each batch is written with its checkpoint in one transaction, and importing the file again resumes.
 */
import { t } from '../i18n';
import type { ImportProgressInfo } from './import';
import type { ImportReport, ImportRequest } from './import-worker';

export type ImportOutcome = Exclude<ImportReport, { type: 'progress' }>;

export interface RunningImport {
  outcome: Promise<ImportOutcome>;
  cancel(): void;
}

/**
 * How long a cancelled worker may take to finish its current batch, and write the effort reports it holds, before it
 * is stopped. A batch of 20,000 events takes about a second on a quiet 2-core machine and over 3 s under load; a
 * worker stopped first leaves those reports to the next import of the file, and the dashboard's effort figures short
 * until then (an e2e run at load 12 saw it with the earlier 3 s).
 */
const CANCEL_GRACE_MS = 10_000;

export function startImport(file: Blob, onProgress: (p: ImportProgressInfo) => void): RunningImport {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  const send = (request: ImportRequest) => worker.postMessage(request);
  let settle!: (outcome: ImportOutcome) => void;
  const outcome = new Promise<ImportOutcome>((resolve) => (settle = resolve));
  const finish = (result: ImportOutcome) => {
    worker.terminate();
    settle(result);
  };
  worker.onmessage = ({ data }: MessageEvent<ImportReport>) => {
    if (data.type === 'progress') onProgress(data.progress);
    else finish(data.type === 'failed' && !data.message ? { ...data, message: t('importWorkerStopped') } : data);
  };
  worker.onerror = (e) => finish({ type: 'failed', message: e.message || t('importWorkerStopped') });
  send({ type: 'start', file });
  return {
    outcome,
    cancel() {
      send({ type: 'cancel' });
      setTimeout(() => finish({ type: 'cancelled' }), CANCEL_GRACE_MS);
    },
  };
}
