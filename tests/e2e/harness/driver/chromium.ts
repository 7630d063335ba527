import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../browser';
import type { DriverPage, ExtensionDriver, RouteAnswer } from './types';
import { UserInput } from './user-input';

/** The service worker's tabs API, used inside worker.evaluate. */
declare const chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };

/**
 * Clicks the extension's toolbar button on the page's tab (CDP Extensions.triggerAction): opens the action popup
 * and grants activeTab, as a user's click does. Returns the tab's id, looked up by URL from the service worker.
 */
export async function clickToolbarButton(browser: ExtensionBrowser, page: Page): Promise<number> {
  const cdp = await browser.context.browser()!.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tab = targetInfos.find((t) => t.url === page.url());
    if (!tab) throw new Error(`no tab target at ${page.url()}`);
    await cdp.send('Extensions.triggerAction', { id: browser.extensionId, targetId: tab.targetId });
  } finally {
    await cdp.detach();
  }
  const worker = await browser.serviceWorker();
  const ids = await worker.evaluate(async (url) => (await chrome.tabs.query({})).filter((t) => t.url === url).map((t) => t.id!), page.url());
  if (ids.length !== 1) throw new Error(`${ids.length} tabs at ${page.url()}`);
  return ids[0]!;
}

/** Playwright's CSS already matches inside open shadow roots: the `>>>` of `inOverlay()` is a plain descendant. */
const css = (selector: string) => selector.replaceAll(' >>> ', ' ');

class ChromiumPage extends UserInput implements DriverPage {
  constructor(
    private readonly browser: ExtensionBrowser,
    readonly page: Page,
  ) {
    super(page);
  }

  async goto(url: string) {
    await this.page.goto(url);
  }
  async url() {
    return this.page.url();
  }
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.page.evaluate(fn as never, arg) as Promise<R>;
  }
  count(selector: string) {
    return this.page.locator(css(selector)).count();
  }
  async attribute(selector: string, name: string) {
    return (await this.count(selector)) ? this.page.locator(css(selector)).first().getAttribute(name) : null;
  }
  async text(selector: string) {
    return (await this.count(selector)) ? this.page.locator(css(selector)).first().textContent() : null;
  }
  async box(selector: string) {
    return (await this.count(selector)) ? this.page.locator(css(selector)).first().boundingBox() : null;
  }
  click(selector: string) {
    return this.page.locator(css(selector)).first().click();
  }
  press(keys: string) {
    return this.page.keyboard.press(keys);
  }
  setViewport(width: number, height: number) {
    return this.page.setViewportSize({ width, height });
  }
  async route(origin: string, answer: (url: URL) => RouteAnswer) {
    await this.page.route(`${origin}/**`, (route) => {
      const a = answer(new URL(route.request().url()));
      return a ? route.fulfill({ status: a.status ?? 200, contentType: a.contentType, body: a.body }) : route.continue();
    });
  }
  grantActiveTab() {
    return clickToolbarButton(this.browser, this.page);
  }
  async screenshot(path: string) {
    await this.page.screenshot({ path, fullPage: true });
  }
  close() {
    return this.page.close();
  }
}

export async function launchChromium(): Promise<ExtensionDriver> {
  const browser = await launchWithExtension();
  return {
    name: 'chromium',
    extensionOrigin: `chrome-extension://${browser.extensionId}`,
    newPage: async () => new ChromiumPage(browser, await browser.context.newPage()),
    close: () => browser.close(),
  };
}
