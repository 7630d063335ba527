import { expect, test } from 'vitest';
import { useExtensionWithPages } from './harness/browser';
import { EditorPage } from './pages/editors/driver';

const env = useExtensionWithPages();

test('the panel collapses, stays collapsed across a reload, and expands again', async () => {
  const editor = new EditorPage(await env.browser.context.newPage(), 'textarea');
  const page = editor.page;
  const panel = page.getByRole('complementary', { name: 'Agent Assist' });
  const open = async () => {
    await editor.open(env.server.url('editors/textarea.html'));
    await editor.type("I'm sorry, but there's nothing I can do.");
    await editor.underlines().first().waitFor();
  };

  await open();
  await expect.poll(() => panel.getByRole('button', { name: 'Collapse Agent Assist' }).count()).toBe(1);
  // Expanded, the panel lists the draft's flags.
  await expect.poll(() => panel.locator('[data-testid="aa-flag"]').count()).toBeGreaterThan(0);

  await panel.getByRole('button', { name: 'Collapse Agent Assist' }).click();
  await expect.poll(() => panel.locator('[data-testid="aa-flag"]').count()).toBe(0);
  expect(await panel.getByRole('button', { name: 'Expand Agent Assist' }).getAttribute('aria-expanded')).toBe('false');

  await open();
  await expect.poll(() => panel.getByRole('button', { name: 'Expand Agent Assist' }).count()).toBe(1);
  expect(await panel.locator('[data-testid="aa-flag"]').count()).toBe(0);
  // Collapsed, the underlines still coach.
  expect(await editor.underlines().count()).toBeGreaterThan(0);

  await panel.getByRole('button', { name: 'Expand Agent Assist' }).click();
  await expect.poll(() => panel.locator('[data-testid="aa-flag"]').count()).toBeGreaterThan(0);
});
