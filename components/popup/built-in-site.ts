import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE } from '@/lib/coach/site-registration';
import { matchesAny } from '@/lib/sites/match-pattern';

/**
 * Whether the manifest runs coaching on this page by itself: the helpdesks the extension knows (and local pages
 * in test and demo builds). Read from the manifest so that the popup says what this build actually does.
 */
export function isBuiltInSite(url: string): boolean {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  const patterns = scripts.filter((s) => s.js?.includes(CONTENT_SCRIPT_FILE)).flatMap((s) => s.matches ?? []);
  return matchesAny(patterns, url);
}
