/**
 * Settings in real Chromium: the playbook edited on the dashboard's Settings tab is stored and reaches the
 * editor on a page (a new flag with the team's wording); a bad playbook file changes nothing; a playbook
 * exports as a file; rules switch off; a custom site is removed; the whole log is cleared after confirmation.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Settings } from '../../lib/settings/schema';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { artifactsDir } from './harness/paths';
import { servePages, type PageServer } from './harness/server';
import { sampleLog, toNdjson } from '../unit/dashboard/sample-log';

/** The extension page's own storage API, used inside page.evaluate. */
declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, any>>; set(items: object): Promise<void> } } };

const shots = path.join(artifactsDir, 'dashboard');
let browser: ExtensionBrowser;
let server: PageServer;
let page: Page;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchWithExtension(), servePages()]);
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  fs.mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const ext = (p: string) => `chrome-extension://${browser.extensionId}/${p}`;
const stored = () => page.evaluate(async () => (await chrome.storage.local.get('settings')).settings as Settings | undefined);

test('a playbook phrase edited in settings is stored and flagged in the editor with its alternative', async () => {
  await page.goto(ext('dashboard.html#settings'));
  await page.getByTestId('settings').waitFor();
  await page.getByRole('button', { name: 'Add a phrase' }).click();
  await page.getByLabel('Phrase 1', { exact: true }).fill('per our policy');
  await page.getByLabel('Category of phrase 1').selectOption('apology-without-help');
  await page.getByLabel('Alternative for phrase 1').fill('here is how it works for you');
  await page.getByRole('button', { name: 'Add an option' }).click();
  await page.getByLabel('Option 1', { exact: true }).fill('a refund of up to 50 EUR');
  await page.getByTestId('playbook-save').click();
  await expect.poll(() => page.getByTestId('playbook-status').textContent()).toMatch(/Playbook saved/);
  expect((await stored())?.playbook).toEqual({
    phrases: [{ phrase: 'per our policy', category: 'apology-without-help', alternative: 'here is how it works for you' }],
    canDo: ['a refund of up to 50 EUR'],
  });
  await page.screenshot({ path: path.join(shots, 'settings.png'), fullPage: true });

  const editor = await browser.context.newPage();
  try {
    await editor.goto(server.url('editors/textarea.html'));
    await editor.locator('#editor').click();
    await editor.keyboard.type('Hi Sam, per our policy refunds take 30 days.', { delay: 4 });
    const underline = editor.locator('[data-agent-assist] [data-flag-key^="playbook:per-our-policy|"]');
    await expect.poll(() => underline.count(), { timeout: 10_000 }).toBe(1);
    const box = (await underline.boundingBox())!;
    await editor.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const card = editor.locator('[data-agent-assist] [role="dialog"]');
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.textContent()).toMatch(/here is how it works for you/i);
  } finally {
    await editor.close();
  }
});

test('a bad playbook file is refused with the reason and changes nothing; the playbook exports as a file', async () => {
  const before = (await stored())?.playbook;
  const bad = JSON.stringify({ format: 'agent-assist-playbook', version: 1, playbook: { phrases: [{ phrase: 'x', category: 'rudeness', alternative: 'y' }], canDo: [] } });
  await page.getByTestId('playbook-file').setInputFiles({ name: 'team-playbook.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
  await expect.poll(() => page.getByTestId('playbook-status').textContent()).toMatch(/team-playbook\.json was not imported: .*phrases\[0\]\.category.*Nothing was changed/);
  expect((await stored())?.playbook).toEqual(before);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export playbook' }).click()]);
  const file = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
  expect(file).toEqual({ format: 'agent-assist-playbook', version: 1, playbook: before });
});

test('rules switch off; a custom site is removed', async () => {
  await page.locator('[data-rule="blame-should-have"] input').uncheck();
  await expect.poll(async () => (await stored())?.disabledRules).toEqual(['blame-should-have']);

  await page.evaluate(async () => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...settings, enabledSites: ['https://support.example.org', 'https://help.example.net'] } });
  });
  const sites = page.getByTestId('enabled-sites');
  await expect.poll(() => sites.locator('li').count()).toBe(2);
  await page.getByRole('button', { name: 'Remove https://support.example.org and its permission' }).click();
  await expect.poll(async () => (await stored())?.enabledSites).toEqual(['https://help.example.net']);
});

test('clearing the whole log asks first', async () => {
  await page.goto(ext('dashboard.html#team'));
  await page.getByTestId('import-file').setInputFiles({ name: 'a.ndjson', mimeType: 'application/x-ndjson', buffer: Buffer.from(toNdjson(sampleLog({ drafts: 5 }))) });
  await expect.poll(() => page.getByTestId('import-status').textContent()).toMatch(/events added/);

  await page.goto(ext('dashboard.html#settings'));
  await page.getByRole('button', { name: 'Clear the log…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Clear the whole coaching log?' });
  await dialog.waitFor();
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog.isVisible()).toBe(false);
  await page.goto(ext('dashboard.html#overview'));
  await page.locator('[data-figure="replies"]').waitFor();

  await page.goto(ext('dashboard.html#settings'));
  await page.getByRole('button', { name: 'Clear the log…' }).click();
  await page.getByRole('button', { name: 'Yes, clear everything' }).click();
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'The coaching log is empty.' }).count()).toBe(1);
  await page.goto(ext('dashboard.html#overview'));
  await page.getByTestId('overview-empty').waitFor();
});

test('the options page is the settings page', async () => {
  await page.goto(ext('options.html'));
  await page.getByTestId('settings').waitFor();
  expect(await page.title()).toBe('Agent Assist — settings');
  expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['Team playbook', 'Rules', 'Sites', 'Coaching log']);
});
