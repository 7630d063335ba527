import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { pagesDir } from './paths';

function findEntries(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return findEntries(full);
    return /\.entry\.tsx?$/.test(d.name) ? [full] : [];
  });
}

/**
 * Test pages load real editor libraries from npm. Every `tests/e2e/pages/**\/NAME.entry.ts(x)` is bundled to
 * `NAME.bundle.js` beside it (git-ignored), which the page's HTML loads with a plain <script>.
 */
export async function bundleTestPages(): Promise<number> {
  const entries = findEntries(pagesDir);
  await Promise.all(
    entries.map((entry) =>
      build({
        entryPoints: [entry],
        outfile: entry.replace(/\.entry\.tsx?$/, '.bundle.js'),
        bundle: true,
        format: 'iife',
        target: 'chrome120',
        jsx: 'automatic',
        loader: { '.svg': 'text', '.css': 'css' },
        define: { 'process.env.NODE_ENV': '"production"' },
        logLevel: 'warning',
      }),
    ),
  );
  return entries.length;
}
