import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { percentiles } from './section';

/**
 * The first analysis a fresh process pays for: the engine bundled by esbuild as it ships, imported by a new Node
 * process that then analyses one draft. V8 compiles each regex lazily on its first run, so this is where large
 * regexes show up; the steady-state bench never sees it. Returns the median and p95 over `runs` processes of
 * import + first call, and of the first call alone.
 */
export async function firstCallTime(entry: string, draft: string, runs = 9) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-assist-first-call-'));
  const outfile = path.join(dir, 'module.mjs');
  const draftFile = path.join(dir, 'draft.txt');
  fs.writeFileSync(draftFile, draft);
  await build({ entryPoints: [entry], outfile, bundle: true, format: 'esm', platform: 'neutral', minify: true, logLevel: 'warning' });
  const probe = [
    `const draft = (await import('node:fs')).readFileSync(${JSON.stringify(draftFile)}, 'utf8');`,
    `const t0 = performance.now();`,
    `const { analyzeReply } = await import(${JSON.stringify(outfile)});`,
    `const t1 = performance.now();`,
    `const flags = analyzeReply(draft).flags.length;`,
    `const t2 = performance.now();`,
    `if (!flags) throw new Error('the draft should be flagged');`,
    `console.log(JSON.stringify([t2 - t0, t2 - t1]));`,
  ].join('\n');
  const total: number[] = [];
  const call: number[] = [];
  for (let i = 0; i < runs; i++) {
    const [t, c] = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' })) as [number, number];
    total.push(t);
    call.push(c);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return { total: percentiles(total), call: percentiles(call) };
}
