/**
 * WCAG 2.1 AA on every surface, in light and dark colour schemes (reduced motion asked for too): axe-core finds
 * no violation, and every visible text has a contrast of at least 4.5:1 with the background behind it, measured
 * inside the overlay's shadow root as well (open in e2e builds). Surfaces: the dashboard empty and with data,
 * the options page, the popup's states, and the overlay on a helpdesk ticket with its panel and a card open.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, contrastFailures } from './harness/a11y';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { clickToolbarButton } from './harness/driver/chromium';
import { fixtureUrl, openFixture } from './pages/helpdesks/route-fixture';
import { loadFixture } from '../unit/sites/fixture-pages';
import { sampleLog, toNdjson } from '../unit/dashboard/sample-log';

const FLAGGED = " Sorry, but there's nothing I can do. You should have read the instructions.";
const OVERLAY = 'agent-assist-overlay';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => browser?.close());

const extensionUrl = (file: string) => `chrome-extension://${browser.extensionId}/${file}`;

/** Both checks; the findings are in the failure message so that a failing run says what to fix. */
async function expectAccessible(page: Page, include?: string) {
  const { violations, inShadow } = await axeViolations(page, include);
  expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
  // Inside the overlay, axe did look into its shadow root.
  if (include) expect(inShadow).toBeGreaterThan(20);
  const { measured, failures } = await contrastFailures(page);
  expect(measured).toBeGreaterThan(0);
  expect(failures, JSON.stringify(failures, null, 1)).toEqual([]);
}

async function tabIdOf(url: string): Promise<number> {
  const worker = await browser.serviceWorker();
  return worker.evaluate(async (url) => {
    const tabs = await (globalThis as unknown as { chrome: { tabs: { query: (q: object) => Promise<{ id: number; url: string }[]> } } }).chrome.tabs.query({});
    return tabs.find((t) => t.url === url)!.id;
  }, url);
}

/** The toolbar button clicked on the page: the popup may then read its address (activeTab). Granted asynchronously. */
async function grantActiveTab(site: Page): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await clickToolbarButton(browser, site);
    } catch (e) {
      if (attempt === 5) throw e;
      await site.waitForTimeout(300);
    }
  }
}

describe.each(['light', 'dark'] as const)('%s colour scheme', (scheme) => {
  let page: Page;
  beforeAll(async () => {
    page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 1280, height: 900 });
  });
  afterAll(async () => page?.close());

  test('the dashboard, empty: every tab', async () => {
    for (const tab of ['overview', 'team', 'settings', 'macros']) {
      await page.goto(extensionUrl(`dashboard.html#${tab}`));
      await page.locator(`#panel-${tab}`).waitFor();
      await page.waitForTimeout(300);
      await expectAccessible(page);
    }
  });

  test('the options page', async () => {
    await page.goto(extensionUrl('options.html'));
    await page.locator('main').waitFor();
    await page.waitForTimeout(300);
    await expectAccessible(page);
  });

  test('the dashboard with data: overview and team tab', async () => {
    const events = sampleLog({ now: Date.now(), drafts: 40, days: 14, seed: scheme === 'light' ? 3 : 4 });
    await page.goto(extensionUrl('dashboard.html#team'));
    await page.getByTestId('import-file').setInputFiles({ name: 'team.ndjson', mimeType: 'application/x-ndjson', buffer: Buffer.from(toNdjson(events, scheme)) });
    await expect.poll(() => page.getByTestId('import-status').textContent(), { timeout: 20_000 }).toMatch(/events added/);
    await expectAccessible(page);
    await page.goto(extensionUrl('dashboard.html#overview'));
    await page.getByTestId('high-effort').waitFor();
    await page.locator('.aa-chart svg').first().waitFor();
    await expectAccessible(page);

    // The event table's ticket links are one Tab stop; Down moves to the next row's link.
    const links = page.locator('[data-testid="events-table"] [data-ticket-link]');
    await links.first().waitFor();
    expect(await page.locator('[data-testid="events-table"] [data-ticket-link][tabindex="0"]').count()).toBe(1);
    await page.locator('[data-testid="events-table"] [data-ticket-link][tabindex="0"]').focus();
    const focusedRow = () => page.evaluate(() => document.activeElement?.closest('[data-event-id]')?.getAttribute('aria-rowindex'));
    const from = Number(await focusedRow());
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => Number(await focusedRow())).toBeGreaterThan(from);
    expect(await page.locator('[data-testid="events-table"] [data-ticket-link][tabindex="0"]').count()).toBe(1);
  });

  test('the overlay on a helpdesk ticket: panel, effort explanations, a card', async () => {
    const expected = loadFixture('zendesk').expected as unknown as { adapter: string; url: string; editor: string };
    const ticket = await browser.context.newPage();
    await ticket.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await ticket.setViewportSize({ width: 1280, height: 900 });
    try {
      await openFixture(ticket, 'zendesk', fixtureUrl(expected));
      const editor = ticket.locator(expected.editor).first();
      await editor.click();
      await ticket.keyboard.press('Control+End');
      await ticket.keyboard.type(FLAGGED, { delay: 4 });
      const overlay = ticket.locator(OVERLAY);
      await expect.poll(() => overlay.locator('[data-testid="aa-flag"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
      // The effort score's meaning and each signal's evidence: in a disclosure the keyboard opens, not in tooltips.
      expect(await overlay.locator('[data-testid="aa-effort-score"][title], [data-testid="aa-signal"][title]').count()).toBe(0);
      await overlay.locator('[data-testid="aa-effort-why"] summary').focus();
      await ticket.keyboard.press('Enter');
      await expect.poll(() => overlay.locator('[data-testid="aa-effort-why"]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      expect(await overlay.locator('.aa-why-meaning').isVisible()).toBe(true);
      const signals = await overlay.locator('[data-testid="aa-signal"]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.signal));
      const evidence = await overlay.locator('[data-testid="aa-signal-evidence"]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.signal));
      expect(signals.length).toBeGreaterThan(0);
      expect(evidence).toEqual(signals);
      await overlay.locator('[data-testid="aa-flag"]').first().click();
      await overlay.locator('.aa-card').waitFor();
      await expectAccessible(ticket, OVERLAY);

      // The popup of this tab: coaching on.
      const popup = await browser.context.newPage();
      await popup.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await popup.setViewportSize({ width: 360, height: 600 });
      await popup.goto(extensionUrl(`popup.html?tab=${await tabIdOf(ticket.url())}`));
      await expect.poll(() => popup.getByTestId('popup-status').getAttribute('data-state'), { timeout: 10_000 }).toBe('active');
      await expectAccessible(popup);
      await popup.close();
    } finally {
      await ticket.close();
    }
  });

  test('the popup on a site that is off, and on a page it cannot coach', async () => {
    const site = await browser.context.newPage();
    await site.route('https://shop.example.org/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><title>Shop</title><h1>Shop</h1></html>' }),
    );
    await site.goto('https://shop.example.org/orders');
    const popup = await browser.context.newPage();
    await popup.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await popup.setViewportSize({ width: 360, height: 600 });
    try {
      // The toolbar button clicked on the page (activeTab): the popup may read its address.
      await site.bringToFront();
      await popup.goto(extensionUrl(`popup.html?tab=${await grantActiveTab(site)}`));
      await expect.poll(() => popup.getByTestId('popup-status').getAttribute('data-state'), { timeout: 10_000 }).toBe('off');
      await expectAccessible(popup);
      // Opened as a tab of its own, the popup is about itself: not a web page.
      await popup.bringToFront();
      await popup.goto(extensionUrl('popup.html'));
      await expect.poll(() => popup.getByTestId('popup-status').getAttribute('data-state'), { timeout: 10_000 }).toBe('unavailable');
      await expectAccessible(popup);
    } finally {
      await Promise.all([site.close(), popup.close()]);
    }
  });
});
