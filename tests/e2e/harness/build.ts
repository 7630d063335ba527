import fs from 'node:fs';
import path from 'node:path';
import { buildExtension } from '../../../lib/cli/build-extension';
import { extensionDir, repoRoot } from './paths';

export { buildExtension };

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
