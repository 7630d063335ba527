/**
 * The learned judge (lib/analysis/judge): its shipped size (judge.js, loaded off the content script's hot path),
 * the cost of loading it in a fresh process, and what it adds to an analysis — a full first read of a 2,000-word
 * draft, and the re-analysis after an edit to one sentence (the judge re-reads only that sentence).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { analyzeReply } from '../../lib/analysis';
import { shippedJudge } from '../../lib/analysis/judge';
import { forgetReadings } from '../../lib/analysis/judge/features';
import { readSentences } from '../../lib/language';
import { MAX_JUDGED_CHARS } from '../../lib/analysis/judge/apply';
import { HOSTILE_TEXTS, realisticDraft } from './drafts';
import { percentiles, timeRuns, type BenchMeasure, type BenchSection } from './section';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function coldJudge(draft: string, runs = 7) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-assist-judge-'));
  const outfile = path.join(dir, 'judge.mjs');
  const draftFile = path.join(dir, 'draft.txt');
  fs.writeFileSync(draftFile, draft);
  await build({
    stdin: {
      contents: `export { analyzeReply } from './lib/analysis'; export { shippedJudge } from './lib/analysis/judge';`,
      resolveDir: root,
      loader: 'ts',
    },
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    minify: true,
    logLevel: 'warning',
  });
  const probe = [
    `const draft = (await import('node:fs')).readFileSync(${JSON.stringify(draftFile)}, 'utf8');`,
    `const { analyzeReply, shippedJudge } = await import(${JSON.stringify(outfile)});`,
    `analyzeReply(draft);`,
    `const t0 = performance.now();`,
    `const judge = shippedJudge();`,
    `analyzeReply(draft, { judge });`,
    `console.log(JSON.stringify(performance.now() - t0));`,
  ].join('\n');
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' })) as number);
  fs.rmSync(dir, { recursive: true, force: true });
  return { ms: percentiles(samples) };
}

export default async function judgeBench(): Promise<BenchSection> {
  const measures: BenchMeasure[] = [];
  const judge = shippedJudge();
  const draft = realisticDraft(2000);

  const cold = await coldJudge(realisticDraft(500));
    measures.push({ label: 'judge built + first judged analysis, 500 words, fresh process', value: cold.ms.median, unit: 'ms', target: 300 });

  const read = percentiles(timeRuns(() => readSentences(draft), 30, 5));
  measures.push({ label: 'readSentences, 2,000-word draft, median', value: read.median, unit: 'ms' });

  const full = percentiles(
    timeRuns(() => {
      forgetReadings();
      analyzeReply(draft, { judge });
    }, 30, 5),
  );
  measures.push({ label: 'rules + judge, 2,000 words, first (full) read, median', value: full.median, unit: 'ms', target: 50 });

  // One sentence edited per run, in the middle of the draft: the judge re-reads that sentence only.
  const cut = draft.indexOf('. ', draft.length >> 1) + 1;
  let n = 0;
  const edited = percentiles(timeRuns(() => analyzeReply(`${draft.slice(0, cut)} Edit ${n++} here.${draft.slice(cut)}`, { judge }), 200, 20));
  measures.push({ label: 'rules + judge, 2,000 words, one sentence edited, median', value: edited.median, unit: 'ms', target: 2 });
  measures.push({ label: 'rules + judge, 2,000 words, one sentence edited, p95', value: edited.p95, unit: 'ms' });
  const rulesOnly = percentiles(timeRuns(() => analyzeReply(`${draft.slice(0, cut)} Edit ${n++} here.${draft.slice(cut)}`), 200, 20));
  measures.push({ label: 'rules alone, 2,000 words, one sentence edited, median', value: rulesOnly.median, unit: 'ms' });
  // Hostile text: the judge reads at most MAX_JUDGED_CHARS (past that the rules decide alone); its first read of that much.
  let worst = 0;
  for (const text of Object.values(HOSTILE_TEXTS)) {
    const judged = text.slice(0, MAX_JUDGED_CHARS);
    const { median } = percentiles(
      timeRuns(() => {
        forgetReadings();
        analyzeReply(judged, { judge });
      }, 7, 2),
    );
    worst = Math.max(worst, median);
  }
  measures.push({ label: `rules + judge, hostile text at the judge's limit (${MAX_JUDGED_CHARS / 1000} K chars), worst median`, value: worst, unit: 'ms', target: 50 });
  return { name: 'Learned judge (lib/analysis/judge)', measures };
}
