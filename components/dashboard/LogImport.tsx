import { useRef, useState } from 'react';
import type { ImportProgressInfo } from '@/lib/db/import';
import { refusalText } from '@/lib/db/import-refusal';
import { startImport, type RunningImport } from '@/lib/db/import-runner';
import type { ImportResult } from '@/lib/db/transfer';
import { t } from '@/lib/i18n';
import { ProgressBar } from '../common/ProgressBar';
import { pauseLogQueries } from './use-log-query';

type Status =
  | { kind: 'idle' }
  | { kind: 'working'; file: string; progress: ImportProgressInfo; cancelling: boolean }
  | { kind: 'done'; file: string; result: ImportResult }
  | { kind: 'cancelled'; file: string; done: number }
  | { kind: 'refused'; file: string; reason: string }
  | { kind: 'failed'; file: string; detail: string };

function progressLabel(file: string, p: ImportProgressInfo): string {
  return p.phase === 'checking' ? t('importChecking', { file, done: p.done }) : t('importWriting', { file, done: p.done, total: p.total ?? 0 });
}

/**
 * Teammates' NDJSON exports, imported in a worker (the page never waits on a large file): checked whole before
 * anything is written, so a bad file changes nothing; a cancelled import keeps what it wrote and resumes when
 * the file is chosen again.
 */
export function LogImport() {
  const input = useRef<HTMLInputElement>(null);
  const running = useRef<RunningImport | undefined>(undefined);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  async function importFiles(files: FileList | null) {
    pauseLogQueries(true);
    try {
      await importEach(files);
    } finally {
      pauseLogQueries(false);
    }
    if (input.current) input.current.value = '';
  }

  async function importEach(files: FileList | null) {
    for (const file of Array.from(files ?? [])) {
      let last: ImportProgressInfo = { phase: 'checking', done: 0, bytes: 0, totalBytes: file.size };
      setStatus({ kind: 'working', file: file.name, progress: last, cancelling: false });
      const job = (running.current = startImport(file, (progress) => {
        last = progress;
        setStatus((s) => (s.kind === 'working' ? { ...s, progress } : s));
      }));
      const outcome = await job.outcome;
      running.current = undefined;
      if (outcome.type === 'done') {
        setStatus({ kind: 'done', file: file.name, result: outcome.result });
        continue;
      }
      if (outcome.type === 'cancelled') setStatus({ kind: 'cancelled', file: file.name, done: last.phase === 'writing' ? last.done : 0 });
      else if (outcome.type === 'refused') setStatus({ kind: 'refused', file: file.name, reason: refusalText(outcome.line, outcome.refusal) });
      else setStatus({ kind: 'failed', file: file.name, detail: outcome.message });
      break;
    }
  }

  function cancel() {
    running.current?.cancel();
    setStatus((s) => (s.kind === 'working' ? { ...s, cancelling: true } : s));
  }

  return (
    <section aria-labelledby="import-title" className="aa-section aa-card">
      <h2 id="import-title">{t('importTitle')}</h2>
      <p className="aa-muted">{t('importHelp')}</p>
      <div className="aa-actions">
        <label className="aa-button aa-primary aa-file">
          {t('importChoose')}
          <input
            ref={input}
            type="file"
            accept=".ndjson,.jsonl,.json,application/x-ndjson"
            multiple
            onChange={(e) => void importFiles(e.target.files)}
            disabled={status.kind === 'working'}
            data-testid="import-file"
          />
        </label>
        {status.kind === 'working' && (
          <button type="button" className="aa-button" onClick={cancel} disabled={status.cancelling} data-testid="import-cancel">
            {t('importCancel')}
          </button>
        )}
      </div>
      <div aria-live="polite" className="aa-import-status" data-testid="import-status" data-state={status.kind}>
        {status.kind === 'working' && (
          // The bar follows the bytes read: known from the start, where the event count is known only after the check.
          <ProgressBar label={progressLabel(status.file, status.progress)} done={status.progress.bytes + (status.progress.phase === 'writing' ? status.progress.totalBytes ?? 0 : 0)} total={2 * (status.progress.totalBytes ?? 0)} />
        )}
        {status.kind === 'done' && (
          <p className="aa-ok">
            {t(status.result.resumed ? 'importDoneResumed' : 'importDone', {
              file: status.file,
              added: status.result.added,
              already: status.result.alreadyPresent,
              agent: status.result.agent,
            })}
          </p>
        )}
        {status.kind === 'cancelled' && <p data-testid="import-cancelled">{t('importCancelled', { file: status.file, done: status.done })}</p>}
      </div>
      {status.kind === 'refused' && (
        <div role="alert" className="aa-error" data-testid="import-error">
          <strong>{t('importRefused', { file: status.file })}</strong>
          <p>{status.reason}</p>
          <p className="aa-muted">{t('importRefusedNothingChanged')}</p>
        </div>
      )}
      {status.kind === 'failed' && (
        <div role="alert" className="aa-error" data-testid="import-error">
          <strong>{t('importFailed', { file: status.file, detail: status.detail })}</strong>
          <p className="aa-muted">{t('importFailedResume')}</p>
        </div>
      )}
    </section>
  );
}
