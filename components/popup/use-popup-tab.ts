import { useEffect, useState } from 'react';
import { isBuiltInSite } from '@/lib/coach/built-in-site';
import { isSiteEnabled } from '@/lib/popup/site-access';
import { siteOrigin } from '@/lib/background/site-registration';
import type { TabStatus } from '@/lib/messages/popup-status';
import { askTabStatus } from './ask-tab-status';
import { targetTab, type TargetTab } from './target-tab';
import type { TabFacts } from './tab-state';

export interface PopupTab extends TabFacts {
  tab: TargetTab | null | undefined;
  setEnabled(enabled: boolean): void;
}

/**
 * The popup's tab and what is known about it. The content script is asked again every `pollMs` while the popup
 * is open, so that a reload, a switch turned on or a flag typed shows without reopening it.
 */
export function usePopupTab(pollMs = 1000): PopupTab {
  const [tab, setTab] = useState<TargetTab | null>();
  const [enabled, setEnabled] = useState<boolean>();
  const [status, setStatus] = useState<TabStatus | null>();
  const origin = siteOrigin(tab?.url);

  useEffect(() => {
    void targetTab(location.search).then(setTab, () => setTab(null));
  }, []);

  useEffect(() => {
    if (origin) void isSiteEnabled(origin).then(setEnabled, () => setEnabled(false));
  }, [origin]);

  const tabId = tab?.id;
  useEffect(() => {
    if (tab === undefined) return;
    if (tabId === undefined) return setStatus(null);
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      const answer = await askTabStatus(tabId);
      if (stopped) return;
      setStatus(answer);
      timer = setTimeout(ask, pollMs);
    };
    void ask();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [tab, tabId, pollMs]);

  return { tab, origin, builtIn: !!tab?.url && isBuiltInSite(tab.url, browser.runtime.getManifest()), enabled, status, setEnabled };
}
