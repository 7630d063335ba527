/**
 * The card by keyboard, in a contenteditable reply (a generic ticket page) and a textarea: Alt+Shift+K opens
 * the card of the flag at or after the caret with focus on its first rewrite, arrows move between rewrites,
 * Enter applies, Escape closes; after every way of closing (Escape, Dismiss, a click outside, applying) focus and
 * the caret are back in the editor where they were. From the panel, Enter opens the card with focus in it, and
 * the card comes right after the flag in the Tab order. Alt+Shift+J still applies the next flag's first rewrite.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useExtensionWithPages } from './harness/browser';
import { card, editorCaret, editorText, emptySpot, overlayFocus, underlines } from './pages/overlay/overlay-driver';

const env = useExtensionWithPages();

const DRAFT = "Hi Jordan. Sorry, but there's nothing I can do. You should have read the instructions.";
const CARET = 3;

const PAGES = [
  { name: 'contenteditable reply', path: 'overlay/ticket.html', editor: '#reply' },
  { name: 'textarea', path: 'editors/textarea.html', editor: '#editor' },
];

/** Opens the page, types the draft, waits for both flags, and puts the caret after "Hi ". */
async function draftPage(path: string, editor: string): Promise<Page> {
  const page = await env.browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(env.server.url(path));
  await page.locator(editor).click();
  await page.keyboard.type(DRAFT, { delay: 2 });
  await expect.poll(() => underlines(page).count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
  await caretAt(page, CARET);
  return page;
}

async function caretAt(page: Page, offset: number) {
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < offset; i++) await page.keyboard.press('ArrowRight');
}

async function openByShortcut(page: Page) {
  await page.keyboard.press('Alt+Shift+K');
  await expect.poll(() => card(page).count()).toBe(1);
  await expect.poll(() => overlayFocus(page)).toBe('suggestion 0');
}

async function backInEditor(page: Page, editor: string, caret: [number, number]) {
  await expect.poll(() => card(page).count()).toBe(0);
  await expect.poll(() => editorCaret(page, editor)).toEqual(caret);
}

describe.each(PAGES)('$name', ({ path, editor }) => {
  test('Alt+Shift+K, arrows, Escape, a click outside, Dismiss: focus and the caret come back every time', async () => {
    const page = await draftPage(path, editor);
    try {
      await openByShortcut(page);
      // The flag after the caret: the refusal, not the blame after it.
      expect(await card(page).getAttribute('data-key')).toMatch(/^apology-refusal\|/);
      const rewrites = await card(page).locator('.aa-suggestion').count();
      expect(rewrites).toBeGreaterThanOrEqual(2);
      await page.keyboard.press('ArrowDown');
      expect(await overlayFocus(page)).toBe('suggestion 1');
      await page.keyboard.press('ArrowUp');
      expect(await overlayFocus(page)).toBe('suggestion 0');
      // Focus is visible on the rewrite it is on.
      const outline = await page.evaluate(() => {
        const el = document.querySelector('agent-assist-overlay')!.shadowRoot!.activeElement!;
        const cs = getComputedStyle(el);
        return `${cs.outlineStyle} ${cs.outlineWidth}`;
      });
      expect(outline).toBe('solid 2px');

      await page.keyboard.press('Escape');
      await backInEditor(page, editor, [CARET, CARET]);

      await openByShortcut(page);
      const spot = await emptySpot(page);
      await page.mouse.click(spot.x, spot.y);
      await backInEditor(page, editor, [CARET, CARET]);

      await openByShortcut(page);
      // Tab through the rewrites to Dismiss, then Enter.
      for (let i = 0; i < rewrites; i++) await page.keyboard.press('Tab');
      expect(await overlayFocus(page)).toBe('button Dismiss');
      const before = await editorText(page, editor);
      await page.keyboard.press('Enter');
      await backInEditor(page, editor, [CARET, CARET]);
      await expect.poll(() => underlines(page, 'apology-refusal').count()).toBe(0);
      expect(await editorText(page, editor)).toBe(before);
    } finally {
      await page.close();
    }
  });

  test('Enter applies the chosen rewrite; its first blank is selected in the editor to type over', async () => {
    const page = await draftPage(path, editor);
    try {
      await openByShortcut(page);
      await page.keyboard.press('ArrowDown');
      const chosen = (await card(page).locator('[data-suggestion-index="1"] .aa-suggestion-text').textContent())!;
      await page.keyboard.press('Enter');
      await expect.poll(() => editorText(page, editor)).toContain(chosen.replace(/\u00A0/g, ' ').slice(0, 20));
      const blank = /\[[^\]]+\]/.exec(chosen)!;
      const start = (await editorText(page, editor)).indexOf(blank[0]);
      await expect.poll(() => editorCaret(page, editor)).toEqual([start, start + blank[0].length]);
    } finally {
      await page.close();
    }
  });

  test('from the panel: Enter opens the card with focus in it, the card follows the flag in the Tab order, Escape returns to the editor', async () => {
    const page = await draftPage(path, editor);
    try {
      const flag = page.locator('[data-agent-assist] [data-testid="aa-flag"][data-rule="apology-refusal"]');
      await flag.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => overlayFocus(page)).toBe('suggestion 0');
      await page.keyboard.press('Shift+Tab');
      expect(await overlayFocus(page)).toBe('panel flag apology-refusal');
      // Visible focus on the panel's flag.
      const outline = await page.evaluate(() => getComputedStyle(document.querySelector('agent-assist-overlay')!.shadowRoot!.activeElement!).outlineStyle);
      expect(outline).toBe('solid');
      await page.keyboard.press('Tab');
      expect(await overlayFocus(page)).toBe('suggestion 0');
      await page.keyboard.press('Escape');
      await backInEditor(page, editor, [CARET, CARET]);
    } finally {
      await page.close();
    }
  });
});

test('Alt+Shift+J still applies the next flag\'s first rewrite, without a card', async () => {
  const page = await draftPage('editors/textarea.html', '#editor');
  try {
    const before = await editorText(page, '#editor');
    await page.keyboard.press('Alt+Shift+J');
    await expect.poll(() => editorText(page, '#editor')).not.toBe(before);
    expect(await card(page).count()).toBe(0);
    expect(await editorText(page, '#editor')).not.toContain("Sorry, but there's nothing I can do");
  } finally {
    await page.close();
  }
});
