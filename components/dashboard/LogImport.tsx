import { useRef, useState } from 'react';
import { LogImportError, type ImportProgress } from '@/lib/db/import';
import { openLogDb } from '@/lib/db/schema';
import { importLog, type ImportResult } from '@/lib/db/transfer';
import { t } from '@/lib/i18n';
import { ProgressBar } from '../common/ProgressBar';

type Status =
  | { kind: 'idle' }
  | { kind: 'working'; file: string; phase: 'checking' | 'writing'; done: number; total?: number }
  | { kind: 'done'; file: string; result: ImportResult }
  | { kind: 'refused'; file: string; line?: number; reason: string };

/** Teammates' NDJSON exports: checked whole before anything is written, so a bad file changes nothing. */
export function LogImport() {
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  async function importFiles(files: FileList | null) {
    for (const file of Array.from(files ?? [])) {
      setStatus({ kind: 'working', file: file.name, phase: 'checking', done: 0 });
      const onProgress: ImportProgress = (p) => setStatus({ kind: 'working', file: file.name, ...p });
      try {
        const result = await importLog(openLogDb(), file, onProgress);
        setStatus({ kind: 'done', file: file.name, result });
      } catch (err) {
        setStatus(
          err instanceof LogImportError
            ? { kind: 'refused', file: file.name, line: err.line, reason: err.problem }
            : { kind: 'refused', file: file.name, reason: (err as Error).message },
        );
        break;
      }
    }
    if (input.current) input.current.value = '';
  }

  return (
    <section aria-labelledby="import-title" className="aa-section aa-card">
      <h2 id="import-title">{t('importTitle')}</h2>
      <p className="aa-muted">{t('importHelp')}</p>
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
      <div aria-live="polite" className="aa-import-status" data-testid="import-status">
        {status.kind === 'working' && (
          <ProgressBar
            label={t(status.phase === 'checking' ? 'importChecking' : 'importWriting', { file: status.file, done: status.done })}
            done={status.done}
            total={status.total}
          />
        )}
        {status.kind === 'done' && (
          <p className="aa-ok">
            {t('importDone', { file: status.file, added: status.result.added, already: status.result.alreadyPresent, agent: status.result.agent })}
          </p>
        )}
      </div>
      {status.kind === 'refused' && (
        <div role="alert" className="aa-error" data-testid="import-error">
          <strong>{t('importRefused', { file: status.file })}</strong>
          <p>{status.line === undefined ? status.reason : t('importRefusedLine', { line: status.line, reason: status.reason })}</p>
          <p className="aa-muted">{t('importRefusedNothingChanged')}</p>
        </div>
      )}
    </section>
  );
}
