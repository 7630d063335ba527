/**
 * Where the card goes and when it goes away: on every helpdesk fixture page (1280 × 720) the card opened on a
 * flag in the reply covers neither the flagged words nor the customer's latest message, inside the window; at
 * 200% zoom (640 × 360 CSS px) it stays inside the window and scrolls inside itself so that every rewrite and
 * button can be reached; a pinned card closes when the agent types elsewhere or scrolls its words out of view.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useExtensionWithPages } from './harness/browser';
import { card, overlayFocus, underlines } from './pages/overlay/overlay-driver';
import { fixtureUrl, openFixture } from './pages/helpdesks/route-fixture';
import { typeInto } from './pages/helpdesks/type-reply';
import { fixtureNames, loadFixture } from '../unit/sites/fixture-pages';

const env = useExtensionWithPages();

type Rect = { x: number; y: number; width: number; height: number };
const overlaps = (a: Rect, b: Rect) =>
  Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0 && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0;

const FLAGGED = "Sorry, but there's nothing I can do.";

/** The boxes of the words on the page (each line of the first element whose text holds them). */
function wordsOnPage(page: Page, words: string): Promise<Rect[]> {
  return page.evaluate((words) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(words);
      if (at < 0 || (n.parentElement?.closest('[hidden], [style*="display: none"]') ?? null)) continue;
      const r = document.createRange();
      r.setStart(n, at);
      r.setEnd(n, at + words.length);
      const rects = Array.from(r.getClientRects()).map((b) => ({ x: b.left, y: b.top, width: b.width, height: b.height }));
      if (rects.some((b) => b.width > 0)) return rects;
    }
    return [];
  }, words);
}

async function openCardByClick(page: Page, rule: string) {
  const line = underlines(page, rule).first();
  const b = (await line.boundingBox())!;
  await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
  await expect.poll(() => card(page).count()).toBe(1);
  // Placed once it has measured itself.
  await page.waitForTimeout(150);
}

describe.each(fixtureNames().filter((n) => loadFixture(n).expected.editor))('%s', (name) => {
  test('the card covers neither the flagged words nor the customer\'s latest message, inside the window', async () => {
    const { expected } = loadFixture(name);
    const page = await env.browser.context.newPage();
    try {
      await page.setViewportSize({ width: 1280, height: 720 });
      await openFixture(page, name, fixtureUrl(expected));
      await typeInto(page, expected.editor as string, ` ${FLAGGED}`);
      await expect.poll(() => underlines(page, 'apology-refusal').count(), { timeout: 10_000 }).toBeGreaterThan(0);
      await openCardByClick(page, 'apology-refusal');
      const box = (await card(page).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(1280);
      expect(box.y + box.height).toBeLessThanOrEqual(720);
      const words = await underlines(page, 'apology-refusal').evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { x: r.left, y: r.top, width: r.width, height: r.height };
        }),
      );
      for (const w of words) expect(overlaps(box, w), `card ${JSON.stringify(box)} over the flagged words ${JSON.stringify(w)}`).toBe(false);
      const latest = [...(expected.messages as { role: string; internal: boolean; has: string }[])].reverse().find((m) => m.role === 'customer' && !m.internal);
      const customer = latest ? await wordsOnPage(page, latest.has) : [];
      for (const c of customer.filter((c) => c.y < 720 && c.y + c.height > 0))
        expect(overlaps(box, c), `card ${JSON.stringify(box)} over the customer's "${latest!.has}" ${JSON.stringify(c)}`).toBe(false);
    } finally {
      await page.close();
    }
  });
});

describe('on a generic ticket page', () => {
  async function draft(width: number, height: number): Promise<Page> {
    const page = await env.browser.context.newPage();
    await page.setViewportSize({ width, height });
    await page.goto(env.server.url('overlay/ticket.html'));
    await page.locator('#reply').click();
    await page.keyboard.type(`Hi Jordan. ${FLAGGED} You should have read the instructions.`, { delay: 2 });
    await expect.poll(() => underlines(page).count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    return page;
  }

  test('at 200% zoom the card is inside the window and every rewrite and button can be reached in it', async () => {
    const page = await draft(640, 360);
    try {
      await page.keyboard.press('Alt+Shift+K');
      await expect.poll(() => overlayFocus(page)).toBe('suggestion 0');
      const buttons = await card(page).locator('button').count();
      for (let i = 0; i < buttons; i++) {
        // Each in turn has focus, and is then wholly inside both the card's visible part and the window.
        const seen = await page.evaluate(() => {
          const root = document.querySelector('agent-assist-overlay')!.shadowRoot!;
          const el = root.activeElement!;
          const b = el.getBoundingClientRect();
          const c = root.querySelector('.aa-card')!.getBoundingClientRect();
          return b.top >= c.top - 1 && b.bottom <= c.bottom + 1 && b.top >= 0 && b.bottom <= innerHeight && c.top >= 0 && c.bottom <= innerHeight && c.right <= innerWidth;
        });
        expect(seen, `button ${i} (${await overlayFocus(page)})`).toBe(true);
        await page.keyboard.press('Tab');
      }
    } finally {
      await page.close();
    }
  });

  test('a pinned card closes when the agent types elsewhere', async () => {
    const page = await draft(1280, 720);
    try {
      await openCardByClick(page, 'apology-refusal');
      // Into the note without a click (a click elsewhere closes the card by itself).
      await page.locator('#note').focus();
      expect(await card(page).count()).toBe(1);
      await page.keyboard.type('Called the warehouse.');
      await expect.poll(() => card(page).count()).toBe(0);
      // Typing in the note kept the focus there: closing the card took nothing from it.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('note');
    } finally {
      await page.close();
    }
  });

  test('a pinned card closes when its words are scrolled out of view, and stays while they are in view', async () => {
    const page = await draft(1280, 720);
    try {
      await openCardByClick(page, 'apology-refusal');
      const words = (await underlines(page, 'apology-refusal').first().boundingBox())!;
      await page.mouse.wheel(0, 40);
      await page.waitForTimeout(300);
      expect(await card(page).count()).toBe(1);
      await page.mouse.wheel(0, words.y + words.height + 20);
      await expect.poll(() => card(page).count()).toBe(0);
    } finally {
      await page.close();
    }
  });
});
