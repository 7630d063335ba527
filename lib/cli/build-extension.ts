import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Builds the extension with production React and minified code, as users get it. Mode 'e2e' (tests) and
 * 'demo' (`npm start`) add only localhost access (and, for e2e, test hooks). Output: .output/<browser>-mv<n>[-mode].
 */
export function buildExtension(options: { mode?: 'e2e' | 'demo'; browser?: 'chrome' | 'firefox'; quiet?: boolean } = {}): void {
  const args = ['wxt', 'build', ...(options.mode ? ['--mode', options.mode] : []), ...(options.browser === 'firefox' ? ['-b', 'firefox'] : [])];
  try {
    execFileSync('npx', args, { cwd: REPO_ROOT, stdio: options.quiet ? 'pipe' : 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`the extension build failed:\n${stdout}${stderr}`);
  }
}
