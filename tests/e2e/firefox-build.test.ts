import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { buildExtension } from './harness/build';
import { repoRoot } from './harness/paths';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

test('the Firefox build, from the same source, passes web-ext lint with no errors', () => {
  buildExtension({ browser: 'firefox', quiet: true });
  const dir = path.join(repoRoot, '.output/firefox-mv2');
  expect(fs.existsSync(path.join(dir, 'manifest.json'))).toBe(true);

  let out: string;
  try {
    out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--self-hosted', '--output', 'json', '--no-config-discovery'], {
      cwd: repoRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    // web-ext exits non-zero when it finds errors; its JSON report is still on stdout.
    out = (error as { stdout: string }).stdout;
  }
  const report = JSON.parse(out.slice(out.indexOf('{'))) as { errors: LintMessage[]; summary: { errors: number } };
  expect(report.errors.map((e) => `${e.code}: ${e.message} (${e.file ?? ''})`)).toEqual([]);
  expect(report.summary.errors).toBe(0);
}, 120_000);
