/**
 * The extension as a user meets it, in Chromium and in Firefox (each scenario written once, over the driver in
 * harness/drivers.ts): it loads; on a helpdesk ticket the popup says coaching is on and the helpdesk is built
 * in, it counts today's flags as the log holds them and its dashboard link works from the keyboard; on another
 * site it offers the switch, and turning it on coaches that site, also after a reload; on a page
 * that is not a web page there is nothing to coach; what the agent's draft raised reaches the log and the
 * dashboard shows it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readPanel } from '../../../lib/coach/panel-reader';
import { BROWSERS, CAN, extensionUrl, inOverlay, useDriver, type DriverPage, type ExtensionDriver } from '../harness/drivers';
import { rawEventsInPage } from '../harness/log-hooks';
import { artifactsDir } from '../harness/paths';
import { fixtureUrl, openFixtureIn } from '../pages/helpdesks/route-fixture';
import { loadFixture } from '../../unit/sites/fixture-pages';

const FLAGGED = "Sorry, but there's nothing I can do. You should have read the instructions.";
const SHOP = 'https://shop.example.com/orders/77';
type Row = { type: string; at: number; state?: string; category?: string; flagsPresent?: number; ticket: { url: string } };

async function openPopup(driver: ExtensionDriver, tabId?: number): Promise<DriverPage> {
  const popup = await driver.newPage();
  await popup.setViewport(360, 560);
  await popup.goto(extensionUrl(driver, `popup.html${tabId === undefined ? '' : `?tab=${tabId}`}`));
  await expect.poll(() => popup.count('main[aria-label="Agent Assist"]'), { timeout: 10_000 }).toBe(1);
  return popup;
}

const popupState = (popup: DriverPage) => popup.attribute('[data-testid="popup-status"]', 'data-state');

/** Today's figures computed from the raw log rows, as the popup should show them. */
function todayIn(rows: Row[]) {
  const midnight = new Date().setHours(0, 0, 0, 0);
  const today = rows.filter((r) => r.at >= midnight);
  const flags = (state: string, cat?: string) => today.filter((r) => r.type === 'flag' && r.state === state && (!cat || r.category === cat)).length;
  return {
    flags: flags('shown'),
    apology: flags('shown', 'apology-without-help'),
    blame: flags('shown', 'customer-blame'),
    fixed: flags('fixed') + flags('applied'),
    sentWithFlags: today.filter((r) => r.type === 'reply-sent' && (r.flagsPresent ?? 0) > 0).length,
  };
}

async function todayInPopup(popup: DriverPage) {
  const value = async (selector: string) => Number(await popup.attribute(selector, 'data-value'));
  return {
    flags: await value('[data-figure="flags"]'),
    apology: await value('[data-category="apology-without-help"]'),
    blame: await value('[data-category="customer-blame"]'),
    fixed: await value('[data-figure="fixed"]'),
    sentWithFlags: await value('[data-figure="sent-with-flags"]'),
  };
}

/** A page on a site that is neither a helpdesk nor enabled, answered without network. */
async function openShop(page: DriverPage): Promise<void> {
  await page.route(new URL(SHOP).origin, () => ({
    contentType: 'text/html',
    body: '<!doctype html><title>Orders</title><h1>Order 77</h1><textarea aria-label="Message to the customer" rows="6" cols="60"></textarea>',
  }));
  await page.goto(SHOP);
}

describe.each(BROWSERS)('%s', (name) => {
  const env = useDriver(name);
  const shots = path.join(artifactsDir, 'cross-browser', name);
  fs.mkdirSync(shots, { recursive: true });

  test('the built extension loads: its popup opens as an extension page', async () => {
    expect(env.driver.extensionOrigin).toMatch(name === 'firefox' ? /^moz-extension:\/\/[0-9a-f-]{36}$/ : /^chrome-extension:\/\/[a-p]{32}$/);
    const popup = await openPopup(env.driver);
    expect(await popup.text('h1')).toBeTruthy();
    await popup.close();
  });

  test('on a helpdesk ticket: the panel reads it; the popup says coaching is on, the helpdesk built in, counts today as the log does, and its dashboard link works from the keyboard; the dashboard counts the draft\'s flags', async () => {
    const { expected } = loadFixture('zendesk');
    const url = fixtureUrl(expected);
    const page = await env.driver.newPage();
    await openFixtureIn(page, 'zendesk', url);
    await expect.poll(async () => (await page.evaluate(readPanel))?.ticketId, { timeout: 15_000 }).toBe(expected.id);
    await page.click(expected.editor!);
    await page.press('Control+End');
    await page.type(` ${FLAGGED}`);
    await expect.poll(() => page.count(inOverlay('[data-flag-rule="blame-should-have"]')), { timeout: 10_000 }).toBeGreaterThan(0);
    const draftFlags = (await page.evaluate(readPanel))!.flags.length;

    const popup = await openPopup(env.driver, await page.grantActiveTab());
    await expect.poll(() => popupState(popup), { timeout: 10_000 }).toBe('active');
    expect(await popup.attribute('[data-testid="popup-helpdesk"]', 'data-helpdesk')).toBe('zendesk');
    expect(await popup.text('[data-testid="popup-helpdesk"]')).toContain('Zendesk');
    expect(await popup.attribute('[data-testid="popup-ticket"]', 'data-ticket-id')).toBe(expected.id);
    expect(await popup.text('[data-testid="popup-ticket"]')).toBe(`Ticket #${expected.id}${expected.subject}`);
    expect(Number(await popup.attribute('[data-testid="popup-draft-flags"]', 'data-flags'))).toBe(draftFlags);
    expect(await popup.text('[data-testid="popup-built-in"]')).toBe('Built in');
    // Not "turned off, stops on reload": the manifest runs coaching here by itself.
    expect(await popup.count('[data-testid="popup-status"] .aa-popup-note')).toBe(0);
    expect(await popup.count('[role="switch"]')).toBe(0);
    await popup.screenshot(path.join(shots, 'popup-active-zendesk.png'));

    // The log holds the ticket's effort report and the flags shown; the popup counts today as the log does.
    const rows = async () => (await popup.evaluate(rawEventsInPage)) as unknown as Row[];
    const mine = async () => (await rows()).filter((r) => r.ticket.url === url);
    await expect.poll(async () => (await mine()).filter((r) => r.type === 'flag' && r.state === 'shown').length, { timeout: 15_000 }).toBe(draftFlags);
    await expect.poll(async () => (await mine()).filter((r) => r.type === 'effort').length, { timeout: 15_000 }).toBe(1);
    const logged = todayIn(await rows());
    expect(logged.apology).toBeGreaterThan(0);
    expect(logged.blame).toBeGreaterThan(0);
    await expect.poll(() => todayInPopup(popup), { timeout: 10_000 }).toEqual(logged);

    // From the top of the popup the keyboard reaches the dashboard link, which shows its focus ring; Enter opens it.
    const link = '[data-testid="popup-dashboard"]';
    const focused = () => popup.evaluate((sel) => document.activeElement === document.querySelector(sel), link);
    for (let i = 0; i < 10 && !(await focused()); i++) await popup.press('Tab');
    expect(await popup.evaluate((sel) => { const el = document.querySelector(sel)!; return el.matches(':focus-visible') && getComputedStyle(el).outlineStyle !== 'none'; }, link)).toBe(true);
    await popup.screenshot(path.join(shots, 'popup-active-zendesk-focus.png'));
    const dashboardTabs = () =>
      popup.evaluate(() => {
        const api = globalThis as unknown as { chrome: { extension: { getViews(q: object): Window[] } } };
        return api.chrome.extension.getViews({ type: 'tab' }).filter((w) => w.location.pathname === '/dashboard.html').length;
      });
    const before = await dashboardTabs();
    await popup.press('Enter');
    await expect.poll(dashboardTabs, { timeout: 10_000 }).toBe(before + 1);

    // The dashboard counts what the log holds.
    const dashboard = await env.driver.newPage();
    await dashboard.setViewport(1280, 900);
    await dashboard.goto(extensionUrl(env.driver, 'dashboard.html#overview'));
    const shown = (await rows()).filter((r) => r.type === 'flag' && r.state === 'shown').length;
    await expect.poll(() => dashboard.text('[data-figure="flags"] .aa-figure-value'), { timeout: 15_000 }).toBe(String(shown));
    await dashboard.screenshot(path.join(shots, 'dashboard-overview.png'));
    for (const p of [dashboard, popup, page]) await p.close();
  });

  test('on a site that is neither a helpdesk nor enabled: not active, and the switch for this site is offered', async () => {
    const page = await env.driver.newPage();
    await openShop(page);
    const popup = await openPopup(env.driver, await page.grantActiveTab());
    await expect.poll(() => popupState(popup), { timeout: 10_000 }).toBe('off');
    expect(await popup.text('[data-testid="popup-status"]')).toContain('Not active on this site');
    const toggle = '[role="switch"][aria-label="Coach replies on shop.example.com"]';
    expect(await popup.attribute(toggle, 'aria-checked')).toBe('false');
    expect(await popup.count('[data-testid="popup-built-in"]')).toBe(0);
    await popup.screenshot(path.join(shots, 'popup-off.png'));
    await popup.close();
    await page.close();
  });

  test('on a page that is not a web page: nothing to coach, no switch', async () => {
    // Opened as a page, the popup's "active tab" is itself: an extension page, not a site.
    const popup = await openPopup(env.driver);
    await expect.poll(() => popupState(popup), { timeout: 10_000 }).toBe('unavailable');
    expect(await popup.count('[role="switch"]')).toBe(0);
    expect(await popup.count('[data-testid="popup-site"]')).toBe(0);
    await popup.close();
  });

  // Chromium shows its permission prompt even headless, and no driver can answer it (harness/drivers.ts).
  test.skipIf(!CAN[name].grantOptionalPermission)('enabling a site from the popup: the permission is granted, the page is coached now and after a reload', async () => {
    const page = await env.driver.newPage();
    await openShop(page);
    const popup = await openPopup(env.driver, await page.grantActiveTab());
    await expect.poll(() => popupState(popup), { timeout: 10_000 }).toBe('off');
    const toggle = '[role="switch"][aria-label="Coach replies on shop.example.com"]';
    await popup.click(toggle);
    await expect.poll(() => popup.attribute(toggle, 'aria-checked'), { timeout: 10_000 }).toBe('true');
    expect(await popup.count('[role="alert"]')).toBe(0);
    await expect.poll(() => popupState(popup), { timeout: 10_000 }).toBe('active');
    expect(await popup.evaluate(() => browser.permissions.contains({ origins: ['https://shop.example.com/*'] }))).toBe(true);
    await popup.screenshot(path.join(shots, 'popup-enabled.png'));

    // Coached in the tab at once, and again after a reload (the registered content script).
    for (const reload of [false, true]) {
      if (reload) await page.goto(SHOP);
      await page.click('textarea');
      await page.type(FLAGGED);
      await expect.poll(() => page.count(inOverlay('[data-flag-rule="blame-should-have"]')), { timeout: 15_000 }).toBeGreaterThan(0);
    }
    await popup.close();
    await page.close();
  });
});
