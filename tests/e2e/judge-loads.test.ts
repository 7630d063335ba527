/**
 * The learned judge is not in the content script (size budget): the content script imports judge.js on its first
 * analysis. In real Chromium with the built extension: blame no rule's words catch ("Didn't you see…?") is flagged
 * once the judge is there, by the judge's own rule, and the page's own requests stay local (judge.js is one of the
 * extension's files).
 */
import { expect, test } from 'vitest';
import { useExtensionWithPages } from './harness/browser';
import { EditorPage } from './pages/editors/driver';

const env = useExtensionWithPages();

test('the judge loads on the first analysis and flags blame the rules miss', async () => {
  const page = await env.browser.context.newPage();
  const editor = new EditorPage(page, 'textarea');
  try {
    await editor.open(env.server.url('editors/textarea.html'));
    await editor.type("Didn't you see the little X icon? It is on the top left of the screen.");
    await expect.poll(() => editor.underlines().count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await editor.underlines().first().getAttribute('data-flag-rule')).toBe('judged-blame');
  } finally {
    await page.close();
  }
});
