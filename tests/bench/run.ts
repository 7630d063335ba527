/**
 * `npm run bench [-- NAME…]`: runs every `tests/bench/*.bench.ts` (or those whose file name contains a NAME; each
 * default-exports an async function returning a BenchSection), prints a table per section, merges them into
 * bench-results/bench.json and renders the README's "Measured" table from that file. Exits 1 when a target is
 * missed, so a regression cannot pass unnoticed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchSection } from './section';
import { formatTarget, formatValue, mergeSections, missedTarget, readResults, README_FILE, renderTable, RESULTS_FILE, withTable, type StoredSection } from './results-file';

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const benchFiles = fs
  .readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();
const files = benchFiles
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)));
if (files.length === 0) {
  console.error(`No benchmark file matches ${only.join(', ')}: the files are ${benchFiles.join(', ')}.`);
  process.exit(2);
}

const sections: StoredSection[] = [];
const missed: string[] = [];
for (const file of files) {
  const mod = (await import(pathToFileURL(path.join(here, file)).href)) as { default: () => Promise<BenchSection> };
  const section = await mod.default();
  sections.push({ ...section, file });
  console.log(`\n## ${section.name}`);
  for (const m of section.measures) {
    const verdict = m.target === undefined ? '' : `  ${missedTarget(m) ? 'MISSED' : 'ok'} (target ${formatTarget(m)})`;
    if (missedTarget(m)) missed.push(`${section.name}: ${m.label}`);
    console.log(`${m.label.padEnd(66)} ${formatValue(m).padStart(12)}${verdict}`);
  }
}

const results = { at: new Date().toISOString(), node: process.version, sections: mergeSections(readResults()?.sections ?? [], sections, benchFiles) };
fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
fs.writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
fs.writeFileSync(README_FILE, withTable(fs.readFileSync(README_FILE, 'utf8'), renderTable(results)));
console.log(`\nwritten to ${path.relative(process.cwd(), RESULTS_FILE)} and README.md's "Measured" table`);
if (missed.length) {
  console.log(`${missed.length} target(s) missed:\n${missed.map((m) => `  - ${m}`).join('\n')}`);
  process.exitCode = 1;
} else {
  console.log('every target met');
}
