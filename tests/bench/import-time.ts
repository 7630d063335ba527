import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { percentiles } from './section';

/**
 * Cold import time of a module as the extension ships it: bundled by esbuild into one ES module, then imported
 * by a fresh Node process that times only the import. Returns the median and p95 over `runs` processes.
 */
export async function coldImportTime(entry: string, runs = 9): Promise<{ median: number; p95: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-assist-import-'));
  const outfile = path.join(dir, 'module.mjs');
  await build({ entryPoints: [entry], outfile, bundle: true, format: 'esm', platform: 'neutral', minify: true, logLevel: 'warning' });
  const probe = `const t0 = performance.now(); await import(${JSON.stringify(outfile)}); console.log(performance.now() - t0);`;
  const samples = Array.from({ length: runs }, () =>
    Number(execFileSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' }).trim()),
  );
  fs.rmSync(dir, { recursive: true, force: true });
  return percentiles(samples);
}
