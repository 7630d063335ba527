import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { HOSTED_MATCH_PATTERNS } from '../../lib/sites';
import { buildExtension } from './harness/build';
import { repoRoot } from './harness/paths';

interface Manifest {
  permissions: string[];
  host_permissions: string[];
  optional_host_permissions: string[];
  content_scripts: { matches: string[]; js: string[] }[];
  content_security_policy?: unknown;
}

let manifest: Manifest;
let releaseDir: string;
beforeAll(() => {
  buildExtension({ quiet: true });
  releaseDir = path.join(repoRoot, '.output/chrome-mv3');
  manifest = JSON.parse(fs.readFileSync(path.join(releaseDir, 'manifest.json'), 'utf8'));
}, 120_000);

test('the release build asks for the hosted helpdesks only: no localhost, no all-sites access', () => {
  expect([...manifest.host_permissions].sort()).toEqual([...HOSTED_MATCH_PATTERNS].sort());
  expect(manifest.host_permissions.join(' ')).not.toMatch(/localhost|127\.0\.0\.1|<all_urls>|\*:\/\/\*\//);
  // Other sites only with the user's consent, asked at the moment they enable one.
  expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
  expect([...manifest.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
});

test('the release content script runs on exactly the hosted helpdesks, and no test-only script ships', () => {
  const scripts = manifest.content_scripts;
  expect(scripts).toHaveLength(1);
  expect([...scripts[0].matches].sort()).toEqual([...HOSTED_MATCH_PATTERNS].sort());
  const shipped = fs.readdirSync(releaseDir, { recursive: true }).map(String);
  expect(shipped.filter((f) => /log-test|bench/.test(f))).toEqual([]);
});

test('no code in the release build can reach the network on its own', () => {
  const files = fs.readdirSync(releaseDir, { recursive: true }).map(String).filter((f) => f.endsWith('.js'));
  const offenders = files.filter((f) => {
    const code = fs.readFileSync(path.join(releaseDir, f), 'utf8');
    return /\bfetch\(|XMLHttpRequest|sendBeacon|new WebSocket|new EventSource/.test(code);
  });
  expect(offenders).toEqual([]);
});
