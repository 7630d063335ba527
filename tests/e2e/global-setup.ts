import { bundleTestPages } from './harness/bundle-pages';
import { buildExtension } from './harness/build';
import { extensionDir, firefoxExtensionDir } from './harness/paths';

/** Builds the extension once per e2e run for Chromium and Firefox (test mode: localhost in its host permissions) and bundles the test pages. */
export default async function setup() {
  if (process.env.E2E_SKIP_BUILD !== '1') {
    buildExtension({ mode: 'e2e' });
    buildExtension({ mode: 'e2e', browser: 'firefox', quiet: true });
    console.log(`e2e: extension built in ${extensionDir} and ${firefoxExtensionDir}`);
  }
  const pages = await bundleTestPages();
  console.log(`e2e: ${pages} test page script(s) bundled`);
}
