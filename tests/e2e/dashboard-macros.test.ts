/**
 * The macro audit in real Chromium: canned responses pasted as CSV (with a quoted multi-line cell) or imported
 * as a Zendesk export show every flag per macro with rewrites and export as CSV; a malformed file is refused
 * naming the item at fault.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { parseCsv } from '../../lib/macros/csv';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { artifactsDir } from './harness/paths';

const shots = path.join(artifactsDir, 'dashboard');
let browser: ExtensionBrowser;
let page: Page;
beforeAll(async () => {
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  fs.mkdirSync(shots, { recursive: true });
  await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html#macros`);
});
afterAll(async () => browser?.close());

const MACROS_CSV = [
  'Title,Body,Tags',
  '"Refund refused","Hi {{name}},\n\nI\'m sorry, but there\'s nothing I can do. That decision is final.\n\nBest","refunds"',
  '"Setup help","You should have read the setup guide. As I already explained, the cable goes in port 2.",setup',
  '"Shipped","Good news: I\'ve sent a replacement today by express; tracking number to follow within the hour.",shipping',
].join('\r\n');

test('pasted CSV: every flag per macro with rewrites, exportable as CSV', async () => {
  await page.getByTestId('macro-text').fill(MACROS_CSV);
  await page.getByTestId('macro-run').click();
  expect(await page.getByTestId('macro-summary').textContent()).toBe('2 of 3 macros need attention');

  const refused = page.locator('[data-macro="Refund refused"]');
  expect(await refused.locator('mark').count()).toBeGreaterThan(0);
  expect(await refused.textContent()).toMatch(/line 2/);
  expect(await refused.locator('[data-rule^="apology-"]').count()).toBeGreaterThan(0);
  expect(await refused.locator('.aa-rewrites li').count()).toBeGreaterThan(0);
  const setup = page.locator('[data-macro="Setup help"]');
  expect(await setup.locator('[data-rule="blame-should-have"]').count()).toBe(1);
  expect(await setup.locator('[data-rule="blame-repetition"]').count()).toBe(1);
  expect(await setup.textContent()).toMatch(/line 7 · 2 flags/);
  expect(await page.locator('[data-macro="Shipped"]').textContent()).toMatch(/line 8 · no flags/);
  await page.screenshot({ path: path.join(shots, 'macro-audit.png'), fullPage: true });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('macro-export').click()]);
  const rows = parseCsv(fs.readFileSync((await download.path())!, 'utf8'));
  const flagCount = await page.locator('.aa-macro-flags > li').count();
  expect(rows).toHaveLength(1 + flagCount + 1);
  expect(rows.slice(1).map((r) => r.cells[0])).toContain('Setup help');
  expect(rows.find((r) => r.cells[2] === 'blame-should-have')?.cells[6]).toBeTruthy();
});

test('a Zendesk export is read; a malformed file is refused naming the item', async () => {
  const zendesk = { macros: [{ title: 'Policy', actions: [{ field: 'comment_value_html', value: '<p>Unfortunately that&#39;s our policy.</p>' }] }] };
  await page.getByTestId('macro-file').setInputFiles({ name: 'macros.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(zendesk)) });
  await expect.poll(() => page.getByTestId('macro-summary').textContent()).toBe('1 of 1 macros need attention');

  const broken = { macros: [{ title: 'Fine', actions: [] }, { actions: [{ field: 'comment_value', value: 'no title' }] }] };
  await page.getByTestId('macro-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect.poll(() => page.getByTestId('macro-error').textContent()).toBe('Item 2: it needs a "title".');
  expect(await page.getByTestId('macro-summary').count()).toBe(0);
});
