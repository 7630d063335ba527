/**
 * The docked panel never covers the reply editor or the helpdesk's own controls, on every helpdesk fixture page
 * at two window sizes (it moves to a free corner, or shows only its header); the agent can drag it, the place is
 * remembered for the site across a reload, and a double-click gives it back to automatic placement.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useExtensionWithPages } from './harness/browser';
import { EditorPage } from './pages/editors/driver';
import { fixtureUrl, openFixture } from './pages/helpdesks/route-fixture';
import { fixtureNames, loadFixture } from '../unit/sites/fixture-pages';

const env = useExtensionWithPages();

type Rect = { x: number; y: number; width: number; height: number; what?: string };
const overlap = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

const panelBox = (page: Page) => page.getByRole('complementary', { name: 'Agent Assist' }).boundingBox();

/** The page's own controls and reply editor, as the agent sees them (visible, in the viewport). */
function pageControls(page: Page, editorSelector: string | undefined): Promise<Rect[]> {
  return page.evaluate((editorSelector) => {
    const sel = 'button, input:not([type="hidden"]), select, textarea, a[href], iframe, [contenteditable="true"], [role="button"]';
    const els = [...document.querySelectorAll(sel), ...(editorSelector ? document.querySelectorAll(editorSelector) : [])];
    return els.flatMap((el) => {
      if (el.closest('[data-agent-assist]')) return [];
      const r = el.getBoundingClientRect();
      if (r.width < 2 || r.height < 2 || getComputedStyle(el).visibility === 'hidden') return [];
      const what = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 20)}"`;
      return [{ x: r.left, y: r.top, width: r.width, height: r.height, what }];
    });
  }, editorSelector);
}

describe.each([
  [1400, 800],
  [1000, 700],
])('at %i × %i', (width, height) => {
  test.each(fixtureNames())('%s: the panel covers no control and not the reply editor', async (name) => {
    const { expected } = loadFixture(name);
    const page = await env.browser.context.newPage();
    try {
      await page.setViewportSize({ width, height });
      await openFixture(page, name, fixtureUrl(expected));
      await expect.poll(() => panelBox(page), { timeout: 10_000 }).not.toBeNull();
      // Placement settles after the editor is adopted.
      await page.waitForTimeout(500);
      const panel = (await panelBox(page))!;
      const covered = (await pageControls(page, (expected as { editor?: string }).editor)).filter((c) => overlap(panel, c) > 0);
      expect(covered.map((c) => c.what), `panel at ${JSON.stringify(panel)}`).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

test('the agent drags the panel; the place is kept across a reload; a double-click puts it back', async () => {
  const editor = new EditorPage(await env.browser.context.newPage(), 'textarea');
  const page = editor.page;
  await page.setViewportSize({ width: 1000, height: 700 });
  const open = async () => {
    await editor.open(env.server.url('editors/textarea.html'));
    await expect.poll(() => panelBox(page), { timeout: 10_000 }).not.toBeNull();
  };
  await editor.open(env.server.url('editors/textarea.html'));
  await editor.type("I'm sorry, but there's nothing I can do.");
  await expect.poll(() => panelBox(page), { timeout: 10_000 }).not.toBeNull();
  const auto = (await panelBox(page))!;
  const head = page.locator('[data-agent-assist] .aa-panel-head');
  const h = (await head.boundingBox())!;
  await page.mouse.move(h.x + 40, h.y + h.height / 2);
  await page.mouse.down();
  await page.mouse.move(h.x - 200, h.y + h.height / 2 - 150, { steps: 8 });
  await page.mouse.up();
  await expect.poll(async () => (await panelBox(page))!.x).toBeCloseTo(auto.x - 240, -1);
  const moved = (await panelBox(page))!;

  await open();
  await expect.poll(async () => (await panelBox(page))!.x, { timeout: 5000 }).toBeCloseTo(moved.x, -1);
  expect((await panelBox(page))!.y).toBeCloseTo(moved.y, -1);

  await head.dblclick({ position: { x: 40, y: 10 } });
  await expect.poll(async () => (await panelBox(page))!.x).toBeCloseTo(auto.x, -1);
  await page.close();
});
