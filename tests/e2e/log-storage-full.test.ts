/**
 * Storage full is told, not silent: with the extension's storage quota overridden to almost nothing (DevTools
 * protocol, Storage.overrideQuotaForOrigin), the log's writes fail with QuotaExceededError; coaching goes on,
 * the panel, the popup and the dashboard say events are not being saved and why; when the quota is given back,
 * the events waiting in the outbox are stored and the notices go away.
 */
import { beforeAll, expect, test } from 'vitest';
import { useExtensionWithPages } from './harness/browser';
import { openLogPage, type LogPage } from './harness/log-hooks';
import { EditorPage } from './pages/editors/driver';

const env = useExtensionWithPages();
let log: LogPage;
beforeAll(async () => {
  log = await openLogPage(env.browser.context, env.browser.extensionId);
});

test('a full storage is told on every surface, coaching goes on, and the outbox drains when space returns', async () => {
  const { context, extensionId } = env.browser;
  const origin = `chrome-extension://${extensionId}`;
  const cdp = await context.newCDPSession(log.page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });

  const page = await context.newPage();
  const editor = new EditorPage(page, 'textarea');
  const popup = await context.newPage();
  const dashboard = await context.newPage();
  try {
    await editor.open(env.server.url('editors/textarea.html?storage-full'));
    await editor.type("Sorry, but there's nothing I can do. You should have read the instructions.");
    // Coaching goes on.
    await expect.poll(() => editor.underlines().count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    const panelNotice = page.locator('[data-agent-assist] [data-testid="log-health"]');
    await expect.poll(() => panelNotice.count(), { timeout: 20_000 }).toBe(1);
    expect(await panelNotice.getAttribute('data-problem')).toBe('quota');
    expect(await panelNotice.textContent()).toMatch(/not being saved.*full \(QuotaExceededError\)/);

    await popup.goto(`${origin}/popup.html`);
    await expect.poll(() => popup.getByTestId('log-health').count(), { timeout: 10_000 }).toBe(1);
    await dashboard.goto(`${origin}/dashboard.html#overview`);
    await expect.poll(() => dashboard.getByTestId('log-health').count(), { timeout: 10_000 }).toBe(1);
    const mine = async () => (await log.rawEvents()).filter((r) => (r.ticket as { url: string }).url === page.url());
    expect(await mine()).toEqual([]);

    // Space returns: the waiting events are stored, the notices go.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await expect.poll(async () => (await mine()).filter((r) => r.type === 'flag').length, { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
    await expect.poll(() => panelNotice.count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => popup.getByTestId('log-health').count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => dashboard.getByTestId('log-health').count(), { timeout: 10_000 }).toBe(0);
  } finally {
    await cdp.send('Storage.overrideQuotaForOrigin', { origin }).catch(() => {});
    await Promise.all([page.close(), popup.close(), dashboard.close()]);
  }
});
