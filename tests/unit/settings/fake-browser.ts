/**
 * Import first: makes `wxt/browser` (read once, when it loads) resolve to WXT's in-memory fake browser, so that
 * code using browser.storage (lib/settings/store.ts) runs in node. Call fakeBrowser.reset() between tests.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

(globalThis as { browser?: unknown }).browser = fakeBrowser;
export { fakeBrowser };
