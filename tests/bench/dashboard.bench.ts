/**
 * The coaching dashboard with 100,000 events, in real Chromium with the built extension: the events are
 * written through the extension's own db code in an extension page, then dashboard.html is loaded and timed
 * (in the page, from navigation start) until the headline figures and the table's first rows are on screen;
 * then filters are changed and timed until the table shows the new rows.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../e2e/harness/browser';
import { openLogPage } from '../e2e/harness/log-hooks';
import { ensureE2eBuild } from '../e2e/harness/build';
import { extensionDir } from '../e2e/harness/paths';
import { percentiles, type BenchSection } from './section';

const EVENTS = 100_000;
const LOADS = 3;

/**
 * Builds the e2e extension when there is none, with React's production build (what ships: `--mode e2e` alone
 * gives React's development build, whose per-render prop diffing costs the table 10–30×). Returns which
 * React the build holds, to say so next to the figures.
 */
function ensureBuilt(): 'production' | 'development' {
  ensureE2eBuild();
  const chunks = path.join(extensionDir, 'chunks');
  const dashboard = fs.readdirSync(chunks).filter((f) => f.startsWith('dashboard-')).map((f) => fs.readFileSync(path.join(chunks, f), 'utf8'));
  return dashboard.some((code) => code.includes('jsxDEV')) ? 'development' : 'production';
}

/** Until the figures and the first table row are rendered; ms since navigation start. */
async function firstRender(page: Page, url: string): Promise<{ firstRender: number; allLoaded: number }> {
  // From a blank page: going to the same URL again would only be a fragment navigation, not a load.
  await page.goto('about:blank');
  await page.goto(url);
  const firstRender = await (
    await page.waitForFunction(
      () => document.querySelector('[data-figure="replies"]') && document.querySelector('[data-testid="events-table"] [aria-rowindex="2"]') && performance.now(),
      undefined,
      { timeout: 60_000, polling: 'raf' },
    )
  ).jsonValue();
  const allLoaded = await (
    await page.waitForFunction(() => document.querySelector('[data-loaded="true"]') && performance.now(), undefined, { timeout: 120_000, polling: 'raf' })
  ).jsonValue();
  return { firstRender: Number(firstRender), allLoaded: Number(allLoaded) };
}

/** Picks a filter value the way a user does (a change event on the select) and times until the table's rows change and paint. */
function timeFilterChange(page: Page, filter: string, value: string): Promise<number> {
  return page.evaluate(
    ([filter, value]) =>
      new Promise<number>((resolve, reject) => {
        const table = () => document.querySelector<HTMLElement>('[data-testid="events-table"]');
        const select = document.querySelector<HTMLSelectElement>(`[data-testid="filter-${filter}"]`);
        if (!select || !table()) return reject(new Error(`no filter ${filter} or no table`));
        const before = `${table()!.dataset.rows}|${table()!.querySelector('[aria-rowindex="2"]')?.getAttribute('data-event-id')}`;
        const t0 = performance.now();
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        const check = () => {
          const now = table();
          const state = now && `${now.dataset.rows}|${now.querySelector('[aria-rowindex="2"]')?.getAttribute('data-event-id')}`;
          // After the next frame the new rows have been painted.
          if (state && state !== before) requestAnimationFrame(() => resolve(performance.now() - t0));
          else if (performance.now() - t0 > 10_000) reject(new Error(`the table did not change for ${filter}=${value}`));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    [filter, value] as const,
  );
}

export default async function dashboardBench(): Promise<BenchSection> {
  const react = ensureBuilt();
  const browser = await launchWithExtension();
  try {
    const log = await openLogPage(browser.context, browser.extensionId);
    const seedStart = performance.now();
    // Generated in the page (no 100,000 objects over the wire) and written with the extension's storeEvents.
    const stored = await log.run(async (hooks, total) => {
      const now = Date.now();
      const day = 86_400_000;
      const agents = ['ana', 'bo', 'chen', 'dee', 'eli'];
      const helpdesks = ['zendesk', 'freshdesk', 'request-tracker', 'help-scout'];
      const rules = [
        ['apology-empty', 'apology-without-help'],
        ['apology-refusal', 'apology-without-help'],
        ['apology-policy', 'apology-without-help'],
        ['blame-should-have', 'customer-blame'],
        ['blame-repetition', 'customer-blame'],
        ['blame-user-error', 'customer-blame'],
      ] as const;
      const states = ['shown', 'shown', 'fixed', 'applied', 'dismissed', 'sent'] as const;
      let written = 0;
      for (let start = 0; start < total; start += 5000) {
        const batch = [];
        for (let n = start; n < Math.min(total, start + 5000); n++) {
          // Spread independently of each other, so that every filter combination has rows.
          const h = Math.imul(n, 2654435761) >>> 0;
          const ticketId = String(10_000 + (n % 4000));
          const helpdesk = helpdesks[(h >>> 8) % helpdesks.length];
          const base = {
            eventId: `bench-${String(n).padStart(8, '0')}`,
            at: now - ((n * 7919) % (29 * day)) - 60_000,
            agent: agents[h % agents.length],
            ticket: { helpdesk, id: ticketId, url: `https://${helpdesk}.example.com/tickets/${ticketId}`, subject: `Order ${ticketId}` },
          };
          const kind = n % 10;
          const [rule, category] = rules[(h >>> 16) % rules.length];
          batch.push(
            hooks.toEventRow(
              kind < 7
                ? { ...base, type: 'flag', flagKey: `k${n >> 2}`, rule, category, state: states[n % states.length], snippet: '… sorry, nothing I can do …', words: 'nothing I can do' }
                : kind < 9
                  ? { ...base, type: 'reply-sent', flagsPresent: n % 3, rules: n % 3 ? [rule] : [] }
                  : { ...base, type: 'effort', score: n % 100, level: n % 100 >= 70 ? 'high' : n % 100 >= 40 ? 'medium' : 'low', signals: ['long-wait'], reasons: ['waited two weeks'] },
            ),
          );
        }
        written += await hooks.storeEvents(hooks.db, batch);
      }
      return written;
    }, EVENTS);
    const seedSeconds = (performance.now() - seedStart) / 1000;
    if (stored !== EVENTS) throw new Error(`seeded ${stored} events, expected ${EVENTS}`);
    await log.page.close();

    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    // tsx compiles with keepNames: the page needs esbuild's __name helper for the functions evaluated in it.
    await page.addInitScript('globalThis.__name = (f) => f');
    const url = `chrome-extension://${browser.extensionId}/dashboard.html#overview`;
    const loads = [];
    for (let i = 0; i < LOADS; i++) loads.push(await firstRender(page, url));
    const first = percentiles(loads.map((l) => l.firstRender));
    const all = percentiles(loads.map((l) => l.allLoaded));

    const changes: [string, string][] = [
      // Each change must change the rows shown (a rule implies its category, so the category goes first).
      ['agent', 'bo'],
      ['helpdesk', 'freshdesk'],
      ['category', 'customer-blame'],
      ['rule', 'blame-repetition'],
      ['rule', ''],
      ['category', ''],
      ['helpdesk', ''],
      ['agent', ''],
    ];
    const filterTimes: number[] = [];
    for (const [filter, value] of changes) filterTimes.push(await timeFilterChange(page, filter, value));
    const filters = percentiles(filterTimes);

    return {
      name: `Dashboard (${EVENTS.toLocaleString('en-US')} events, real Chromium, React ${react} build)`,
      measures: [
        { label: `seed ${EVENTS.toLocaleString('en-US')} events through storeEvents`, value: seedSeconds * 1000, unit: 'ms' },
        { label: `first render: figures + first table rows, median of ${LOADS}`, value: first.median, unit: 'ms', target: 1000 },
        { label: 'first render, worst', value: Math.max(...loads.map((l) => l.firstRender)), unit: 'ms' },
        { label: 'every event of the 30-day period in the table, median', value: all.median, unit: 'ms' },
        { label: `filter change → table updated, median of ${changes.length}`, value: filters.median, unit: 'ms', target: 300 },
        { label: 'filter change, worst', value: Math.max(...filterTimes), unit: 'ms' },
        ...changes.map(([filter, value], i) => ({ label: `  ${filter} → ${value || 'all'}`, value: filterTimes[i], unit: 'ms' as const })),
      ],
    };
  } finally {
    await browser.close();
  }
}
