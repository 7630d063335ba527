import { browser } from 'wxt/browser';
import { TAB_STATUS_KIND, TabStatusSchema, type TabStatus, type TabStatusRequest } from '@/lib/messages/popup-status';

const REQUEST: TabStatusRequest = { kind: TAB_STATUS_KIND };

/** What the coaching content script in the tab's top frame says it is doing; null when nothing answers (not running there). */
export async function askTabStatus(tabId: number, timeoutMs = 1000): Promise<TabStatus | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const answer = await Promise.race([
      browser.tabs.sendMessage(tabId, REQUEST, { frameId: 0 }),
      new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs, null))),
    ]);
    const parsed = TabStatusSchema.safeParse(answer);
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // "Receiving end does not exist": no content script in the tab
  } finally {
    clearTimeout(timer);
  }
}
