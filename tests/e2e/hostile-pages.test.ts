/**
 * Attacks that must keep failing (issue 10's hostile-page checks, kept as tests): a page that replaces the
 * built-ins its scripts see (Array.prototype.map, JSON.parse, MutationObserver, timers, addEventListener,
 * attachShadow, Object.prototype) changes nothing of the coaching, which runs in the content script's own
 * world; messages the page forges never reach the log; 500 editors and ~1,000 DOM mutations a second leave the
 * coaching working and the page drawing frames.
 */
import { beforeAll, expect, test } from 'vitest';
import { useExtensionWithPages } from './harness/browser';
import { openLogPage, type LogPage } from './harness/log-hooks';

const env = useExtensionWithPages();
let log: LogPage;
beforeAll(async () => {
  log = await openLogPage(env.browser.context, env.browser.extensionId);
});

const FLAGGED = "Sorry, but there's nothing I can do. You should have read the instructions.";
const underlines = '[data-agent-assist] [data-flag-rule]';

test('a page that breaks its built-ins and forges log messages changes nothing: coaching and logging go on, forgeries are not stored', async () => {
  const page = await env.browser.context.newPage();
  try {
    await page.goto(env.server.url('hostile/overrides.html'));
    await page.locator('#editor').click();
    await page.keyboard.type(FLAGGED, { delay: 4 });
    await expect.poll(() => page.locator(underlines).count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    await page.evaluate('window.forgeLogMessages()');
    await page.getByRole('button', { name: 'Send' }).click();
    const url = page.url();
    const mine = async () => (await log.rawEvents()).filter((r) => (r.ticket as { url: string }).url === url);
    await expect.poll(async () => (await mine()).some((r) => r.type === 'reply-sent'), { timeout: 20_000 }).toBe(true);
    const rows = await mine();
    expect(rows.filter((r) => r.type === 'flag').length).toBeGreaterThanOrEqual(2);
    expect(rows.some((r) => String(r.eventId).startsWith('forged'))).toBe(false);
    // Later forgeries too: nothing the page posts is stored.
    await page.evaluate('window.forgeLogMessages()');
    await page.waitForTimeout(1500);
    expect((await log.rawEvents()).some((r) => String(r.eventId).startsWith('forged'))).toBe(false);
  } finally {
    await page.close();
  }
});

test('500 editors and ~1,000 DOM mutations a second: the reply editor is coached and the page keeps drawing', async () => {
  const page = await env.browser.context.newPage();
  try {
    await page.goto(env.server.url('hostile/many-editors.html'));
    await page.locator('#editor').click();
    await page.keyboard.type(FLAGGED, { delay: 4 });
    await expect.poll(() => page.locator(underlines).count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    const mutations = (await page.evaluate('window.mutations')) as number;
    const fps = (await page.evaluate('window.countFrames(2000)')) as number;
    expect(mutations).toBeGreaterThan(500);
    // 60 without the extension; 9–18 when every one of the 500 empty drafts was re-measured and re-published
    // on every redraw. Lenient, for a shared and loaded machine.
    expect(fps).toBeGreaterThan(30);
  } finally {
    await page.close();
  }
});

test('a draft over 200,000 characters (1 MB of exotic Unicode) is not coached, the panel says why, and coaching resumes below', async () => {
  const page = await env.browser.context.newPage();
  try {
    await page.goto(env.server.url('editors/textarea.html?too-long'));
    await page.locator('#editor').click();
    await page.keyboard.type(FLAGGED, { delay: 4 });
    await expect.poll(() => page.locator(underlines).count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    const exotic = "👩‍👩‍👧‍👦 \u202Eevil\u202C x\u200Dy \uD800 🇫🇷 עברית e\u0301 Sorry, but there's nothing I can do. ";
    await page.evaluate((unit) => {
      const el = document.getElementById('editor') as HTMLTextAreaElement;
      el.value += unit.repeat(Math.ceil(1_000_000 / unit.length));
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, exotic);
    const state = page.locator('[data-agent-assist] [data-testid="aa-draft-state"]');
    await expect.poll(() => state.textContent(), { timeout: 15_000 }).toMatch(/longer than 200,000 characters/);
    expect(await page.locator(underlines).count()).toBe(0);
    await page.evaluate((text) => {
      const el = document.getElementById('editor') as HTMLTextAreaElement;
      el.value = text;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, FLAGGED);
    await expect.poll(() => page.locator(underlines).count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
  } finally {
    await page.close();
  }
});
