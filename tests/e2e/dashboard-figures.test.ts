/**
 * The dashboard in real Chromium: a known team export imported through the Team tab, the headline figures,
 * top rules, high-effort tickets and the event table checked against what the file's events say (computed
 * here, not by lib/db), filters and sorting, and a broken file refused with its line and reason.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { LoggedEvent } from '../../lib/db/logged-event';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { artifactsDir } from './harness/paths';
import { expectedFigures, sampleLog, toNdjson } from '../unit/dashboard/sample-log';

const shots = path.join(artifactsDir, 'dashboard');
const EVENTS = sampleLog({ now: Date.now(), drafts: 90, days: 14, seed: 11 });
const NDJSON = toNdjson(EVENTS, 'lead');
const expected = expectedFigures(EVENTS);

let browser: ExtensionBrowser;
let page: Page;
beforeAll(async () => {
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  fs.mkdirSync(shots, { recursive: true });
});
afterAll(async () => browser?.close());

const url = (hash: string) => `chrome-extension://${browser.extensionId}/dashboard.html#${hash}`;
const figure = (id: string) => page.locator(`[data-figure="${id}"] .aa-figure-value`).textContent();
const tableRows = () => page.getByTestId('events-table').getAttribute('data-rows').then(Number);
const rawEventCount = () =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('agent-assist-log');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('eventChunks').objectStore('eventChunks').getAll();
          req.onsuccess = () => (open.result.close(), resolve((req.result as { events: unknown[] }[]).reduce((n, chunk) => n + chunk.events.length, 0)));
        };
      }),
  );

async function importFile(name: string, text: string) {
  await page.goto(url('team'));
  await page.getByTestId('import-file').setInputFiles({ name, mimeType: 'application/x-ndjson', buffer: Buffer.from(text) });
}

test('an empty log says what to do next', async () => {
  await page.goto(url('overview'));
  const empty = page.getByTestId('overview-empty');
  await empty.waitFor();
  expect(await empty.textContent()).toMatch(/No coaching in this period yet/);
  await empty.getByRole('button', { name: 'Import team logs' }).click();
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#team');
  await page.screenshot({ path: path.join(shots, 'dashboard-empty.png'), fullPage: true });
});

test('importing a known export: the headline figures match the file', async () => {
  await importFile('team.ndjson', NDJSON);
  await expect.poll(() => page.getByTestId('import-status').textContent(), { timeout: 20_000 }).toMatch(
    new RegExp(`${EVENTS.length} events added from lead`),
  );
  await page.goto(url('overview'));
  await page.locator('[data-figure="replies"]').waitFor();
  const n = (v: number) => v.toLocaleString('en-US');
  expect(await figure('replies')).toBe(n(expected.replies));
  expect(await figure('flags')).toBe(n(expected.flags));
  expect(await figure('fixed')).toBe(`${Math.round(expected.fixedShare! * 100)}%`);
  expect(await figure('applied')).toBe(n(expected.applied));
  expect(await figure('sent')).toBe(n(expected.sent));
  expect(await figure('effort')).toBe(String(Math.round(expected.effortAverage!)));
  expect(await figure('high-effort')).toBe(n(expected.highEffort));

  // Top rules: the most shown rule first, with its count.
  const shown = new Map<string, number>();
  for (const e of EVENTS) if (e.type === 'flag' && e.state === 'shown') shown.set(e.rule, (shown.get(e.rule) ?? 0) + 1);
  const [topRule, topCount] = [...shown].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  const first = page.getByTestId('top-rules').locator('li').first();
  expect(await first.getAttribute('data-rule')).toBe(topRule);
  expect(await first.locator('.aa-ranked-count').textContent()).toBe(String(topCount));

  // High-effort tickets, each with a link back to the ticket.
  const high = page.getByTestId('high-effort').locator(':scope > li');
  expect(await high.count()).toBe(Math.min(20, expected.highEffort));
  expect(await high.first().locator('a').getAttribute('href')).toMatch(/^https:\/\/[a-z-]+\.example\.com\/tickets\/\d+$/);

  await page.getByTestId('events-table').waitFor();
  await expect.poll(tableRows).toBe(EVENTS.length);
  await page.screenshot({ path: path.join(shots, 'dashboard-data.png'), fullPage: true });
});

test('filters and sorting change the table', async () => {
  const byAgent = (e: LoggedEvent) => e.agent === 'bo';
  await page.getByTestId('filter-agent').selectOption('bo');
  await expect.poll(tableRows).toBe(EVENTS.filter(byAgent).length);

  const rule = 'blame-should-have';
  const withRule = EVENTS.filter((e) => byAgent(e) && ((e.type === 'flag' && e.rule === rule) || (e.type === 'reply-sent' && e.rules.includes(rule))));
  await page.getByTestId('filter-rule').selectOption(rule);
  await expect.poll(tableRows).toBe(withRule.length);
  expect(await page.getByTestId('events-status').textContent()).toBe(`${withRule.length} of ${EVENTS.length} events`);

  // Newest first: the first row is the newest matching event.
  const newest = [...withRule].sort((a, b) => b.at - a.at)[0];
  const firstRow = page.locator('[data-testid="events-table"] [role="rowgroup"] [role="row"][aria-rowindex="2"]');
  const newestAt = newest.at;
  const sameTime = withRule.filter((e) => e.at === newestAt).map((e) => e.eventId);
  expect(sameTime).toContain(await firstRow.getAttribute('data-event-id'));

  // Category "customer blame" keeps flags only.
  await page.getByTestId('filter-category').selectOption('customer-blame');
  await expect.poll(tableRows).toBe(withRule.filter((e) => e.type === 'flag').length);

  // Sorting by time ascending puts the oldest first; the header says so.
  await page.getByTestId('filter-category').selectOption('');
  await page.getByTestId('filter-rule').selectOption('');
  await page.locator('[data-sort="at"]').click();
  const oldest = EVENTS.filter(byAgent).sort((a, b) => a.at - b.at)[0];
  await expect.poll(() => firstRow.getAttribute('data-event-id')).toBe(oldest.eventId);
  expect(await page.locator('[role="columnheader"][aria-sort="ascending"]').textContent()).toMatch(/Time/);

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect.poll(tableRows).toBe(EVENTS.length);
});

test('a broken file is refused with its line and reason, and nothing changes', async () => {
  const before = await rawEventCount();
  const lines = toNdjson(sampleLog({ drafts: 10, seed: 3, idPrefix: 'broken' }), 'someone').split('\n');
  lines[6] = lines[6].replace(/"type":"[a-z-]+"/, '"type":"gossip"');
  await importFile('broken.ndjson', lines.join('\n'));
  const error = page.getByTestId('import-error');
  await error.waitFor();
  expect(await error.textContent()).toMatch(/broken\.ndjson was not imported.*Line 7 is not an event this version can read: “type” is “gossip”, which this version does not know \(it knows: flag, /);
  expect(await error.textContent()).not.toMatch(/discriminator|Invalid input|Expected '/);
  expect(await error.textContent()).toMatch(/Nothing was changed/);
  await page.screenshot({ path: path.join(shots, 'team-import-error.png'), fullPage: true });
  expect(await rawEventCount()).toBe(before);

  await page.goto(url('overview'));
  await page.locator('[data-figure="replies"]').waitFor();
  expect(await figure('replies')).toBe(expected.replies.toLocaleString('en-US'));
});

test('the team view breaks the figures down per agent', async () => {
  await page.goto(url('team'));
  const row = page.getByTestId('agents-table').locator('tr[data-agent="chen"]');
  await row.waitFor();
  const chen = EVENTS.filter((e) => e.agent === 'chen');
  const cells = await row.locator('td').allTextContents();
  expect(cells[0]).toBe(String(chen.filter((e) => e.type === 'reply-sent').length));
  expect(cells[2]).toBe(String(chen.filter((e) => e.type === 'flag' && e.state === 'shown').length));
  await page.screenshot({ path: path.join(shots, 'team.png'), fullPage: true });
});

test('the filtered view exports as CSV and as NDJSON that imports back', async () => {
  await page.getByTestId('filter-agent').selectOption('ana');
  await page.getByTestId('filter-helpdesk').selectOption('zendesk');
  const kept = EVENTS.filter((e) => e.agent === 'ana' && e.ticket.helpdesk === 'zendesk');
  await expect.poll(() => page.getByRole('button', { name: 'Download CSV' }).isEnabled()).toBe(true);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  const lines = fs.readFileSync((await csv.path())!, 'utf8').trimEnd().split('\r\n');
  expect(lines[0]).toMatch(/^time,agent,helpdesk,/);
  expect(lines).toHaveLength(1 + kept.length);
  expect(lines.slice(1).every((l) => l.split(',')[1] === 'ana' && l.split(',')[2] === 'zendesk')).toBe(true);

  const [ndjson] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-ndjson').click()]);
  const exported = fs.readFileSync((await ndjson.path())!, 'utf8').trimEnd().split('\n');
  expect(JSON.parse(exported[0])).toMatchObject({ format: 'agent-assist-log', version: 1, events: kept.length });
  expect(exported.slice(1).map((l) => JSON.parse(l).eventId).sort()).toEqual(kept.map((e) => e.eventId).sort());
  await page.getByTestId('import-file').setInputFiles({ name: 'again.ndjson', mimeType: 'application/x-ndjson', buffer: Buffer.from(exported.join('\n')) });
  await expect.poll(() => page.getByTestId('import-status').textContent()).toMatch(new RegExp(`0 events added .* ${kept.length} already in the log`));
});

test('keyboard: arrow keys move between tabs, Enter flips the time order, the table body scrolls from the keyboard', async () => {
  await page.goto(url('overview'));
  await page.getByTestId('events-table').waitFor();
  await page.getByRole('tab', { name: 'Overview' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Team');
  expect(await page.getByRole('tab', { name: 'Team' }).getAttribute('aria-selected')).toBe('true');
  await page.keyboard.press('ArrowLeft');
  await page.getByTestId('events-table').waitFor();

  const timeHeader = page.locator('[role="columnheader"]', { has: page.locator('[data-sort="at"]') });
  const order = await timeHeader.getAttribute('aria-sort');
  await page.locator('[data-sort="at"]').focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => timeHeader.getAttribute('aria-sort')).toBe(order === 'ascending' ? 'descending' : 'ascending');
  const body = page.locator('.aa-table-body');
  await body.focus();
  await page.keyboard.press('PageDown');
  await expect.poll(() => body.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
});
