/**
 * The toolbar popup in real Chromium, beyond the states every browser checks (cross-browser/extension.test.ts):
 * on the Zendesk fixture (a ticket open, a flagged sentence typed) it counts today's flags as the log holds them,
 * and its dashboard link opens the dashboard from the keyboard. Screenshots go to tests/artifacts/popup/.
 *
 * How the popup is opened: the test clicks the extension's toolbar button on the tab (CDP
 * Extensions.triggerAction), which opens the real action popup and grants activeTab as a user's click does,
 * so the tab's URL becomes readable. Playwright does not hand out the action popup's page, so the test then opens
 * the same popup as a page, `popup.html?tab=<id>`, at the popup's width; the tab id is looked up by URL from the
 * service worker.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readPanel } from '../../lib/coach/panel-reader';
import { clickToolbarButton as clickToolbarButtonOn, launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { openLogPage, type LogPage } from './harness/log-hooks';
import { artifactsDir } from './harness/paths';
import { fixtureUrl, openFixture } from './pages/helpdesks/route-fixture';
import { loadFixture } from '../unit/sites/fixture-pages';

type Row = { type: string; at: number; state?: string; category?: string; flagsPresent?: number };

const FLAGGED = "Sorry, but there's nothing I can do. You should have read the instructions.";
const shots = path.join(artifactsDir, 'popup');
let browser: ExtensionBrowser;
let log: LogPage;
beforeAll(async () => {
  browser = await launchWithExtension();
  log = await openLogPage(browser.context, browser.extensionId);
  fs.mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const clickToolbarButton = (page: Page) => clickToolbarButtonOn(browser, page);

async function openPopup(tabId?: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 360, height: 560 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html${tabId === undefined ? '' : `?tab=${tabId}`}`);
  await popup.getByRole('main', { name: 'Agent Assist' }).waitFor();
  return popup;
}

const popupState = (popup: Page) => popup.getByTestId('popup-status').getAttribute('data-state');
const figure = async (popup: Page, id: string) => Number(await popup.locator(`[data-figure="${id}"]`).getAttribute('data-value'));
const category = async (popup: Page, id: string) => Number(await popup.locator(`[data-category="${id}"]`).getAttribute('data-value'));

/** Today's figures computed from the raw log rows, as the popup should show them. */
async function todayInLog() {
  const midnight = new Date().setHours(0, 0, 0, 0);
  const rows = ((await log.rawEvents()) as unknown as Row[]).filter((r) => r.at >= midnight);
  const flags = (state: string, cat?: string) => rows.filter((r) => r.type === 'flag' && r.state === state && (!cat || r.category === cat)).length;
  return {
    flags: flags('shown'),
    apology: flags('shown', 'apology-without-help'),
    blame: flags('shown', 'customer-blame'),
    fixed: flags('fixed') + flags('applied'),
    sentWithFlags: rows.filter((r) => r.type === 'reply-sent' && (r.flagsPresent ?? 0) > 0).length,
  };
}

async function todayInPopup(popup: Page) {
  return {
    flags: await figure(popup, 'flags'),
    apology: await category(popup, 'apology-without-help'),
    blame: await category(popup, 'customer-blame'),
    fixed: await figure(popup, 'fixed'),
    sentWithFlags: await figure(popup, 'sent-with-flags'),
  };
}

test('on a helpdesk ticket: active, names the helpdesk and ticket, counts today as the log does; the dashboard link works from the keyboard', async () => {
  const { expected } = loadFixture('zendesk');
  const page = await browser.context.newPage();
  await openFixture(page, 'zendesk', fixtureUrl(expected));
  await expect.poll(async () => (await page.evaluate(readPanel))?.ticketId, { timeout: 10_000 }).toBe(expected.id);
  await page.locator(expected.editor!).first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(` ${FLAGGED}`, { delay: 4 });
  await expect.poll(async () => (await page.evaluate(readPanel))?.flags.length ?? 0, { timeout: 10_000 }).toBeGreaterThan(1);
  const draftFlags = (await page.evaluate(readPanel))!.flags.length;
  await expect.poll(async () => (await todayInLog()).flags, { timeout: 15_000 }).toBeGreaterThanOrEqual(draftFlags);

  const popup = await openPopup(await clickToolbarButton(page));
  await expect.poll(() => popupState(popup), { timeout: 10_000 }).toBe('active');
  const helpdesk = popup.getByTestId('popup-helpdesk');
  expect(await helpdesk.getAttribute('data-helpdesk')).toBe('zendesk');
  expect(await helpdesk.textContent()).toContain('Zendesk');
  const ticket = popup.getByTestId('popup-ticket');
  expect(await ticket.getAttribute('data-ticket-id')).toBe(expected.id);
  expect(await ticket.textContent()).toBe(`Ticket #${expected.id}${expected.subject}`);
  expect(Number(await popup.getByTestId('popup-draft-flags').getAttribute('data-flags'))).toBe(draftFlags);
  // A helpdesk the extension knows has no switch.
  expect(await popup.getByTestId('popup-built-in').textContent()).toBe('Built in');
  expect(await popup.getByRole('switch').count()).toBe(0);

  const logged = await todayInLog();
  expect(logged.apology).toBeGreaterThan(0);
  expect(logged.blame).toBeGreaterThan(0);
  await expect.poll(() => todayInPopup(popup), { timeout: 10_000 }).toEqual(logged);
  await popup.screenshot({ path: path.join(shots, 'active-zendesk.png'), fullPage: true });

  // Tab order: from the top of the page the keyboard reaches the dashboard link, which shows its focus ring.
  const dashboardLink = popup.getByTestId('popup-dashboard');
  for (let i = 0; i < 10 && !(await dashboardLink.evaluate((el) => el === document.activeElement)); i++) await popup.keyboard.press('Tab');
  expect(await dashboardLink.evaluate((el) => el.matches(':focus-visible') && getComputedStyle(el).outlineStyle !== 'none')).toBe(true);
  await popup.screenshot({ path: path.join(shots, 'active-zendesk-focus.png'), fullPage: true });
  const [dashboard] = await Promise.all([browser.context.waitForEvent('page'), popup.keyboard.press('Enter')]);
  await dashboard.waitForLoadState();
  expect(dashboard.url()).toBe(`chrome-extension://${browser.extensionId}/dashboard.html`);
  await dashboard.close();
  await popup.close();
  await page.close();
});
