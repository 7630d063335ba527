import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { analyzeThread, detectEffortSignals } from '../../lib/effort';
import type { ThreadMessage } from '../../lib/effort';
import { HOSTILE_TEXTS } from './drafts';
import { percentiles, timeRuns, type BenchMeasure, type BenchSection } from './section';

const CUSTOMER = [
  "Hi, I ordered the blue jacket two weeks ago and it still hasn't arrived.",
  'This is the third time I am writing about this and nobody has answered my ticket.',
  'I already sent you the receipt and the screenshots last week.',
  'Your chat agent told me to email instead, and then the phone line kept me on hold for 40 minutes.',
  'The tracking number you gave me does not work on the carrier website.',
  "It's still not working after the update you suggested.",
  'Could you please check what happened to the parcel and let me know?',
  'Honestly this is ridiculous, I want to speak to a manager or I will cancel my subscription.',
  'Thanks for getting back to me, I appreciate the help.',
  'The address on the order is correct, I checked it twice.',
] as const;
const AGENT = [
  'Thanks for reaching out, I have checked the order and the parcel left our warehouse on Monday.',
  'I have issued a refund of the shipping fee and escalated the delay to the carrier.',
  'I will follow up with you on Friday with an update either way.',
  'Could you confirm the delivery address so I can arrange a replacement?',
] as const;

/** About 200 words a message, half from the customer, as a long escalated ticket reads. */
function longThread(messages: number): ThreadMessage[] {
  const thread: ThreadMessage[] = [];
  const start = Date.parse('2026-01-05T09:00:00Z');
  for (let i = 0; i < messages; i++) {
    const customer = i % 2 === 0;
    const pool: readonly string[] = customer ? CUSTOMER : AGENT;
    const parts: string[] = [];
    for (let words = 0, k = i; words < 200; k++) {
      const s = pool[k % pool.length];
      parts.push(s);
      words += s.split(' ').length;
    }
    thread.push({
      role: customer ? 'customer' : 'agent',
      author: customer ? 'Dana' : `Agent ${(i >> 3) % 3}`,
      at: new Date(start + i * 3_600_000).toISOString(),
      text: parts.join(' '),
    });
  }
  return thread;
}

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * What the detector costs on first use in a fresh process, as the background worker pays it when a tab's request
 * woke it (issue 12: the content script no longer loads the detector; before, every helpdesk tab paid this):
 * lib/effort bundled by esbuild as it ships, imported by a new Node process (with --expose-gc) that times the
 * import and the first detectEffortSignals on a 200-word message, and measures the heap the compiled rules keep
 * (heapUsed after gc, before and after compiling them). Medians over `runs` processes.
 */
async function firstUse(message: string, runs = 7) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-assist-effort-'));
  const entry = path.join(dir, 'entry.ts');
  const outfile = path.join(dir, 'module.mjs');
  const messageFile = path.join(dir, 'message.txt');
  const lib = path.resolve(here, '../../lib/effort');
  fs.writeFileSync(
    entry,
    `export { detectEffortSignals } from ${JSON.stringify(path.join(lib, 'index.ts'))};\nexport { builtInRules } from ${JSON.stringify(path.join(lib, 'built-in-rules.ts'))};\n`,
  );
  fs.writeFileSync(messageFile, message);
  await build({ entryPoints: [entry], outfile, bundle: true, format: 'esm', platform: 'neutral', minify: true, logLevel: 'warning' });
  const timeProbe = [
    `const message = (await import('node:fs')).readFileSync(${JSON.stringify(messageFile)}, 'utf8');`,
    `const t0 = performance.now();`,
    `const { detectEffortSignals } = await import(${JSON.stringify(outfile)});`,
    `const found = detectEffortSignals(message).length;`,
    `const t1 = performance.now();`,
    `if (!found) throw new Error('the message should show signals');`,
    `console.log(JSON.stringify(t1 - t0));`,
  ].join('\n');
  // The import alone: what the detector adds to every start of the background worker (it also wakes for the log).
  const importProbe = [
    `const t0 = performance.now();`,
    `await import(${JSON.stringify(outfile)});`,
    `console.log(JSON.stringify(performance.now() - t0));`,
  ].join('\n');
  const heapProbe = [
    `const { builtInRules, detectEffortSignals } = await import(${JSON.stringify(outfile)});`,
    `const message = (await import('node:fs')).readFileSync(${JSON.stringify(messageFile)}, 'utf8');`,
    // gc() and a pause, three times: sweeping runs concurrently, and heapUsed only drops once it is done.
    `const settled = async () => { for (let i = 0; i < 3; i++) { gc(); await new Promise((r) => setTimeout(r, 10)); } return process.memoryUsage().heapUsed; };`,
    `const h0 = await settled();`,
    `const kept = builtInRules();`,
    `const h1 = await settled();`,
    `detectEffortSignals(message);`,
    `const h2 = await settled();`,
    `console.log(JSON.stringify([(h1 - h0) / 1048576, (h2 - h0) / 1048576, kept.trie.prefixes ?? 0]));`,
  ].join('\n');
  const times: number[] = [];
  const imports: number[] = [];
  const compiled: number[] = [];
  const afterCall: number[] = [];
  let prefixes = 0;
  for (let i = 0; i < runs; i++) {
    times.push(JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', timeProbe], { encoding: 'utf8' })) as number);
    imports.push(JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', importProbe], { encoding: 'utf8' })) as number);
    const [c, a, n] = JSON.parse(
      execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', heapProbe], { encoding: 'utf8' }),
    ) as number[];
    compiled.push(c);
    afterCall.push(a);
    prefixes = n;
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return { time: percentiles(times), imported: percentiles(imports).median, compiled: percentiles(compiled).median, afterCall: percentiles(afterCall).median, prefixes };
}

export default async function effortBench(): Promise<BenchSection> {
  const messages = longThread(300);
  const words = messages.reduce((n, m) => n + m.text.split(/\s+/).length, 0);
  const measures: BenchMeasure[] = [];
  // Every run reads messages never seen (a run number in each), so no result is remembered from an earlier run.
  let run = 0;
  const unseen = () => ({ messages: messages.map((m) => ({ ...m, text: `${m.text} (${run})` })) });
  const cold = percentiles(timeRuns(() => analyzeThread(unseen()) && run++, 40, 5));
  measures.push({ label: `analyzeThread, 300 messages never seen (${words} words), median`, value: cold.median, unit: 'ms', target: 10 });
  measures.push({ label: 'analyzeThread, 300 messages never seen, p95', value: cold.p95, unit: 'ms' });
  const thread = unseen();
  const warm = percentiles(timeRuns(() => analyzeThread(thread), 40, 5));
  measures.push({ label: 'analyzeThread, the same 300 messages again (results remembered by text), median', value: warm.median, unit: 'ms' });
  let worst = 0;
  for (const text of Object.values(HOSTILE_TEXTS)) {
    let k = 0;
    worst = Math.max(worst, percentiles(timeRuns(() => detectEffortSignals(`${text}${k++}`), 10, 2)).median);
  }
  measures.push({ label: 'detectEffortSignals, hostile 100 KB, worst median', value: worst, unit: 'ms', target: 50 });
  const first = await firstUse(messages[0].text);
  // Paid in the background worker, off the page (the tab's side is in helpdesk-tab.bench.ts).
  measures.push({ label: 'background worker, fresh process: import + first detect (200 words), median', value: first.time.median, unit: 'ms' });
  measures.push({ label: 'background worker, fresh process: import + first detect, p95', value: first.time.p95, unit: 'ms' });
  measures.push({ label: 'background worker, fresh process: the import alone, median', value: first.imported, unit: 'ms' });
  measures.push({ label: 'compiled rules, retained heap', value: first.compiled, unit: 'MB', target: 3 });
  measures.push({ label: 'compiled rules + first detect, retained heap', value: first.afterCall, unit: 'MB' });
  measures.push({ label: 'prefixes filed in the trie', value: first.prefixes, unit: 'count' });
  return { name: 'Effort detector (lib/effort)', measures };
}
