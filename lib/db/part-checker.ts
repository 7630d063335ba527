/**
 * The import worker's side of ./check-worker.ts: checks a part of an export in a worker of its own, stopped when
 * the check is. A worker that dies rejects with its error's message, often empty: the dashboard words that case.
 */
import { LogImportError, type CheckedPart, type ReadOptions } from './import';
import type { PartReport } from './check-worker';

export function checkInWorker(part: Blob, { onProgress, signal }: ReadOptions): Promise<CheckedPart> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module' });
    const settle = () => {
      worker.terminate();
      signal?.removeEventListener('abort', stop);
    };
    const stop = () => (settle(), reject(signal?.reason));
    signal?.addEventListener('abort', stop, { once: true });
    worker.onmessage = ({ data }: MessageEvent<PartReport>) => {
      if (data.type === 'progress') return onProgress?.(data.progress);
      settle();
      if (data.type === 'done') resolve(data.part);
      else if (data.type === 'refused') reject(new LogImportError(data.line, data.refusal));
      else reject(new Error(data.message));
    };
    worker.onerror = (e) => (settle(), reject(new Error(e.message)));
    worker.postMessage({ part });
  });
}
