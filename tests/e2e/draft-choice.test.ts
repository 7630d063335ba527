/**
 * The panel's draft is the reply: on every helpdesk fixture page (the adapter names the reply editor) and on a
 * generic page, the agent first clicks, and types flagged words into, every other editable on the page (the
 * ticket's title, a search box, an internal note, the page's own fields), then types in the reply: the panel's
 * count and flags are the reply's throughout.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { readPanel } from '../../lib/coach/panel-reader';
import { useExtensionWithPages } from './harness/browser';
import { fixtureUrl, openFixture } from './pages/helpdesks/route-fixture';
import { replyEditor, typeInto } from './pages/helpdesks/type-reply';
import { fixtureNames, loadFixture } from '../unit/sites/fixture-pages';

const env = useExtensionWithPages();

const REPLY = "Sorry, but there's nothing I can do.";
const MORE = ' You should have read the instructions.';
const ELSEWHERE = 'As I already explained, you should have read the manual. Sorry, but there is nothing I can do.';

/** The panel's flags (expanding it where it shows only its header) and the count in its header. */
async function shown(page: Page): Promise<{ rules: string[]; count: string }> {
  const count = await page.evaluate(() => {
    const root = document.querySelector('agent-assist-overlay')?.shadowRoot;
    root?.querySelector<HTMLButtonElement>('.aa-panel.aa-collapsed .aa-toggle')?.click();
    return root?.querySelector('.aa-count')?.textContent ?? '';
  });
  const panel = await page.evaluate(readPanel);
  return { rules: (panel?.flags ?? []).map((f) => f.rule).sort(), count };
}

/** Adds the fields agents have around a reply on many helpdesks: a contenteditable title, a search box, a note. */
async function addOtherFields(page: Page) {
  await page.evaluate(() => {
    const box = document.createElement('div');
    box.id = 'other-fields';
    box.style.cssText = 'position: relative; z-index: 2147483000; background: #fff; padding: 4px;';
    box.innerHTML =
      '<div class="ticket-title" contenteditable="true" style="min-width: 200px">Refund still missing</div>' +
      '<input type="search" aria-label="Search tickets">' +
      '<textarea name="internal_note" aria-label="Internal note" rows="2"></textarea>';
    document.body.prepend(box);
  });
}

/** Every visible editable on the page but the reply (marked data-reply by the test), as locator selectors. */
async function otherEditables(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const sel = 'textarea, input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]):not([type="submit"]):not([type="button"]), [contenteditable="true"]';
    return [...document.querySelectorAll<HTMLElement>(sel)].flatMap((el, i) => {
      if (el.closest('[data-reply]') || el.querySelector('[data-reply]') || el.closest('[data-agent-assist]')) return [];
      if (el.parentElement?.closest('[contenteditable="true"]')) return [];
      const r = el.getBoundingClientRect();
      if (r.width < 4 || r.height < 4 || getComputedStyle(el).visibility === 'hidden') return [];
      el.setAttribute('data-other', String(i));
      return [`[data-other="${i}"]`];
    });
  });
}

/** The panel keeps showing the reply's flags for a while (an analysis pause and more). */
async function staysOnReply(page: Page, rules: string[], what: string) {
  await page.waitForTimeout(900);
  expect(await shown(page), `after ${what}`).toEqual({ rules, count: String(rules.length) });
}

async function clickAndTypeElsewhere(page: Page, others: string[]) {
  for (const other of others) {
    const el = page.locator(other);
    // The page may have re-rendered it since (Zendesk's header, after its subject changed).
    if ((await el.count()) === 0) continue;
    // A field the page keeps under another element (a collapsed header) is reached by focus instead.
    await el.click({ timeout: 3000 }).catch(() => el.focus({ timeout: 3000 }));
    const typable = await el.evaluate((e) => !(e instanceof HTMLInputElement) || e.type === 'search' || e.type === 'text');
    if (typable) await page.keyboard.type(ELSEWHERE, { delay: 1 });
    await page.keyboard.press('Tab');
  }
}

describe.each(fixtureNames().filter((n) => loadFixture(n).expected.editor))('%s', (name) => {
  test('clicking and typing in every other field leaves the panel on the reply; typing in the reply updates it', async () => {
    const { expected } = loadFixture(name);
    const editor = expected.editor as string;
    const page = await env.browser.context.newPage();
    try {
      await page.setViewportSize({ width: 1400, height: 900 });
      await openFixture(page, name, fixtureUrl(expected));
      await expect.poll(async () => (await page.evaluate(readPanel))?.ticketId, { timeout: 10_000 }).toBe(expected.id);
      await addOtherFields(page);
      await typeInto(page, editor, ` ${REPLY}`);
      await expect.poll(async () => (await shown(page)).rules, { timeout: 10_000 }).toContain('apology-refusal');
      const first = (await shown(page)).rules;
      await (await replyEditor(page, editor)).evaluate((el) => (el.ownerDocument.defaultView!.frameElement ?? el).setAttribute('data-reply', ''));

      const others = await otherEditables(page);
      expect(others.length).toBeGreaterThanOrEqual(3);
      await clickAndTypeElsewhere(page, others);
      await staysOnReply(page, first, `typing in ${others.length} other fields`);

      await typeInto(page, editor, MORE);
      await expect.poll(async () => (await shown(page)).rules, { timeout: 10_000 }).toContain('blame-should-have');
      const after = await shown(page);
      expect(after.count).toBe(String(after.rules.length));
      expect(after.rules.length).toBe(first.length + 1);
    } finally {
      await page.close();
    }
  });
});

test('generic mode: the draft is the editor the agent types a reply in, never the title, search or note field', async () => {
  const page = await env.browser.context.newPage();
  try {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(env.server.url('overlay/ticket.html'));
    await page.locator('#reply').click();
    await page.keyboard.type(REPLY, { delay: 2 });
    await expect.poll(async () => (await shown(page)).rules, { timeout: 10_000 }).toEqual(['apology-refusal']);
    await clickAndTypeElsewhere(page, ['.ticket-title', '#search', '#note']);
    await staysOnReply(page, ['apology-refusal'], 'typing in the title, search and note fields');
    // The fields that are not the reply are not coached at all.
    expect(await page.locator('[data-agent-assist] [data-flag-rule]').count()).toBe(1);
    await page.locator('#reply').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(MORE, { delay: 2 });
    await expect.poll(async () => (await shown(page)).rules, { timeout: 10_000 }).toEqual(['apology-refusal', 'blame-should-have']);
  } finally {
    await page.close();
  }
});
