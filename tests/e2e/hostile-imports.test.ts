/**
 * Imported fields are data, never code or object shape: a teammate's log carrying prototype-pollution keys and
 * HTML/script in its text fields is stored as plain text, pollutes nothing, and the dashboard shows the text
 * without running or rendering any of it.
 */
import { beforeAll, expect, test } from 'vitest';
import { useExtensionWithPages } from './harness/browser';
import { openLogPage, type LogPage } from './harness/log-hooks';
import { flagEvent } from '../unit/db/events';

const env = useExtensionWithPages();
let log: LogPage;
beforeAll(async () => {
  log = await openLogPage(env.browser.context, env.browser.extensionId);
});

const AGENT = '<img src=x onerror="window.__xss=1">';
const SUBJECT = '<script>window.__xss=2</script>';
const SNIPPET = '<b onmouseover="window.__xss=3">sorry</b>, nothing I can do';

test('prototype-pollution keys and HTML/script in an imported log are stored as text and run nowhere', async () => {
  const now = Date.now();
  const pollution = '"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}';
  const event = ({ context: _c, ...e }: ReturnType<typeof flagEvent>) => e;
  const lines = [
    `{${pollution},"format":"agent-assist-log","version":1,"agent":"bo","exportedAt":${now}}`,
    JSON.stringify({ ...event(flagEvent({ at: now, ticket: { helpdesk: 'zendesk', id: '9', url: 'https://acme.zendesk.com/agent/tickets/9', subject: SUBJECT } })), agent: AGENT, snippet: SNIPPET, words: 'nothing I can do' }).replace(/^\{/, `{${pollution},`),
  ];
  const result = await log.run((hooks, text) => hooks.importLog(hooks.db, text), lines.join('\n'));
  expect(result).toMatchObject({ added: 1 });
  const polluted = await log.page.evaluate(() => ({ plain: ({} as { polluted?: string }).polluted ?? null, array: ([] as unknown as { polluted?: string }).polluted ?? null }));
  expect(polluted).toEqual({ plain: null, array: null });
  const row = (await log.rawEvents()).find((r) => (r.ticket as { id: string }).id === '9')!;
  expect(row).toMatchObject({ agent: AGENT, snippet: SNIPPET, ticket: { subject: SUBJECT } });
  expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
  expect(Object.keys(row)).not.toContain('polluted');

  const dashboard = await env.browser.context.newPage();
  try {
    for (const tab of ['overview', 'team']) {
      await dashboard.goto(`chrome-extension://${env.browser.extensionId}/dashboard.html#${tab}`);
      await expect.poll(() => dashboard.evaluate(() => document.body.innerText.includes('nothing I can do') || document.body.innerText.includes('bo')), { timeout: 10_000 }).toBe(true);
    }
    await expect.poll(() => dashboard.evaluate((agent) => document.body.innerText.includes(agent), AGENT), { timeout: 10_000 }).toBe(true);
    const ran = await dashboard.evaluate(() => ({
      xss: (window as { __xss?: number }).__xss ?? null,
      images: document.querySelectorAll('img[src="x"]').length,
      bold: document.querySelectorAll('b[onmouseover]').length,
      scripts: [...document.scripts].filter((s) => s.textContent?.includes('__xss')).length,
    }));
    expect(ran).toEqual({ xss: null, images: 0, bold: 0, scripts: 0 });
  } finally {
    await dashboard.close();
  }
});
