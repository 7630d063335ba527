/**
 * Coaching inside every kind of reply editor (lib/editors, one fixture page each, loading the real library), in
 * real Chromium with the built extension: the shared check (pages/editors/check.ts), then the card's Dismiss.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { useExtensionWithPages } from './harness/browser';
import { artifactsDir } from './harness/paths';
import { checkEditor } from './pages/editors/check';
import { EDITOR_KINDS, EditorPage } from './pages/editors/driver';

const env = useExtensionWithPages();
beforeAll(() => {
  fs.mkdirSync(path.join(artifactsDir, 'editors'), { recursive: true });
});

const only = process.env.E2E_EDITORS?.split(',');

describe.each(EDITOR_KINDS.filter((k) => !only || only.includes(k)))('%s', (kind) => {
  test('type → underlines → scroll → apply → read once → Ctrl+Z restores → re-flags; dismiss', async () => {
    const page = await env.browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 700 });
    const editor = new EditorPage(page, kind);
    try {
      await editor.open(env.server.url(`editors/${kind}.html`));
      await checkEditor(editor);
      await page.screenshot({ path: path.join(artifactsDir, 'editors', `${kind}.png`) });

      // Dismiss hides the flag it was opened on, and leaves the text alone.
      const before = await editor.text();
      const [first] = await editor.underlineBoxes();
      await page.mouse.move(5, 5);
      await page.mouse.click(first!.box.x + first!.box.width / 2, first!.box.y + first!.box.height / 2);
      await expect.poll(() => editor.card().count()).toBe(1);
      await editor.card().getByRole('button', { name: 'Dismiss' }).click();
      await expect.poll(async () => (await editor.underlineBoxes()).some((u) => u.key === first!.key)).toBe(false);
      expect(await editor.text()).toBe(before);
    } finally {
      await page.close();
    }
  });
});
