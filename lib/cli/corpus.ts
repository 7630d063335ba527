/**
 * Where the shared labeled corpus lives (../shared/corpus beside the repo, or $CORPUS_DIR) and how to read it.
 * It stays outside the project: most of it is licensed for non-commercial use only, so it measures the product
 * and only its `ibm:` and `cfpb:` items may be trained on (see lib/analysis/train/).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function corpusDir(): string {
  return process.env.CORPUS_DIR ? path.resolve(process.env.CORPUS_DIR) : path.resolve(repoRoot, '../shared/corpus');
}

export function corpusFile(name: string): string {
  return path.join(corpusDir(), name);
}

/** Why the corpus can't be read (for a test's skip message), or null when `files` are all there. */
export function corpusMissing(...files: string[]): string | null {
  const missing = files.filter((f) => !fs.existsSync(corpusFile(f)));
  return missing.length ? `the labeled corpus is not at ${corpusDir()} (missing ${missing.join(', ')}; set CORPUS_DIR to its folder)` : null;
}

export interface LabeledReply {
  id: string;
  text: string;
  labels: string[];
  unsure?: boolean;
}

export function readJsonl<T>(file: string): T[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      try {
        return JSON.parse(l) as T;
      } catch {
        throw new Error(`${file}:${i + 1} is not JSON`);
      }
    });
}

/** replies.dev.jsonl and replies.train.jsonl, tagged with the file they came from. */
export function corpusReplies(): (LabeledReply & { file: string })[] {
  return ['replies.dev.jsonl', 'replies.train.jsonl'].flatMap((file) =>
    readJsonl<LabeledReply>(corpusFile(file)).map((r) => ({ ...r, id: String(r.id), file })),
  );
}

/** Items whose licence lets weights fit on them ship in the extension: IBM's (Apache-2.0) and the CFPB's (US public data). */
export function isShippable(id: string): boolean {
  return id.startsWith('ibm:') || id.startsWith('cfpb:');
}
