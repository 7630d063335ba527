import { bundleTestPages } from './harness/bundle-pages';
import { buildExtension } from './harness/build';
import { extensionDir } from './harness/paths';

/** Builds the extension once per e2e run (test mode: localhost in its host permissions) and bundles the test pages. */
export default async function setup() {
  if (process.env.E2E_SKIP_BUILD !== '1') {
    buildExtension({ mode: 'e2e' });
    console.log(`e2e: extension built in ${extensionDir}`);
  }
  const pages = await bundleTestPages();
  console.log(`e2e: ${pages} test page script(s) bundled`);
}
