import fs from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { firefoxExtensionDir, firefoxPath } from '../paths';
import type { DriverPage, ExtensionDriver, RouteAnswer } from './types';
import { UserInput } from './user-input';

/** Fixed so the tests know the extension's origin before it is installed (Firefox picks a random one per profile). */
const EXTENSION_UUID = '5a1c7e0d-16ff-4e2e-9b1d-a9e175516f16';

/** Firefox's WebDriver BiDi session, for the commands Puppeteer does not wrap (chrome-scope script evaluation). */
type BidiConnection = { send(method: string, params: object): Promise<{ result: unknown }> };
const bidi = (browser: Browser) => (browser as unknown as { connection: BidiConnection }).connection;

/** Runs an expression in the browser window's chrome (needs --remote-allow-system-access); returns its string value. */
async function evaluateInChrome(browser: Browser, expression: string): Promise<string> {
  const tree = (await bidi(browser).send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as { contexts: { context: string; url: string }[] };
  const window = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('no Firefox browser window to evaluate in');
  const { result } = (await bidi(browser).send('script.evaluate', { expression, target: { context: window.context }, awaitPromise: true })) as {
    result: { type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } };
  };
  if (result.type !== 'success') throw new Error(`chrome-scope evaluation failed: ${result.exceptionDetails?.text}`);
  return String(result.result?.value);
}

class FirefoxPage extends UserInput implements DriverPage {
  private readonly routes: [origin: string, answer: (url: URL) => RouteAnswer][] = [];

  constructor(
    private readonly browser: Browser,
    private readonly addonId: string,
    readonly page: Page,
  ) {
    super(page);
  }

  async goto(url: string) {
    if (!url.startsWith('moz-extension:')) {
      await this.page.goto(url);
      return;
    }
    // Firefox reports no navigation events for extension pages, so goto() never settles (puppeteer#14314):
    // start it, and wait for the document instead.
    void this.page.goto(url, { timeout: 0 }).catch(() => undefined);
    const deadline = Date.now() + 30_000;
    for (;;) {
      const loaded = await this.page.evaluate((u) => location.href === u && document.readyState === 'complete', url).catch(() => false);
      if (loaded) return;
      if (Date.now() > deadline) throw new Error(`${url} did not load in 30 s`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  async url() {
    // page.url() stays about:blank on extension pages (no navigation events, as above).
    return this.page.evaluate(() => location.href);
  }
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.page.evaluate(fn as never, arg) as Promise<R>;
  }
  async count(selector: string) {
    return (await this.page.$$(selector)).length;
  }
  async attribute(selector: string, name: string) {
    const el = await this.page.$(selector);
    return el ? el.evaluate((e, n) => e.getAttribute(n), name) : null;
  }
  async text(selector: string) {
    const el = await this.page.$(selector);
    return el ? el.evaluate((e) => e.textContent) : null;
  }
  async box(selector: string) {
    const el = await this.page.$(selector);
    return el ? el.boundingBox() : null;
  }
  async click(selector: string) {
    const el = await this.page.$(selector);
    if (!el) throw new Error(`nothing to click at ${selector}`);
    await el.click();
  }
  async press(keys: string) {
    const parts = keys.split('+') as KeyInput[];
    const key = parts.pop()!;
    for (const m of parts) await this.page.keyboard.down(m);
    await this.page.keyboard.press(key);
    for (const m of parts.reverse()) await this.page.keyboard.up(m);
  }
  setViewport(width: number, height: number) {
    return this.page.setViewport({ width, height });
  }
  async route(origin: string, answer: (url: URL) => RouteAnswer) {
    if (this.routes.length === 0) {
      await this.page.setRequestInterception(true);
      this.page.on('request', (request) => {
        const url = new URL(request.url());
        const a = this.routes.find(([o]) => o === url.origin)?.[1](url);
        if (a) void request.respond({ status: a.status ?? 200, contentType: a.contentType, body: a.body });
        else void request.continue();
      });
    }
    this.routes.push([origin, answer]);
  }
  async grantActiveTab() {
    // What a click on the toolbar button does (BiDi cannot click the browser's own UI): the tab is selected and
    // the extension gets activeTab on it.
    await this.page.bringToFront();
    const id = await evaluateInChrome(
      this.browser,
      `(() => {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(this.addonId)});
        extension.tabManager.addActiveTabPermission(gBrowser.selectedTab);
        return String(extension.tabManager.getWrapper(gBrowser.selectedTab).id);
      })()`,
    );
    return Number(id);
  }
  async screenshot(file: string) {
    await this.page.screenshot({ path: file as `${string}.png`, fullPage: true });
  }
  close() {
    return this.page.close();
  }
}

export async function launchFirefox(): Promise<ExtensionDriver> {
  const manifestFile = path.join(firefoxExtensionDir, 'manifest.json');
  if (!fs.existsSync(manifestFile)) {
    throw new Error(`No Firefox build in ${firefoxExtensionDir}: run \`npx wxt build --mode e2e -b firefox\` first.`);
  }
  if (!fs.existsSync(firefoxPath)) {
    throw new Error(`No Firefox at ${firefoxPath}: install Debian's firefox-esr (apt-get install firefox-esr) or set FIREFOX_PATH.`);
  }
  const addonId: string = JSON.parse(fs.readFileSync(manifestFile, 'utf8')).browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    // Lets BiDi evaluate in extension pages and in the browser's chrome (grantActiveTab).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: EXTENSION_UUID }),
      // permissions.request() is granted without the doorhanger no one can click in a headless browser.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  try {
    await browser.installExtension(firefoxExtensionDir);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    name: 'firefox',
    extensionOrigin: `moz-extension://${EXTENSION_UUID}`,
    newPage: async () => new FirefoxPage(browser, addonId, await browser.newPage()),
    close: () => browser.close(),
  };
}
