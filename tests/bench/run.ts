/**
 * `npm run bench`: runs every `tests/bench/*.bench.ts` (each default-exports an async function returning a
 * BenchSection), prints a table per section and writes all of them to bench-results/bench.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchSection } from './section';

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = fs
  .readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const sections: BenchSection[] = [];
let missed = 0;
for (const file of files) {
  const mod = (await import(pathToFileURL(path.join(here, file)).href)) as { default: () => Promise<BenchSection> };
  const section = await mod.default();
  sections.push(section);
  console.log(`\n## ${section.name}`);
  for (const m of section.measures) {
    const verdict = m.target === undefined ? '' : m.value <= m.target ? `  ok (target < ${m.target})` : `  MISSED (target < ${m.target})`;
    if (m.target !== undefined && m.value > m.target) missed++;
    console.log(`${m.label.padEnd(58)} ${m.value.toFixed(m.value < 10 ? 3 : 1).padStart(10)} ${m.unit}${verdict}`);
  }
}
const out = path.resolve(here, '../../bench-results/bench.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify({ at: new Date().toISOString(), node: process.version, sections }, null, 2));
console.log(`\nwritten to ${path.relative(process.cwd(), out)}${missed ? `; ${missed} target(s) missed` : '; every target met'}`);
