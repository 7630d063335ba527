import { execFileSync } from 'node:child_process';
import { extensionDir } from './harness/paths';

/** Builds the extension once per e2e run, in the test mode that adds localhost to its host permissions. */
export default function setup() {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { stdio: 'inherit' });
  console.log(`e2e: extension built in ${extensionDir}`);
}
