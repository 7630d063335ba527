/**
 * The panel keeps its top edge while its content changes (no flag, one, a dozen, none again): it never grows
 * past the height it was placed for, and a long flag list scrolls inside its body instead.
 */
import { expect, test } from 'vitest';
import { useExtensionWithPages } from './harness/browser';
import { EditorPage } from './pages/editors/driver';

const env = useExtensionWithPages();
const SENTENCE = "I'm sorry, but there's nothing I can do. ";

test('the panel\'s top edge stays put as its flag list grows and empties; the list scrolls inside the panel', async () => {
  const editor = new EditorPage(await env.browser.context.newPage(), 'textarea');
  const page = editor.page;
  await page.setViewportSize({ width: 1280, height: 720 });
  const panel = page.getByRole('complementary', { name: 'Agent Assist' });
  const flags = panel.locator('[data-testid="aa-flag"]');
  const box = async () => (await panel.boundingBox())!;
  try {
    await editor.open(env.server.url('editors/textarea.html'));
    await editor.type(SENTENCE);
    await expect.poll(() => flags.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    const first = await box();
    const tops = [first.y];
    for (let i = 0; i < 11; i++) {
      const before = await flags.count();
      await editor.typeKeys(SENTENCE);
      await expect.poll(() => flags.count(), { timeout: 10_000 }).toBeGreaterThan(before);
      tops.push((await box()).y);
    }
    // A dozen flags are more than the panel shows: its body scrolls, the panel stays inside the window.
    const body = await panel.locator('.aa-panel-body').evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
    expect(body.scroll).toBeGreaterThan(body.client);
    const full = await box();
    expect(full.y + full.height).toBeLessThanOrEqual(720);
    expect(full.height).toBeGreaterThan(first.height);

    await editor.press('Control+A');
    await editor.press('Delete');
    await expect.poll(() => flags.count(), { timeout: 10_000 }).toBe(0);
    tops.push((await box()).y);
    expect(new Set(tops.map(Math.round)), `top edges: ${tops.join(', ')}`).toEqual(new Set([Math.round(first.y)]));
  } finally {
    await page.close();
  }
});
