/**
 * The popup's side of the generic mode: enabling coaching on the current tab's site asks for that origin's
 * host permission (it must run in the click's user gesture), records the site, and starts coaching in the tab.
 */
import { browser } from 'wxt/browser';
import { getSettings, updateSettings } from '../settings/store';
import { CONTENT_SCRIPT_FILE, originPattern } from '../background/site-registration';

export async function isSiteEnabled(origin: string): Promise<boolean> {
  const settings = await getSettings();
  return settings.enabledSites.includes(origin) && (await browser.permissions.contains({ origins: [originPattern(origin)] }));
}

export async function enableSite(origin: string, tabId: number | undefined): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [originPattern(origin)] });
  if (!granted) return false;
  const settings = await getSettings();
  await updateSettings({ enabledSites: [...new Set([...settings.enabledSites, origin])] });
  if (tabId !== undefined) {
    await browser.scripting.executeScript({ target: { tabId }, files: [`/${CONTENT_SCRIPT_FILE}`] }).catch(() => {});
  }
  return true;
}

export async function disableSite(origin: string): Promise<void> {
  const settings = await getSettings();
  await updateSettings({ enabledSites: settings.enabledSites.filter((o) => o !== origin) });
  await browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
}
