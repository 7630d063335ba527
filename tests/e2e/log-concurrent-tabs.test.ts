import { expect, test } from 'vitest';
import { openLogTestTab, useLogTestBrowser } from './harness/log-test-page';
import { flagEvent, replySent } from '../unit/db/events';

const env = useLogTestBrowser();

test('six tabs logging at once lose nothing, and an event sent from two tabs is stored once', async () => {
  const tabs = await Promise.all(Array.from({ length: 6 }, (_, i) => openLogTestTab(env.browser.context, `tab-${i}`)));
  const now = Date.now();
  const perTab = tabs.map((_, t) =>
    Array.from({ length: 150 }, (_, i) =>
      i % 5 === 4
        ? replySent({ eventId: `tab${t}-${String(i).padStart(4, '0')}`, at: now, flagsPresent: i % 2 })
        : flagEvent({ eventId: `tab${t}-${String(i).padStart(4, '0')}`, at: now, state: i % 3 ? 'shown' : 'fixed' }),
    ),
  );
  const shared = Array.from({ length: 40 }, (_, i) => flagEvent({ eventId: `shared-${String(i).padStart(4, '0')}`, at: now }));

  // Every tab logs its events in bursts of 10, all tabs at the same time, and every tab also logs `shared`.
  await Promise.all(
    tabs.map(async (tab, t) => {
      for (let i = 0; i < perTab[t].length; i += 10) await tab.log(perTab[t].slice(i, i + 10));
      await tab.log(shared);
    }),
  );
  const stats = await Promise.all(tabs.map((tab) => tab.idle()));
  expect(stats.every((s) => s.pending === 0 && s.acked === 190)).toBe(true);

  const expected = [...perTab.flat(), ...shared];
  const rows = await env.logPage.rawEvents();
  expect(rows.length).toBe(expected.length);
  expect(rows.map((r) => r.eventId).sort()).toEqual(expected.map((e) => e.eventId).sort());

  const agg = await env.logPage.run((log) => log.computeAggregates(log.db));
  const flags = expected.filter((e) => e.type === 'flag');
  expect(agg.outcomes.shown + agg.outcomes.fixed).toBe(flags.length);
  expect(agg.replies.sent).toBe(expected.length - flags.length);
});
