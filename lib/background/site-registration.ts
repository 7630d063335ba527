/**
 * The generic mode: the coaching content script on sites the user enabled from the popup. Each enabled origin
 * is an optional host permission granted at that moment; the background worker keeps one registered content
 * script whose matches are exactly the enabled origins that still hold their permission.
 */
import { browser } from 'wxt/browser';
import { report } from '../report';
import { getSettings, updateSettings, watchSettings } from '../settings/store';

/** The content script's file in the built extension (entrypoints/content/). */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';
const SCRIPT_ID = 'agent-assist-enabled-sites';

export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/** The origins behind exact-origin match patterns ("https://help.example.com/*"); wildcard patterns give none. */
export function originsOfPatterns(patterns: readonly string[]): string[] {
  return patterns.flatMap((p) => {
    const m = /^(https?:\/\/[^/*]+)\/\*$/.exec(p);
    return m ? [m[1]] : [];
  });
}

/** The origin of a page the generic mode can run on (http or https), or null. */
export function siteOrigin(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** Registers the content script for the enabled sites whose permission is granted, and only for them. */
export async function syncSiteRegistration(enabledSites: readonly string[]): Promise<void> {
  const granted: string[] = [];
  for (const origin of enabledSites) {
    if (await browser.permissions.contains({ origins: [originPattern(origin)] })) granted.push(originPattern(origin));
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (granted.length === 0) {
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return;
  }
  const script = { id: SCRIPT_ID, js: [CONTENT_SCRIPT_FILE], matches: granted, runAt: 'document_idle' as const, persistAcrossSessions: true };
  if (existing.length) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}

/** Called once by the background worker: keeps the registration in step with settings and permissions. */
export function startSiteRegistration(): void {
  const sync = (sites: readonly string[]) => syncSiteRegistration(sites).catch((e) => report('site registration', e));
  void getSettings().then((s) => sync(s.enabledSites), (e) => report('site registration', e));
  watchSettings((s) => void sync(s.enabledSites));
  // The grant itself enables the site: Chrome may close the popup while its permission prompt is open, before
  // the popup could record the site (./site-access.ts).
  browser.permissions.onAdded.addListener(({ origins = [] }) => {
    const added = originsOfPatterns(origins);
    if (added.length === 0) return;
    void getSettings()
      .then((s) => {
        const enabledSites = [...new Set([...s.enabledSites, ...added])];
        return enabledSites.length === s.enabledSites.length ? s : updateSettings({ enabledSites });
      })
      .catch((e) => report('site registration', e));
  });
  // A permission the user takes back in the browser's settings disables the site too.
  browser.permissions.onRemoved.addListener(({ origins = [] }) => {
    void getSettings()
      .then((s) => {
        const enabledSites = s.enabledSites.filter((o) => !origins.includes(originPattern(o)));
        return enabledSites.length === s.enabledSites.length ? s : updateSettings({ enabledSites });
      })
      .catch((e) => report('site registration', e));
  });
}
