/**
 * "Never flag this again" asks what to stop flagging — these words or the whole rule — says what it did, and
 * can be undone from a toast where the card was for a few seconds, and from the settings page at any time.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useExtensionWithPages } from './harness/browser';
import { card, editorCaret, toast, underlines } from './pages/overlay/overlay-driver';

declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, any>> } } };

const env = useExtensionWithPages();

const DRAFT = "Sorry, but there's nothing I can do. Unfortunately, we cannot do anything about it.";

async function stored(page: Page): Promise<{ dismissedRules: string[]; dismissedPhrases: string[] }> {
  return page.evaluate(async () => (await chrome.storage.local.get('settings')).settings ?? { dismissedRules: [], dismissedPhrases: [] });
}

async function draftPage(): Promise<Page> {
  const page = await env.browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(env.server.url('overlay/ticket.html'));
  await page.locator('#reply').click();
  await page.keyboard.type(DRAFT, { delay: 2 });
  await expect.poll(() => underlines(page, 'apology-refusal').count(), { timeout: 10_000 }).toBe(2);
  return page;
}

/** The keys of the refusal flags, in the order of the text. */
const refusalKeys = (page: Page) =>
  underlines(page, 'apology-refusal').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-flag-key')!))]);

async function neverFlagFirst(page: Page, scope: 'phrase' | 'rule') {
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Alt+Shift+K');
  await expect.poll(() => card(page).count()).toBe(1);
  await card(page).getByRole('button', { name: 'Never flag this again' }).click();
  const choice = card(page).getByRole('group', { name: 'Never flag again:' });
  await expect.poll(() => choice.getByRole('button').count()).toBe(3);
  await choice.locator(`[data-never="${scope}"]`).click();
}

test('these words: only they stop being flagged; the toast says so and its Undo brings them back', async () => {
  const page = await draftPage();
  try {
    const [first, second] = await refusalKeys(page);
    await neverFlagFirst(page, 'phrase');
    await expect.poll(() => refusalKeys(page)).toEqual([second]);
    expect(await card(page).count()).toBe(0);
    // Focus and caret are back in the reply.
    expect(await editorCaret(page, '#reply')).toEqual([0, 0]);
    await expect.poll(() => toast(page).textContent()).toMatch(/^“[^”]*nothing I can do” won’t be flagged again\.Undo$/);
    expect(await toast(page).getAttribute('role')).toBe('status');
    await toast(page).getByRole('button', { name: 'Undo: flag it again' }).click();
    await expect.poll(() => refusalKeys(page)).toEqual([first, second]);
    expect(await toast(page).count()).toBe(0);
  } finally {
    await page.close();
  }
});

test('the whole rule: every flag of it goes; the toast goes by itself; the settings page lists it and brings it back', async () => {
  const page = await draftPage();
  const options = await env.browser.context.newPage();
  try {
    await neverFlagFirst(page, 'rule');
    await expect.poll(() => underlines(page, 'apology-refusal').count()).toBe(0);
    await expect.poll(() => toast(page).textContent()).toMatch(/is switched off\.Undo$/);
    // Gone after a few seconds.
    await expect.poll(() => toast(page).count(), { timeout: 12_000, interval: 500 }).toBe(0);

    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    await expect.poll(async () => (await stored(options)).dismissedRules).toEqual(['apology-refusal']);
    const list = options.getByTestId('never-flagged');
    const restore = list.getByRole('button', { name: /^Switch “.+” back on$/ });
    await expect.poll(() => restore.count()).toBe(1);
    await restore.click();
    await expect.poll(async () => (await stored(options)).dismissedRules).toEqual([]);
    // The open draft is coached by it again at once.
    await expect.poll(() => underlines(page, 'apology-refusal').count(), { timeout: 10_000 }).toBe(2);
  } finally {
    await page.close();
    await options.close();
  }
});

test('never-flagged words are listed in settings, and restoring them flags them again', async () => {
  const page = await draftPage();
  const options = await env.browser.context.newPage();
  try {
    await neverFlagFirst(page, 'phrase');
    await expect.poll(() => underlines(page, 'apology-refusal').count()).toBe(1);
    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    await expect.poll(async () => (await stored(options)).dismissedPhrases).toEqual([expect.stringMatching(/nothing i can do$/)]);
    const [words] = (await stored(options)).dismissedPhrases;
    const restore = options.getByTestId('never-flagged').getByRole('button', { name: `Flag “${words}” again` });
    await restore.click();
    await expect.poll(async () => (await stored(options)).dismissedPhrases).toEqual([]);
    await expect.poll(() => underlines(page, 'apology-refusal').count(), { timeout: 10_000 }).toBe(2);
  } finally {
    await page.close();
    await options.close();
  }
});
