import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { extensionDir, repoRoot } from './paths';

type Browser = 'chrome' | 'firefox';

/**
 * Builds the extension with production React and minified code, as users get it; `mode` 'e2e' adds only the
 * test builds' localhost access and test hooks.
 */
export function buildExtension(options: { mode?: 'e2e' | 'demo'; browser?: Browser; quiet?: boolean } = {}): void {
  const args = ['wxt', 'build', ...(options.mode ? ['--mode', options.mode] : []), ...(options.browser === 'firefox' ? ['-b', 'firefox'] : [])];
  execFileSync('npx', args, { cwd: repoRoot, stdio: options.quiet ? 'pipe' : 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, d.name);
    newest = Math.max(newest, d.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the e2e extension unless a build newer than every source file is already there (benches use this). */
export function ensureE2eBuild(): void {
  const manifest = path.join(extensionDir, 'manifest.json');
  const sources = Math.max(
    ...['lib', 'entrypoints', 'components', 'assets'].filter((d) => fs.existsSync(path.join(repoRoot, d))).map((d) => newestSource(path.join(repoRoot, d))),
    fs.statSync(path.join(repoRoot, 'wxt.config.ts')).mtimeMs,
  );
  if (fs.existsSync(manifest) && fs.statSync(manifest).mtimeMs >= sources) return;
  console.log('building the e2e extension…');
  buildExtension({ mode: 'e2e' });
}
