/**
 * Runs in a worker started by the import worker (./part-checker.ts): checks one part of a large export, so
 * that the parts of one file are checked on several cores at once. Line numbers are counted from the part's start.
 */
import { checkPart, LogImportError, type CheckedPart, type ImportProgressInfo } from './import';
import type { ImportRefusal } from './import-refusal';

export type PartReport =
  | { type: 'progress'; progress: ImportProgressInfo }
  | { type: 'done'; part: CheckedPart }
  | { type: 'refused'; line: number; refusal: ImportRefusal }
  | { type: 'failed'; message: string };

/** Progress is posted at most this often. */
const PROGRESS_EVERY_MS = 100;

const scope = self as unknown as { onmessage: ((e: MessageEvent<{ part: Blob }>) => void) | null; postMessage(report: PartReport): void };

scope.onmessage = ({ data }) => {
  let posted = 0;
  const onProgress = (progress: ImportProgressInfo) => {
    const now = performance.now();
    if (now - posted < PROGRESS_EVERY_MS) return;
    posted = now;
    scope.postMessage({ type: 'progress', progress });
  };
  checkPart(data.part, { withHeader: false, onProgress }).then(
    (part) => scope.postMessage({ type: 'done', part }),
    (err: unknown) =>
      scope.postMessage(
        err instanceof LogImportError ? { type: 'refused', line: err.line, refusal: err.refusal } : { type: 'failed', message: err instanceof Error ? err.message : String(err) },
      ),
  );
};
