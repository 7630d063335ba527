/**
 * The browsers every cross-browser e2e scenario runs in, and how they differ, said here once.
 *
 * |                         | Chromium 156 (Debian `chromium`)            | Firefox ESR 153 (Debian `firefox-esr`)                         |
 * |-------------------------|---------------------------------------------|----------------------------------------------------------------|
 * | driven by               | playwright-core (CDP)                       | puppeteer-core over WebDriver BiDi                             |
 * | build                   | .output/chrome-mv3-e2e (MV3)                | .output/firefox-mv2-e2e (MV2: see README, "Firefox")           |
 * | loaded with             | --load-extension                            | browser.installExtension(dir) (a temporary add-on)             |
 * | background              | service worker                              | background page (no service worker in MV2 Firefox)             |
 * | extension origin        | chrome-extension://<id from the key path>   | moz-extension://<uuid>, random per profile: fixed by the pref  |
 * |                         |                                             | extensions.webextensions.uuids                                 |
 * | opening extension pages | page.goto                                   | needs --remote-allow-system-access; goto never settles there   |
 * |                         |                                             | (no navigation events), so the driver waits for the document   |
 * | toolbar button          | CDP Extensions.triggerAction                | BiDi cannot click browser UI: activeTab is granted from the     |
 * |                         |                                             | chrome scope, as the click would                               |
 * | optional permission     | a prompt no one can answer headless: the    | granted without prompt (pref                                   |
 * |                         | enable-a-site scenario is skipped           | extensions.webextOptionalPermissionPrompts = false)            |
 * | shadow-root selectors   | Playwright CSS pierces                      | Puppeteer's `>>>` (see inOverlay)                              |
 */
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './driver/chromium';
import { launchFirefox } from './driver/firefox';
import type { BrowserName, ExtensionDriver } from './driver/types';
import { servePages, type PageServer } from './server';

export type { BrowserName, DriverPage, ExtensionDriver } from './driver/types';
export { inOverlay } from './driver/types';

export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/** What a scenario can do in each browser (see the table above); a scenario that needs more skips itself there. */
export const CAN: Record<BrowserName, { grantOptionalPermission: boolean }> = {
  chromium: { grantOptionalPermission: false },
  firefox: { grantOptionalPermission: true },
};

export function launchDriver(name: BrowserName): Promise<ExtensionDriver> {
  return name === 'firefox' ? launchFirefox() : launchChromium();
}

/** One of the extension's own pages ('popup.html', 'dashboard.html#team'). */
export function extensionUrl(driver: ExtensionDriver, page: string): string {
  return `${driver.extensionOrigin}/${page}`;
}

/**
 * For a describe block over one browser: before its tests, that browser with the extension and the page server;
 * both closed after. The fields are set once beforeAll ran.
 */
export function useDriver(name: BrowserName): { driver: ExtensionDriver; server: PageServer } {
  const env = {} as { driver: ExtensionDriver; server: PageServer };
  beforeAll(async () => {
    [env.driver, env.server] = await Promise.all([launchDriver(name), servePages()]);
  });
  afterAll(async () => {
    await env.driver?.close();
    await env.server?.close();
  });
  return env;
}
