import { expect, test } from 'vitest';
import type { browser as Browser } from 'wxt/browser';
import { openLogTestTab, useLogTestBrowser } from './harness/log-test-page';
import { adapterHealth, effort, flagEvent, replySent } from '../unit/db/events';

const env = useLogTestBrowser();

const ticket = { helpdesk: 'zendesk', id: '4711', url: 'http://127.0.0.1/log-test/tab', subject: 'Where is my refund?' };

test('events a content script logs are stored by the worker and visible from an extension page', async () => {
  const tab = await openLogTestTab(env.browser.context);
  const flag = flagEvent({ ticket, at: Date.now() });
  await tab.log([flag, replySent({ ticket, flagsPresent: 1, rules: ['apology-refusal'] }), effort({ ticket }), adapterHealth({ ticket })]);
  expect(await tab.idle()).toMatchObject({ pending: 0, acked: 4, failedSends: 0 });

  // Read with plain IndexedDB in the extension's origin: the rows are there, in the shape a lead needs.
  const rows = await env.logPage.rawEvents();
  expect(rows.map((r) => r.type).sort()).toEqual(['adapter-health', 'effort', 'flag', 'reply-sent']);
  const stored = rows.find((r) => r.eventId === flag.eventId);
  expect(stored).toMatchObject({
    agent: 'me',
    ticket,
    rule: 'apology-refusal',
    category: 'apology-without-help',
    state: 'shown',
    words: 'nothing I can do',
    // Masked in the content script, then six words each side: the masked card is one of them.
    snippet: "I'm sorry, but there is nothing I can do about card [card] and its charge.",
  });
  expect(stored).not.toHaveProperty('context');
});

test('the worker takes the agent label and the snippet setting from settings', async () => {
  await env.logPage.run((log) => log.updateSettings({ agentLabel: 'Ann (tier 2)', snippetsEnabled: false }));
  const tab = await openLogTestTab(env.browser.context, 'settings');
  const flag = flagEvent({ ticket });
  await tab.log([flag]);
  await tab.idle();
  const stored = (await env.logPage.rawEvents()).find((r) => r.eventId === flag.eventId);
  expect(stored).toMatchObject({ agent: 'Ann (tier 2)', rule: 'apology-refusal' });
  expect(stored).not.toHaveProperty('snippet');
  expect(stored).not.toHaveProperty('words');
  await env.logPage.run((log) => log.updateSettings({ agentLabel: 'me', snippetsEnabled: true }));
});

test('a malformed message is answered with what is wrong, and nothing is written', async () => {
  const before = (await env.logPage.rawEvents()).length;
  const answer = await env.logPage.page.evaluate(() =>
    (globalThis as unknown as { chrome: typeof Browser }).chrome.runtime.sendMessage({
      kind: 'agent-assist/log',
      events: [{ type: 'flag', eventId: 'short', at: -1 }],
    }),
  );
  expect(answer).toMatchObject({ ok: false, error: expect.stringMatching(/Invalid log message[\s\S]*eventId/) });
  expect((await env.logPage.rawEvents()).length).toBe(before);
});
