/**
 * Coaching inside each kind of reply editor, in real Chromium with the built extension: underlines over the
 * right words, the card, one-click rewrite read back through the editor's own API, undo, dismiss.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { useExtensionWithPages } from './harness/browser';
import { artifactsDir } from './harness/paths';
import { EDITOR_KINDS, EditorPage, overlaps, plain } from './pages/editors/driver';

const DRAFT = "Hi Sam, I'm sorry, but there's nothing I can do. You should have read the instructions.";

const env = useExtensionWithPages();
beforeAll(() => {
  fs.mkdirSync(path.join(artifactsDir, 'editors'), { recursive: true });
});

describe.each(EDITOR_KINDS)('%s', (kind) => {
  test('underlines flagged words, opens a card, applies a rewrite, undoes it, dismisses', async () => {
    const page = await env.browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 700 });
    const editor = new EditorPage(page, kind);
    try {
      await editor.open(env.server.url(`editors/${kind}.html`));
      await editor.type(DRAFT);
      await expect.poll(() => editor.underlines().count(), { timeout: 5000 }).toBeGreaterThanOrEqual(2);
      expect(plain(await editor.text())).toBe(DRAFT);

      // Each underline sits over the words its flag names.
      const first = editor.underlines().first();
      const key = (await first.getAttribute('data-flag-key'))!;
      const words = key.split('|')[1]!;
      const wordsBox = await editor.wordsBox(words);
      expect(wordsBox, `"${words}" in the editor`).not.toBeNull();
      expect(overlaps((await first.boundingBox())!, wordsBox!)).toBe(true);
      expect(await first.getAttribute('data-flag-category')).toMatch(/^(apology-without-help|customer-blame)$/);

      // Hovering the words opens the flag's card.
      const ub = (await first.boundingBox())!;
      await page.mouse.move(ub.x + ub.width / 2, ub.y + ub.height / 2);
      await expect.poll(() => editor.card().count()).toBe(1);
      await page.screenshot({ path: path.join(artifactsDir, 'editors', `${kind}.png`) });

      // One click applies the first suggestion, through the editor: its own API reads the new text.
      const suggestion = editor.card().locator('button.aa-suggestion').first();
      const replacement = (await suggestion.locator('.aa-suggestion-text').textContent())!;
      await suggestion.click();
      await expect.poll(async () => plain(await editor.text())).not.toBe(DRAFT);
      const applied = plain(await editor.text());
      expect(applied.toLowerCase()).toContain(plain(replacement).toLowerCase().slice(0, 12));
      await expect.poll(() => page.locator(`[data-agent-assist] [data-flag-key="${key}"]`).count()).toBe(0);

      // Ctrl+Z in the editor restores the flagged words.
      await page.keyboard.press('Control+z');
      await expect.poll(async () => plain(await editor.text()), { timeout: 3000 }).toBe(DRAFT);
      await expect.poll(() => page.locator(`[data-agent-assist] [data-flag-key="${key}"]`).count(), { timeout: 3000 }).toBeGreaterThan(0);

      // Dismiss hides that flag.
      await page.mouse.move(5, 5);
      const again = page.locator(`[data-agent-assist] [data-flag-key="${key}"]`).first();
      const ab = (await again.boundingBox())!;
      await page.mouse.click(ab.x + ab.width / 2, ab.y + ab.height / 2);
      await expect.poll(() => editor.card().count()).toBe(1);
      await editor.card().getByRole('button', { name: 'Dismiss' }).click();
      await expect.poll(() => page.locator(`[data-agent-assist] [data-flag-key="${key}"]`).count()).toBe(0);
      expect(plain(await editor.text())).toBe(DRAFT);
    } finally {
      await page.close();
    }
  });
});
