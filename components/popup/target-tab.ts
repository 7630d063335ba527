import { browser } from 'wxt/browser';

export interface TargetTab {
  id?: number;
  /** Known with activeTab (the toolbar button was clicked on this tab) or a host permission for the page. */
  url?: string;
}

/**
 * The tab the popup is about. Opened from the toolbar button, the current window's active tab. `popup.html?tab=<id>`
 * is the same popup for a given tab: the e2e tests open it that way, because a page they open is a tab of its
 * own, not the action popup.
 */
export async function targetTab(search: string): Promise<TargetTab | null> {
  const given = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(given) && given > 0) return browser.tabs.get(given).catch(() => null);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active ?? null;
}
