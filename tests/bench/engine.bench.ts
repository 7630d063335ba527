import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeReply } from '../../lib/analysis';
import { HOSTILE_TEXTS, realisticDraft } from './drafts';
import { firstCallTime } from './first-call';
import { coldImportTime } from './import-time';
import { percentiles, timeRuns, type BenchMeasure, type BenchSection } from './section';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export default async function engineBench(): Promise<BenchSection> {
  const measures: BenchMeasure[] = [];
  for (const [words, runs] of [
    [50, 2000],
    [500, 500],
    [2000, 300],
  ] as const) {
    const draft = realisticDraft(words);
    const { median, p95 } = percentiles(timeRuns(() => analyzeReply(draft), runs));
    measures.push({ label: `analyzeReply, ${words}-word draft, median`, value: median, unit: 'ms', target: words === 2000 ? 1 : undefined });
    measures.push({ label: `analyzeReply, ${words}-word draft, p95`, value: p95, unit: 'ms' });
  }
  let worstHostile = 0;
  for (const [name, text] of Object.entries(HOSTILE_TEXTS)) {
    const { median } = percentiles(timeRuns(() => analyzeReply(text), 15, 3));
    worstHostile = Math.max(worstHostile, median);
    measures.push({ label: `hostile 100 KB: ${name}, median`, value: median, unit: 'ms' });
  }
  measures.push({ label: 'hostile 100 KB, worst median', value: worstHostile, unit: 'ms', target: 50 });
  const imported = await coldImportTime(path.join(root, 'lib/analysis/index.ts'));
  measures.push({ label: 'import the engine (bundled, cold Node process), median', value: imported.median, unit: 'ms', target: 20 });
  const first = await firstCallTime(path.join(root, 'lib/analysis/index.ts'), realisticDraft(500));
  measures.push({ label: 'first analysis, fresh process: import + 500-word draft, median', value: first.total.median, unit: 'ms', target: 30 });
  measures.push({ label: 'first analysis, fresh process: the call alone, median', value: first.call.median, unit: 'ms' });
  return { name: 'Wording engine (lib/analysis)', measures };
}
