/**
 * The extension makes no network request of its own: every request the browser makes while an agent is coached
 * in several editors goes to the local page server, or loads one of the extension's own files.
 */
import { expect, test } from 'vitest';
import type { Request } from 'playwright-core';
import { useExtensionWithPages } from './harness/browser';
import { EditorPage } from './pages/editors/driver';

// Requests made by the extension's service worker are reported to the context only with this on (read at launch).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
const env = useExtensionWithPages();

test('no request leaves for anywhere but the local page server', async () => {
  const requests: Request[] = [];
  env.browser.context.on('request', (r) => requests.push(r));
  for (const kind of ['textarea', 'ckeditor5', 'quill'] as const) {
    const page = await env.browser.context.newPage();
    const editor = new EditorPage(page, kind);
    await editor.open(env.server.url(`editors/${kind}.html`));
    await editor.type("I'm sorry, but there's nothing I can do. You should have read the instructions.");
    await expect.poll(() => editor.underlines().count(), { timeout: 5000 }).toBeGreaterThan(0);
    const u = (await editor.underlines().first().boundingBox())!;
    await page.mouse.click(u.x + u.width / 2, u.y + u.height / 2);
    await editor.card().locator('button.aa-suggestion').first().click();
    await page.getByRole('button', { name: 'Send' }).click();
    await page.waitForTimeout(500);
    await page.close();
  }
  const own = `chrome-extension://${env.browser.extensionId}/`;
  const elsewhere = requests.map((r) => r.url()).filter((u) => !u.startsWith(`${env.server.origin}/`) && !u.startsWith(own) && !u.startsWith('data:'));
  expect(elsewhere).toEqual([]);
  expect(requests.length).toBeGreaterThan(0);
});
