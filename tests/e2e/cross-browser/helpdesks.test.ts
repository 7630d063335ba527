/**
 * Each helpdesk's fixture page in Chromium and Firefox: the panel shows the open ticket (internal notes counted
 * apart), its customer effort with the expected score and signals, and a flagged sentence typed in the reply
 * editor is underlined. The Chromium-only helpdesks.test.ts goes on from there (the log, ticket switches, broken
 * pages).
 */
import { describe, expect, test } from 'vitest';
import { readPanel } from '../../../lib/coach/panel-reader';
import { BROWSERS, extensionUrl, inOverlay, useDriver, type DriverPage } from '../harness/drivers';
import { fixtureUrl, openFixtureIn } from '../pages/helpdesks/route-fixture';
import { fixtureNames, loadFixture, type Expected } from '../../unit/sites/fixture-pages';

type WithEffort = Expected & { effort: { score: number; level: string; signals: string[] } | null };

const FLAGGED = "Sorry, but there's nothing I can do. You should have read the instructions.";
const sorted = (xs: readonly string[]) => [...new Set(xs)].sort();

/** Types at the end of the reply editor; RT's textarea that CKEditor 4 replaced is typed into through its frame. */
async function typeInto(page: DriverPage, selector: string, text: string) {
  const ck4 = await page.evaluate(() => 'CKEDITOR' in window);
  if (ck4) await expect.poll(() => page.count('iframe.cke_wysiwyg_frame'), { timeout: 10_000 }).toBe(1);
  await page.click(ck4 ? 'iframe.cke_wysiwyg_frame' : selector);
  await page.press('Control+End');
  await page.type(text);
}

describe.each(BROWSERS)('%s', (name) => {
  const env = useDriver(name);

  test.each(fixtureNames())('%s: the panel shows the ticket and its effort; the reply editor is coached', async (fixture) => {
    const expected = loadFixture(fixture).expected as WithEffort;
    // Each fixture as on a fresh browser: no ticket remembered from another fixture's page (lib/coach/ticket-cache).
    const ext = await env.driver.newPage();
    await ext.goto(extensionUrl(env.driver, 'popup.html'));
    await ext.evaluate(async () => {
      type Area = { get: (keys: null) => Promise<Record<string, unknown>>; remove: (keys: string[]) => Promise<void> };
      const api = globalThis as unknown as { browser?: { storage: Record<'local' | 'session', Area> }; chrome: { storage: Record<'local' | 'session', Area> } };
      const { storage } = api.browser ?? api.chrome;
      for (const area of [storage.local, storage.session]) await area.remove(Object.keys(await area.get(null)).filter((k) => k.startsWith('ticket-cache:')));
    });
    await ext.close();

    const page = await env.driver.newPage();
    // A desktop window, as agents have: in a small one the panel may find no free corner and show only its header.
    await page.setViewport(1400, 900);
    try {
      await openFixtureIn(page, fixture, fixtureUrl(expected));
      await expect.poll(async () => (await page.evaluate(readPanel))?.ticketId, { timeout: 15_000 }).toBe(expected.id);
      // The background worker scores the effort after the reading: wait for its answer.
      await expect.poll(async () => (await page.evaluate(readPanel))?.effortState, { timeout: 15_000 }).not.toBe('scoring');
      const shown = (await page.evaluate(readPanel))!;
      expect(shown.helpdesk).toBe(expected.adapter);
      expect(shown.subject).toBe(expected.subject);
      const requester = expected.requester.name ?? expected.requester.email;
      if (requester) expect(shown.requester).toContain(requester);
      expect(shown.messages).toEqual({
        customer: expected.messages.filter((m) => m.role === 'customer' && !m.internal).length,
        agent: expected.messages.filter((m) => m.role === 'agent' && !m.internal).length,
        internal: expected.messages.filter((m) => m.internal).length,
      });
      expect(shown.health).toBeNull();
      if (expected.effort) {
        expect(shown.effort).toMatchObject({ score: expected.effort.score, level: expected.effort.level });
        expect(sorted(shown.effort!.signals)).toEqual(sorted(expected.effort.signals));
      } else expect(shown.effort).toBeNull();

      if (expected.editor !== null) {
        await typeInto(page, expected.editor, ` ${FLAGGED}`);
        await expect.poll(() => page.count(inOverlay('[data-flag-rule="blame-should-have"]')), { timeout: 10_000 }).toBeGreaterThan(0);
      }
    } finally {
      await page.close();
    }
  });
});
