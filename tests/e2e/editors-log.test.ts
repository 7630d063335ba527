/**
 * Every flag's life reaches the coaching log from a real editor: shown, fixed by the agent's own edit, applied
 * (with the Alt+Shift+J shortcut), dismissed, and sent with the reply; read back from the log's IndexedDB.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { useExtensionWithPages } from './harness/browser';
import { openLogPage, type LogPage } from './harness/log-hooks';
import { EditorPage, plain } from './pages/editors/driver';

const env = useExtensionWithPages();
let log: LogPage;
beforeAll(async () => {
  log = await openLogPage(env.browser.context, env.browser.extensionId);
});

type Row = { type: string; state?: string; rule?: string; flagKey?: string; suggestion?: string; dismissal?: string; flagsPresent?: number; ticket: { url: string } };

describe.each(['textarea', 'prosemirror', 'ckeditor4'] as const)('%s', (kind) => {
  test('shown, fixed, applied, dismissed and sent events reach the log', async () => {
    const page = await env.browser.context.newPage();
    const editor = new EditorPage(page, kind);
    const url = env.server.url(`editors/${kind}.html`);
    try {
      await editor.open(url);
      const mine = async () => ((await log.rawEvents()) as unknown as Row[]).filter((r) => r.ticket.url === page.url());

      // Fixed: the agent rewrites the flagged words themselves.
      await editor.type('Hi Sam, you should have called us.');
      await expect.poll(() => editor.underlines('blame-should-have').count(), { timeout: 5000 }).toBeGreaterThan(0);
      for (let i = 0; i < 'you should have called us.'.length; i++) await page.keyboard.press('Backspace');
      await page.keyboard.type('you can call us.', { delay: 4 });
      await expect.poll(() => editor.underlines().count(), { timeout: 5000 }).toBe(0);

      // Applied: Alt+Shift+J applies the next flag's first suggestion.
      await page.keyboard.type(" I'm sorry, but there's nothing I can do. You should have read the instructions.", { delay: 4 });
      await expect.poll(() => editor.underlines().count(), { timeout: 5000 }).toBeGreaterThanOrEqual(2);
      const before = plain(await editor.text());
      await page.keyboard.press('Alt+Shift+J');
      await expect.poll(async () => plain(await editor.text())).not.toBe(before);
      await expect.poll(() => editor.underlines('apology-refusal').count()).toBe(0);

      // Dismissed (this once) from the card.
      const blame = editor.underlines('blame-should-have').first();
      const b = (await blame.boundingBox())!;
      await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
      await editor.card().getByRole('button', { name: 'Dismiss' }).click();
      await expect.poll(() => editor.underlines().count()).toBe(0);

      // Sent: a flag still in the reply when the agent clicks Send.
      await editor.editable().click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' You should have asked.', { delay: 4 });
      await expect.poll(() => editor.underlines().count(), { timeout: 5000 }).toBe(1);
      await page.getByRole('button', { name: 'Send' }).click();

      await expect.poll(async () => (await mine()).some((r) => r.type === 'reply-sent'), { timeout: 15_000 }).toBe(true);
      const rows = await mine();
      const states = (rule: string) => rows.filter((r) => r.rule === rule).map((r) => r.state).sort();
      expect(states('apology-refusal')).toEqual(['applied', 'shown']);
      expect(rows.find((r) => r.state === 'applied')?.suggestion).toBeTruthy();
      expect(states('blame-should-have')).toEqual(['dismissed', 'fixed', 'sent', 'shown', 'shown', 'shown']);
      expect(rows.find((r) => r.state === 'dismissed')?.dismissal).toBe('once');
      expect(rows.find((r) => r.type === 'reply-sent')?.flagsPresent).toBe(1);
      // One 'shown' per flag key, however many times the draft was analysed.
      const shownKeys = rows.filter((r) => r.state === 'shown').map((r) => r.flagKey);
      expect(new Set(shownKeys).size).toBe(shownKeys.length);
    } finally {
      await page.close();
    }
  });
});
