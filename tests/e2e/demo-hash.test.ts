/**
 * The demo ticket page like Zammad: opening another ticket's address (#ticket/zoom/<id>) shows that task, and the
 * panel describes the ticket on screen: its id, subject and effort together, never one ticket's id with another's
 * subject.
 */
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readPanel } from '../../lib/coach/panel-reader';
import { serveStatic, type StaticServer } from '../../lib/cli/static-server';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { repoRoot } from './harness/paths';

let browser: ExtensionBrowser;
let demo: StaticServer;
beforeAll(async () => {
  [browser, demo] = await Promise.all([launchWithExtension(), serveStatic([['/', path.join(repoRoot, 'assets/demo')]])]);
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

test('opening #ticket/zoom/2038 after 2041 shows 2038, and the panel says 2038 with its own subject', async () => {
  const page = await browser.context.newPage();
  await page.goto(demo.url('/#ticket/zoom/2041'));
  await expect.poll(async () => (await page.evaluate(readPanel))?.ticketId, { timeout: 15_000 }).toBe('2041');

  await page.goto(demo.url('/#ticket/zoom/2038'));
  await expect.poll(async () => (await page.evaluate(readPanel))?.ticketId, { timeout: 15_000 }).toBe('2038');
  const shown = (await page.evaluate(readPanel))!;
  expect(shown.subject).toBe('Invoice copy for April');
  expect(await page.locator('.content.active .ticket-number').innerText()).toBe('2038');
  expect(await page.locator('.task.is-active').getAttribute('data-ticket')).toBe('2038');
});
