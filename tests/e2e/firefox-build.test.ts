import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { HOSTED_MATCH_PATTERNS } from '../../lib/sites';
import { buildExtension } from './harness/build';
import { repoRoot } from './harness/paths';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

const dir = path.join(repoRoot, '.output/firefox-mv2');
beforeAll(() => {
  buildExtension({ browser: 'firefox', quiet: true });
}, 120_000);

test('the Firefox build, from the same source, passes web-ext lint with no errors', () => {
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

test('the Firefox (MV2) release manifest holds the hosted helpdesks, and every other site as an optional permission the popup can ask for', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { manifest_version: number; permissions: string[]; optional_permissions?: string[] };
  expect(manifest.manifest_version).toBe(2);
  // MV2 has no host_permissions: hosts are permissions, granted at install.
  expect([...manifest.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage', ...HOSTED_MATCH_PATTERNS].sort());
  // Without this, permissions.request({ origins }) fails: "Cannot request origin permission … not declared in the manifest".
  expect(manifest.optional_permissions).toEqual(['*://*/*']);
});
