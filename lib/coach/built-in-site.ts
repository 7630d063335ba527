import { matchesAny } from '../sites/match-pattern';
import { CONTENT_SCRIPT_FILE } from '../background/site-registration';

type ManifestScripts = { content_scripts?: { matches?: string[]; js?: string[] }[] };

/**
 * Whether the manifest runs coaching on this page by itself: the helpdesks the extension knows (and local pages
 * in test and demo builds). Read from the manifest (`runtime.getManifest()`) so that the popup says what this
 * build actually does.
 */
/** The script's path inside the extension: Firefox lists `moz-extension://<uuid>/path`, Chromium the bare path. */
function packagePath(script: string): string {
  return script.replace(/^[a-z-]+:\/\/[^/]*\//, '').replace(/^\//, '');
}

export function isBuiltInSite(url: string, manifest: ManifestScripts): boolean {
  const scripts = manifest.content_scripts ?? [];
  const patterns = scripts.filter((s) => s.js?.some((js) => packagePath(js) === CONTENT_SCRIPT_FILE)).flatMap((s) => s.matches ?? []);
  return matchesAny(patterns, url);
}
