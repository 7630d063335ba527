/**
 * bench-results/bench.json: every section `npm run bench` measured, the README's "Measured" table rendered from
 * it. A partial run (`npm run bench -- effort`) replaces only the sections it ran, so the file always holds the
 * latest figure of every measure, and the README never says anything the file does not.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchMeasure, BenchSection } from './section';

/** A section as stored: which bench file measured it, so a partial run replaces exactly its own sections. */
export interface StoredSection extends BenchSection {
  file: string;
}

export interface BenchResults {
  at: string;
  node: string;
  sections: StoredSection[];
}

const here = path.dirname(fileURLToPath(import.meta.url));
export const RESULTS_FILE = path.resolve(here, '../../bench-results/bench.json');
export const README_FILE = path.resolve(here, '../../README.md');
export const TABLE_START = '<!-- bench:start (rendered from bench-results/bench.json by npm run bench; do not edit) -->';
export const TABLE_END = '<!-- bench:end -->';

export function readResults(file = RESULTS_FILE): BenchResults | undefined {
  if (!fs.existsSync(file)) return undefined;
  return JSON.parse(fs.readFileSync(file, 'utf8')) as BenchResults;
}

/**
 * The earlier sections with those of the files just run replaced by the fresh ones, in bench-file order; sections
 * of bench files that no longer exist are dropped.
 */
export function mergeSections(earlier: StoredSection[], fresh: StoredSection[], benchFiles: string[]): StoredSection[] {
  const ran = new Set(fresh.map((s) => s.file));
  const kept = earlier.filter((s) => !ran.has(s.file) && benchFiles.includes(s.file));
  return [...kept, ...fresh].sort((a, b) => benchFiles.indexOf(a.file) - benchFiles.indexOf(b.file));
}

export function formatValue(m: Pick<BenchMeasure, 'value' | 'unit'>): string {
  const digits = m.unit === 'count' ? 0 : m.value < 10 ? 2 : m.value < 100 ? 1 : 0;
  const number = m.value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return m.unit === 'count' ? number : `${number} ${m.unit}`;
}

/** A target as it was set: a round number, no decimals added. */
export function formatTarget(m: BenchMeasure): string {
  return m.target === undefined ? '—' : `≤ ${m.target.toLocaleString('en-US')}${m.unit === 'count' ? '' : ` ${m.unit}`}`;
}

export function missedTarget(m: BenchMeasure): boolean {
  return m.target !== undefined && m.value > m.target;
}

/** Every measure of every section, one row each; targets with their verdict. */
export function renderTable(results: BenchResults): string {
  const rows = ['| part | what | measured | target |', '|---|---|---|---|'];
  for (const section of results.sections) {
    for (const m of section.measures) {
      const target = `${formatTarget(m)}${missedTarget(m) ? ' **missed**' : ''}`;
      rows.push(`| ${section.name} | ${m.label.replace(/\|/g, '\\|')} | ${formatValue(m)} | ${target} |`);
    }
  }
  const day = results.at.slice(0, 10);
  return `Measured on ${day}, Node ${results.node}, on the 2-core development machine:\n\n${rows.join('\n')}`;
}

/** The README with the text between the bench markers replaced by `table`; throws when the markers are missing. */
export function withTable(readme: string, table: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`README.md has no "${TABLE_START}" … "${TABLE_END}" block`);
  return `${readme.slice(0, start + TABLE_START.length)}\n${table}\n${readme.slice(end)}`;
}
