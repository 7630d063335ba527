/**
 * The extension on each helpdesk's fixture page, in real Chromium (the panel's reading of the ticket is checked
 * in both browsers by cross-browser/helpdesks.test.ts): internal notes and quoted history add no effort,
 * switching tickets in single-page apps switches the panel and the effort, the reply editor is coached, and the
 * coaching log holds the ticket's events under its link. Table-driven from tests/e2e/pages/helpdesks/*.expected.json.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readPanel, type PanelView } from '../../lib/coach/panel-reader';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { openLogPage, type LogPage } from './harness/log-hooks';
import { fixtureUrl, openFixture } from './pages/helpdesks/route-fixture';
import { typeInto } from './pages/helpdesks/type-reply';
import { fixtureNames, loadFixture, type Expected } from '../unit/sites/fixture-pages';

interface EffortExpected {
  score: number;
  level: string;
  signals: string[];
}
interface HelpdeskExpected extends Omit<Expected, 'switch'> {
  /** null where the page has no thread to score (RT's reply page). */
  effort: (EffortExpected & { onlyInNoteOrQuote: Record<string, string> }) | null;
  switch?: Expected['switch'] & {
    editor: string;
    requester: string;
    messages: { customer: number; agent: number; internal: number };
    effort: EffortExpected;
  };
}

type Row = { type: string; state?: string; rule?: string; score?: number; level?: string; signals?: string[]; missing?: string[]; ticket: { helpdesk: string; id: string | null; url: string; subject?: string } };

const FLAGGED = "Sorry, but there's nothing I can do. You should have read the instructions.";
const sorted = (xs: readonly string[]) => [...new Set(xs)].sort();

let browser: ExtensionBrowser;
let log: LogPage;
beforeAll(async () => {
  browser = await launchWithExtension();
  log = await openLogPage(browser.context, browser.extensionId);
});
afterAll(async () => {
  await browser?.close();
});

/** Each fixture starts as on a fresh browser: no ticket remembered from another fixture's page (lib/coach/ticket-cache). */
async function forgetCachedTickets() {
  await log.page.evaluate(async () => {
    type Area = { get: (keys: null) => Promise<Record<string, unknown>>; remove: (keys: string[]) => Promise<void> };
    const { storage } = (globalThis as unknown as { chrome: { storage: Record<'local' | 'session', Area> } }).chrome;
    for (const area of [storage.local, storage.session]) {
      const keys = Object.keys(await area.get(null)).filter((k) => k.startsWith('ticket-cache:'));
      await area.remove(keys);
    }
  });
}

/**
 * What the panel shows. Where no corner of the page is free, the panel shows only its header (it never covers
 * the helpdesk): the agent expands it, as this does, to read it.
 */
async function panel(page: Page): Promise<PanelView | null> {
  const expanded = await page.evaluate(() => {
    const compact = document.querySelector('agent-assist-overlay')?.shadowRoot?.querySelector('.aa-panel[data-compact].aa-collapsed');
    compact?.querySelector<HTMLButtonElement>('.aa-toggle')?.click();
    return !!compact;
  });
  if (expanded) await page.waitForTimeout(100);
  return page.evaluate(readPanel);
}
/**
 * Waits until the panel shows this ticket id and its effort is no longer being scored (the background worker
 * answers after the reading), then returns what it shows.
 */
async function panelFor(page: Page, id: string): Promise<PanelView> {
  await expect.poll(async () => (await panel(page))?.ticketId, { timeout: 10_000 }).toBe(id);
  await expect.poll(async () => (await panel(page))?.effortState, { timeout: 15_000 }).not.toBe('scoring');
  const shown = (await panel(page))!;
  expect(shown.ticketId).toBe(id);
  return shown;
}

describe.each(fixtureNames())('%s', (name) => {
  const expected = loadFixture(name).expected as unknown as HelpdeskExpected;
  const url = fixtureUrl(expected);
  let page: Page;
  // RT's two pages show the same ticket: the page's own events are those under its link.
  const ticketRows = async (id: string, link?: string) =>
    ((await log.rawEvents()) as unknown as Row[]).filter(
      (r) => r.ticket.helpdesk === expected.adapter && r.ticket.id === id && (!link || r.ticket.url === link),
    );

  beforeAll(async () => {
    await forgetCachedTickets();
    page = await browser.context.newPage();
    await openFixture(page, name, url);
  });
  afterAll(async () => {
    await page?.close();
  });

  test('the effort score and signals are the customer\'s; internal notes and quotes add none', async () => {
    const shown = await panelFor(page, expected.id);
    if (!expected.effort) {
      expect(shown.effort).toBeNull();
      return;
    }
    expect(shown.effort).toMatchObject({ score: expected.effort.score, level: expected.effort.level });
    expect(sorted(shown.effort!.signals)).toEqual(sorted(expected.effort.signals));
    expect(shown.effort!.reasons.length).toBeGreaterThan(0);
    // The words are on the page (in a note or a quote), and their signal is not in the report.
    const pageText = await page.evaluate(() => document.body.textContent ?? '');
    for (const [signal, words] of Object.entries(expected.effort.onlyInNoteOrQuote)) {
      expect(pageText).toContain(words);
      expect(shown.effort!.signals).not.toContain(signal);
    }
  });

  test.skipIf(expected.editor === null)('the reply editor is coached: a flagged sentence is underlined', async () => {
    await typeInto(page, expected.editor!, ` ${FLAGGED}`);
    await expect.poll(() => page.locator('[data-agent-assist] [data-flag-rule="blame-should-have"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const shown = await panel(page);
    expect(shown?.flags.map((f) => f.rule)).toContain('blame-should-have');
  });

  test('the log holds the ticket\'s events under its link: one effort report, the flags shown, no health alarm', async () => {
    if (expected.effort) {
      await expect.poll(async () => (await ticketRows(expected.id, url)).filter((r) => r.type === 'effort').length, { timeout: 15_000 }).toBe(1);
    }
    if (expected.editor !== null) {
      await expect.poll(async () => (await ticketRows(expected.id, url)).some((r) => r.type === 'flag' && r.state === 'shown'), { timeout: 15_000 }).toBe(true);
    }
    const rows = await ticketRows(expected.id, url);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.ticket).toEqual({ helpdesk: expected.adapter, id: expected.id, url, subject: expected.subject });
    const effort = rows.filter((r) => r.type === 'effort');
    if (expected.effort) {
      // Re-reads while the agent types do not log the same report again.
      expect(effort).toHaveLength(1);
      expect(effort[0]).toMatchObject({ score: expected.effort.score, level: expected.effort.level });
      expect(sorted(effort[0]!.signals!)).toEqual(sorted(expected.effort.signals));
    } else expect(effort).toHaveLength(0);
    expect(rows.filter((r) => r.type === 'adapter-health')).toEqual([]);
  });

  test.skipIf(!expected.switch)('switching tickets switches the panel, the effort and the coached draft', async () => {
    const other = expected.switch!;
    await page.evaluate((arg) => (window as unknown as { switchTicket: (a: string) => void }).switchTicket(arg), other.arg);
    const shown = await panelFor(page, other.id);
    expect(shown.subject).toBe(other.subject);
    expect(shown.requester).toContain(other.requester);
    expect(shown.messages).toEqual(other.messages);
    expect(shown.effort).toMatchObject({ score: other.effort.score, level: other.effort.level });
    expect(sorted(shown.effort!.signals)).toEqual(sorted(other.effort.signals));
    // The first ticket's draft is not the one the panel shows now.
    expect(shown.flags).toEqual([]);

    await typeInto(page, other.editor, FLAGGED);
    await expect.poll(async () => (await panel(page))?.flags.map((f) => f.rule) ?? [], { timeout: 10_000 }).toContain('blame-should-have');
    await expect.poll(async () => (await ticketRows(other.id)).some((r) => r.type === 'flag' && r.state === 'shown'), { timeout: 15_000 }).toBe(true);
    const rows = await ticketRows(other.id);
    for (const r of rows) expect(r.ticket).toMatchObject({ id: other.id, subject: other.subject });
    // Back to the first ticket: its report is unchanged, so it is not logged again.
    await page.evaluate((arg) => (window as unknown as { switchTicket: (a: string) => void }).switchTicket(arg), expected.id);
    await panelFor(page, expected.id);
    expect((await ticketRows(expected.id)).filter((r) => r.type === 'effort')).toHaveLength(expected.effort ? 1 : 0);
  });

  const [part, selectors] = Object.entries(expected.breaks).find(([p]) => p !== 'pane')!;
  test(`a page without its ${part}: the panel says so, one health event is logged, coaching goes on`, async () => {
    const broken = await browser.context.newPage();
    try {
      // The part is gone before the content script starts (it runs once the document is idle).
      await broken.addInitScript((selectors: string[]) => {
        document.addEventListener('DOMContentLoaded', () => {
          for (const sel of selectors) for (const el of Array.from(document.querySelectorAll(sel))) el.remove();
        });
      }, selectors);
      await openFixture(broken, name, url);
      await expect.poll(async () => (await panel(broken))?.health ?? '', { timeout: 10_000 }).toContain(part);
      expect((await panel(broken))!.health).toMatch(/^Couldn’t read: .+ — coaching still works$/);
      const health = async () =>
        ((await log.rawEvents()) as unknown as Row[]).filter((r) => r.type === 'adapter-health' && r.ticket.url === url);
      await expect.poll(async () => (await health()).length, { timeout: 15_000 }).toBe(1);
      // Some parts are read from the same elements (Help Scout's title holds the subject and the requester).
      expect((await health())[0]).toMatchObject({ ticket: { helpdesk: expected.adapter }, missing: expect.arrayContaining([part]) });
      if (expected.editor !== null && part !== 'editor') {
        await typeInto(broken, expected.editor, FLAGGED);
        await expect.poll(() => broken.locator('[data-agent-assist] [data-flag-rule="blame-should-have"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
      }
      expect(await health()).toHaveLength(1);
    } finally {
      await broken.close();
    }
  });
});
