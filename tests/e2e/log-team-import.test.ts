/**
 * A team-sized import through the dashboard's Team tab, in real Chromium: a generated export of 100,000 events
 * (the bench imports a million and checks the rate) is cancelled midway, imported again to finish, and every
 * count checked against what the generator wrote; the page has no long task meanwhile. Files the import must
 * refuse — another encoding, one giant line — are refused with the user's message, quickly, changing nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { openLogPage, type LogPage } from './harness/log-hooks';
import { writeTeamExport, type TeamExport } from './harness/team-export';
import { IMPORT_BATCH } from '../../lib/db/transfer';

const EVENTS = 100_000;
/**
 * The target is 200 ms (the bench reports the longest task of a million-event import against it); this test
 * runs on a shared, loaded CI machine where everything takes 2–5× longer, so it fails only well past it.
 */
const LONG_TASK_LIMIT_MS = 400;

let browser: ExtensionBrowser;
let page: Page;
let logPage: LogPage;
let dir: string;
let generated: TeamExport;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-assist-team-import-'));
  generated = writeTeamExport(path.join(dir, 'team.ndjson'), { events: EVENTS });
  browser = await launchWithExtension();
  await browser.context.addInitScript(
    `globalThis.__longTasks = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) globalThis.__longTasks.push(Math.round(e.duration)); }).observe({ type: 'longtask', buffered: true });`,
  );
  page = await browser.context.newPage();
  logPage = await openLogPage(browser.context, browser.extensionId);
});
afterAll(async () => {
  await browser?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** The Team tab, loaded; long tasks are counted from then on (loading the page is not the import's doing). */
async function teamTab() {
  await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html#team`);
  await page.getByTestId('import-file').waitFor();
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
  await page.evaluate(() => ((globalThis as unknown as { __longTasks: number[] }).__longTasks.length = 0));
}
const status = () => page.getByTestId('import-status');
const longTasks = () => page.evaluate((limit) => (globalThis as unknown as { __longTasks: number[] }).__longTasks.filter((d) => d > limit), LONG_TASK_LIMIT_MS);

/** What the log holds, read with the plain IndexedDB API: events per type, flags per state, checkpoints. */
function storedCounts() {
  return logPage.page.evaluate(
    () =>
      new Promise<{ events: number; byType: Record<string, number>; flagStates: Record<string, number>; checkpoints: { events: number; added: number }[] }>((resolve, reject) => {
        const open = indexedDB.open('agent-assist-log');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['eventChunks', 'imports']);
          const byType: Record<string, number> = {};
          const flagStates: Record<string, number> = {};
          let events = 0;
          tx.objectStore('eventChunks').openCursor().onsuccess = (e) => {
            const cursor = (e.target as IDBRequest<IDBCursorWithValue | null>).result;
            if (!cursor) return;
            for (const row of (cursor.value as { events: { type: string; state?: string }[] }).events) {
              events++;
              byType[row.type] = (byType[row.type] ?? 0) + 1;
              if (row.state) flagStates[row.state] = (flagStates[row.state] ?? 0) + 1;
            }
            cursor.continue();
          };
          const checkpoints = tx.objectStore('imports').getAll();
          tx.oncomplete = () => (open.result.close(), resolve({ events, byType, flagStates, checkpoints: checkpoints.result }));
        };
      }),
  );
}

/** The dashboard's own figures over the whole generated period, from the rollups: flags, replies, agents, and tickets with an effort report. */
const rollupFigures = () =>
  logPage.run(async (log) => {
    const period = { from: Date.now() - 100 * 86_400_000, to: Date.now() };
    const [a, summary] = await Promise.all([log.computeAggregates(log.db, period), log.loadDashboardSummary(log.db, period)]);
    return { outcomes: a.outcomes, replies: a.replies.sent, agents: a.agents.length, effortTickets: summary.effort.tickets };
  });

/** Tickets with an effort report among the events stored, read from the events themselves. */
const effortTicketsStored = () =>
  logPage.run(async (log) => new Set((await log.allEventRows(log.db)).filter((row) => row.type === 'effort').map((row) => row.ticketKey)).size);

/** Resolves once the import's bar passes `share` (checking is its first half, writing the second). */
function progressPast(share: number) {
  return page.waitForFunction(
    (share) => {
      const bar = document.querySelector<HTMLProgressElement>('[data-testid="import-status"] progress');
      return bar !== null && bar.max > 0 && bar.value / bar.max > share;
    },
    share,
    { timeout: 150_000, polling: 100 },
  );
}

test('a 100,000-event team export, its tab closed midway, then cancelled, then imported again, ends with every event stored once and counted once', async () => {
  // The tab closed while the worker writes: the worker dies with it, mid-batch.
  await teamTab();
  await page.getByTestId('import-file').setInputFiles(generated.path);
  await progressPast(0.6);
  await page.close();
  const afterClose = await storedCounts();
  expect(afterClose.events % IMPORT_BATCH).toBe(0); // whole batches only
  expect(afterClose.checkpoints).toEqual(afterClose.events ? [expect.objectContaining({ events: afterClose.events, added: afterClose.events })] : []);

  // Chosen again in a new tab, and cancelled once further.
  page = await browser.context.newPage();
  await teamTab();
  await page.getByTestId('import-file').setInputFiles(generated.path);
  await progressPast(0.8);
  await page.getByTestId('import-cancel').click();
  await page.getByTestId('import-cancelled').waitFor({ timeout: 30_000 });
  expect(await page.getByTestId('import-cancelled').textContent()).toMatch(/import cancelled after [\d,]+ events/);

  const partial = await storedCounts();
  expect(partial.events).toBeGreaterThan(afterClose.events);
  expect(partial.events).toBeLessThan(EVENTS);
  expect(partial.events % IMPORT_BATCH).toBe(0); // whole batches only
  expect(partial.checkpoints).toEqual([expect.objectContaining({ events: partial.events, added: partial.events })]);
  const partialFigures = await rollupFigures();
  const counted = Object.values(partialFigures.outcomes).reduce((s, n) => s + n, 0) + partialFigures.replies;
  expect(counted).toBe((partial.byType.flag ?? 0) + (partial.byType['reply-sent'] ?? 0));
  // The cancelled import wrote the effort reports it held: every ticket of a stored report is counted.
  expect(partialFigures.effortTickets).toBe(await effortTicketsStored());

  // Chosen again: finishes the job, from the checkpoint.
  await page.getByTestId('import-file').setInputFiles(generated.path);
  await expect
    .poll(() => status().textContent(), { timeout: 150_000, interval: 500 })
    .toMatch(/interrupted import finished\. 100,000 events added from team, 0 already in the log/);
  const done = await storedCounts();
  expect(done).toEqual({ events: EVENTS, byType: generated.byType, flagStates: generated.flagStates, checkpoints: [] });
  expect(await rollupFigures()).toEqual({ outcomes: generated.flagStates, replies: generated.byType['reply-sent'], agents: 50, effortTickets: generated.effortTickets });

  // And once more: nothing new, nothing doubled.
  await page.getByTestId('import-file').setInputFiles(generated.path);
  await expect.poll(() => status().textContent(), { timeout: 150_000, interval: 500 }).toMatch(/0 events added from team, 100,000 already in the log/);
  expect((await storedCounts()).events).toBe(EVENTS);
  expect(await rollupFigures()).toEqual({ outcomes: generated.flagStates, replies: generated.byType['reply-sent'], agents: 50, effortTickets: generated.effortTickets });
  expect(await longTasks()).toEqual([]);
}, 300_000);

test('a file in another encoding and a file of one giant line are refused with a clear message, quickly, changing nothing', async () => {
  const before = (await storedCounts()).events;
  await teamTab();
  const header = '{"format":"agent-assist-log","version":1,"agent":"x","exportedAt":1}\n';
  const latin1 = Buffer.concat([Buffer.from(header), Buffer.from('{"eventId":"caf'), Buffer.from([0xe9]), Buffer.from('-000001"}\n')]);
  await page.getByTestId('import-file').setInputFiles({ name: 'latin1.ndjson', mimeType: 'application/x-ndjson', buffer: latin1 });
  const error = page.getByTestId('import-error');
  await error.waitFor({ timeout: 30_000 });
  expect(await error.textContent()).toMatch(/latin1\.ndjson was not imported.*not UTF-8 text \(line 2\)/);

  // 200 MB on one line: refused once the line passes the limit, not after reading the file.
  const giant = path.join(dir, 'giant.ndjson');
  const fd = fs.openSync(giant, 'w');
  fs.writeSync(fd, header);
  const block = Buffer.alloc(8 * 2 ** 20, 'a');
  for (let i = 0; i < 25; i++) fs.writeSync(fd, block);
  fs.closeSync(fd);
  await teamTab();
  const t0 = Date.now();
  await page.getByTestId('import-file').setInputFiles(giant);
  await error.waitFor({ timeout: 60_000 });
  const refusedAfter = Date.now() - t0;
  expect(await error.textContent()).toMatch(/giant\.ndjson was not imported.*Line 2 is far longer than any event/);
  expect(refusedAfter).toBeLessThan(20_000);
  expect(await longTasks()).toEqual([]);
  expect((await storedCounts()).events).toBe(before);
}, 120_000);

test("a bad line far into a team export is refused by its own number, the first one when there are two, changing nothing", async () => {
  const before = (await storedCounts()).events;
  // Lines 90,001 and 95,001 (the header is line 1): both in the part a second thread checks.
  const lines = fs.readFileSync(generated.path, 'utf8').split('\n');
  lines[90_000] = lines[90_000].replace('"type":"flag"', '"type":"flagged"').replace('"type":"reply-sent"', '"type":"sent"').replace('"type":"effort"', '"type":"effortful"').replace('"type":"adapter-health"', '"type":"health"');
  lines[95_000] = lines[95_000].slice(0, 40);
  const damaged = path.join(dir, 'damaged.ndjson');
  fs.writeFileSync(damaged, lines.join('\n'));
  await teamTab();
  await page.getByTestId('import-file').setInputFiles(damaged);
  const error = page.getByTestId('import-error');
  await error.waitFor({ timeout: 120_000 });
  expect(await error.textContent()).toMatch(/damaged\.ndjson was not imported.*Line 90,?001 is not an event this version can read/);
  expect((await storedCounts()).events).toBe(before);
}, 180_000);
