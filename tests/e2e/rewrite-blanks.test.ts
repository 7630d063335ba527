/**
 * After a rewrite is applied, its first blank is selected so the agent types over it, Tab moves to the next
 * blank of that rewrite, and once none remain Tab does what it always does (lib/coach/blanks.ts).
 */
import { describe, expect, test } from 'vitest';
import { useExtensionWithPages } from './harness/browser';
import { EditorPage, plain } from './pages/editors/driver';

const DRAFT = "Sorry, but there's nothing I can do.";
const FIRST = "[what you can't do]";
const SECOND = '[what you can do: refund, replacement, workaround]';

const env = useExtensionWithPages();

/** The text selected in the focused editor, whatever its kind. */
const selected = (editor: EditorPage) =>
  editor.page.evaluate(() => {
    const a = document.activeElement;
    if (a instanceof HTMLTextAreaElement) return a.value.slice(a.selectionStart, a.selectionEnd);
    return document.getSelection()?.toString() ?? '';
  });

describe.each(['textarea', 'contenteditable'] as const)('%s', (kind) => {
  test('applying a rewrite selects its first blank; Tab goes to the next; after the last, Tab is Tab', async () => {
    const page = await env.browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 700 });
    const editor = new EditorPage(page, kind);
    try {
      await editor.open(env.server.url(`editors/${kind}.html`));
      await editor.type(DRAFT);
      await expect.poll(() => editor.underlines().count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
      const ub = (await editor.underlines().first().boundingBox())!;
      await page.mouse.click(ub.x + ub.width / 2, ub.y + ub.height / 2);
      await expect.poll(() => editor.card().count()).toBe(1);

      // The first suggestion is the agent's own sentence, with one blank only the agent can fill.
      const own = editor.card().locator('button.aa-suggestion').first();
      expect(await own.locator('.aa-suggestion-text').textContent()).toBe(
        "I can't change this myself, but here's what I can do instead: [what you can offer instead].",
      );
      // The template with two blanks shows the walk.
      const template = editor.card().locator('button.aa-suggestion', { hasText: FIRST });
      await template.click();
      await expect.poll(async () => plain(await editor.text())).toContain(FIRST);
      await expect.poll(() => selected(editor)).toBe(FIRST);

      await page.keyboard.type('waive the late fee', { delay: 4 });
      expect(plain(await editor.text())).toContain("I can't waive the late fee, but here's what I can do: ");
      await page.keyboard.press('Tab');
      await expect.poll(() => selected(editor)).toBe(SECOND);
      await page.keyboard.type('refund the shipping', { delay: 4 });
      const done = plain(await editor.text());
      expect(done).toBe("I can't waive the late fee, but here's what I can do: refund the shipping.");

      // No blank of that rewrite is left: Tab leaves the editor as usual and changes nothing.
      await page.keyboard.press('Tab');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? document.activeElement?.tagName)).not.toBe('editor');
      expect(plain(await editor.text())).toBe(done);
    } finally {
      await page.close();
    }
  });
});
