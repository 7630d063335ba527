/**
 * Reads the overlay's card, toast and focus, and the editor's caret, for the overlay e2e tests (the e2e build's
 * overlay has an open shadow root).
 */
import type { Locator, Page } from 'playwright-core';

export const card = (page: Page): Locator => page.locator('[data-agent-assist] [role="dialog"]');
export const toast = (page: Page): Locator => page.locator('[data-agent-assist] .aa-toast');
export const underlines = (page: Page, rule?: string): Locator =>
  page.locator(rule ? `[data-agent-assist] [data-flag-rule="${rule}"]` : '[data-agent-assist] [data-flag-rule]');

/** What has focus inside the overlay: a selector-like description ('' when focus is not in the overlay). */
export function overlayFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const host = document.querySelector('agent-assist-overlay');
    if (document.activeElement !== host) return '';
    const el = host!.shadowRoot!.activeElement as HTMLElement | null;
    if (!el) return '';
    const i = el.getAttribute('data-suggestion-index');
    if (i !== null) return `suggestion ${i}`;
    if (el.matches('.aa-flag-item')) return `panel flag ${el.getAttribute('data-rule')}`;
    return `button ${el.textContent?.trim()}`;
  });
}

/** Where the editor's selection is, as [start, end] offsets of its text, if the editor has focus; else null. */
export function editorCaret(page: Page, selector: string): Promise<[number, number] | null> {
  return page.evaluate((selector) => {
    const el = document.querySelector(selector) as HTMLElement;
    if (document.activeElement !== el && !el.contains(document.activeElement)) return null;
    if (el instanceof HTMLTextAreaElement) return [el.selectionStart, el.selectionEnd];
    const sel = getSelection()!;
    if (!sel.rangeCount || !el.contains(sel.anchorNode)) return null;
    const r = sel.getRangeAt(0);
    const at = (node: Node, offset: number) => {
      const range = document.createRange();
      range.setStart(el, 0);
      range.setEnd(node, offset);
      return range.toString().length;
    };
    return [at(r.startContainer, r.startOffset), at(r.endContainer, r.endOffset)];
  }, selector);
}

/** The editor's text, as the page reads it. */
export function editorText(page: Page, selector: string): Promise<string> {
  return page.locator(selector).evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText));
}

/** A point of the page where a click lands on nothing focusable (the page's background), off the overlay. */
export function emptySpot(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    // Not beside a field on the same line: a click there would put the caret in it.
    const fieldRows = [...document.querySelectorAll('input, textarea, [contenteditable="true"]')].map((f) => f.getBoundingClientRect());
    for (let y = 20; y < innerHeight; y += 40) {
      if (fieldRows.some((r) => y >= r.top - 4 && y <= r.bottom + 4)) continue;
      for (let x = innerWidth - 20; x > 0; x -= 40) {
        const el = document.elementFromPoint(x, y);
        if (el && (el === document.body || el === document.documentElement || el.matches('main, section'))) return { x, y };
      }
    }
    throw new Error('no empty spot on the page');
  });
}
