/**
 * Issue 12: the ticket's effort is scored by the background worker, off the page's main thread. In real Chromium
 * with the built extension: judge.js (the file the content script imports) no longer carries the effort detector,
 * the worker does; a fresh tab gets its score from a worker that was stopped (the request wakes it); and a worker
 * that never answers leaves the panel saying the score is unavailable, the page and the coaching unbroken.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readPanel } from '../../lib/coach/panel-reader';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { extensionDir, firefoxExtensionDir } from './harness/paths';
import { controlServiceWorker, type WorkerControl } from './harness/service-worker-control';
import { fixtureUrl, openFixture } from './pages/helpdesks/route-fixture';
import { typeInto } from './pages/helpdesks/type-reply';
import { loadFixture } from '../unit/sites/fixture-pages';

type WithEffort = { id: string; editor: string | null; effort: { score: number; level: string; signals: string[] } };
const FIXTURE = 'zendesk';
const expected = loadFixture(FIXTURE).expected as unknown as WithEffort & Parameters<typeof fixtureUrl>[0];
const sorted = (xs: readonly string[]) => [...new Set(xs)].sort();

let browser: ExtensionBrowser;
let worker: WorkerControl;
beforeAll(async () => {
  browser = await launchWithExtension();
  worker = await controlServiceWorker(browser.context, browser.extensionId);
});
afterAll(async () => {
  await worker?.detach();
  await browser?.close();
});

/** Forgets the tickets remembered by earlier pages (lib/coach/ticket-cache), as on a fresh browser. */
async function forgetCachedTickets() {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await page.evaluate(async () => {
    type Area = { get: (keys: null) => Promise<Record<string, unknown>>; remove: (keys: string[]) => Promise<void> };
    const { storage } = (globalThis as unknown as { chrome: { storage: Record<'local' | 'session', Area> } }).chrome;
    for (const area of [storage.local, storage.session]) await area.remove(Object.keys(await area.get(null)).filter((k) => k.startsWith('ticket-cache:')));
  });
  await page.close();
}

async function freshTicketTab(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1400, height: 900 });
  await openFixture(page, FIXTURE, fixtureUrl(expected));
  await expect.poll(async () => (await page.evaluate(readPanel))?.ticketId, { timeout: 15_000 }).toBe(expected.id);
  return page;
}

test('judge.js no longer carries the effort detector; the background worker does (Chromium and Firefox builds)', () => {
  // A key of compiled-rules.json (the detector's rules) and the reader of its trie: in the worker only.
  for (const dir of [extensionDir, firefoxExtensionDir]) {
    const file = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');
    expect(file('background.js')).toContain('wideNodes');
    expect(file('judge.js')).not.toContain('wideNodes');
    expect(file('content-scripts/content.js')).not.toContain('wideNodes');
  }
});

test('a fresh tab gets its effort score from a stopped worker: the request wakes it', async () => {
  await forgetCachedTickets();
  await worker.stop();
  const page = await freshTicketTab();
  try {
    await expect.poll(async () => (await page.evaluate(readPanel))?.effortState, { timeout: 15_000 }).toBe('shown');
    const shown = (await page.evaluate(readPanel))!;
    expect(shown.effort).toMatchObject({ score: expected.effort.score, level: expected.effort.level });
    expect(sorted(shown.effort!.signals)).toEqual(sorted(expected.effort.signals));
    // The content script marked the answer's arrival once (the bench times the ask to it).
    expect(await page.evaluate(() => performance.getEntriesByName('agent-assist:effort-shown').length)).toBe(1);
  } finally {
    await page.close();
  }
});

test('a worker that never answers: the panel says the score is unavailable, and coaching goes on', async () => {
  await forgetCachedTickets();
  await worker.pause();
  let page: Page | undefined;
  try {
    page = await freshTicketTab();
    // Two attempts of 5 s each, then "unavailable".
    await expect.poll(async () => (await page!.evaluate(readPanel))?.effortState, { timeout: 25_000 }).toBe('unavailable');
    const shown = (await page.evaluate(readPanel))!;
    expect(shown.ticketId).toBe(expected.id);
    expect(shown.effort).toBeNull();
    // The page is not broken: the reply editor is still coached.
    await typeInto(page, expected.editor!, " Sorry, but there's nothing I can do. You should have read the instructions.");
    await expect.poll(() => page!.locator('[data-agent-assist] [data-flag-rule="blame-should-have"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
  } finally {
    await worker.stop();
    await page?.close();
  }
  // A worker that answers again scores the next tab.
  await forgetCachedTickets();
  const next = await freshTicketTab();
  try {
    await expect.poll(async () => (await next.evaluate(readPanel))?.effortState, { timeout: 15_000 }).toBe('shown');
  } finally {
    await next.close();
  }
});
