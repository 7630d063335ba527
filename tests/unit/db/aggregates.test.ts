import { openTestDb } from './open-test-db';
import { afterEach, expect, test } from 'vitest';
import { computeAggregates } from '../../../lib/db/aggregates';
import { DAY_MS } from '../../../lib/db/days';
import { toEventRow, toLoggedEvent } from '../../../lib/db/logged-event';
import type { AgentAssistDb } from '../../../lib/db/schema';
import { storeEvents } from '../../../lib/db/write';
import type { LogEvent } from '../../../lib/messages/log-events';
import { effort, flagEvent, replySent, T0 } from './events';

let db: AgentAssistDb;
afterEach(() => db?.delete());

const store = (agentLabel: string, snippetsEnabled: boolean, ...events: LogEvent[]) =>
  storeEvents(db, events.map((e) => toEventRow(toLoggedEvent(e, { agentLabel, snippetsEnabled }))));

const blame = (over: Parameters<typeof flagEvent>[0] = {}) => {
  const text = 'As I already explained, you should have read the manual.';
  return flagEvent({ category: 'customer-blame', rule: 'repetition-marker', context: { text, start: 3, end: 22 }, ...over });
};
const ticket = (id: string) => ({ helpdesk: 'zendesk', id, url: `https://acme.zendesk.com/agent/tickets/${id}` });

test('the figures the dashboard shows for the last 30 days', async () => {
  db = openTestDb();
  await store('ann', true,
    flagEvent({ at: T0 }), flagEvent({ at: T0, state: 'fixed' }),
    flagEvent({ at: T0 - DAY_MS }), flagEvent({ at: T0 - DAY_MS, state: 'applied', suggestion: 'Offer what I can do' }),
    blame({ at: T0 }), blame({ at: T0, state: 'sent' }),
    replySent({ at: T0, flagsPresent: 1, rules: ['repetition-marker'] }), replySent({ at: T0 - DAY_MS }),
    effort({ at: T0, ticket: ticket('1'), score: 70 }), effort({ at: T0 - DAY_MS, ticket: ticket('2'), score: 95, signals: ['transfer', 'long-wait'] }),
    effort({ at: T0 - 2 * DAY_MS, ticket: ticket('3'), score: 99 }), effort({ at: T0 - DAY_MS, ticket: ticket('3'), score: 20, level: 'low' }),
    // Outside the period: not counted.
    flagEvent({ at: T0 - 40 * DAY_MS }), effort({ at: T0 - 40 * DAY_MS, ticket: ticket('4'), score: 100 }),
  );
  await store('bo', false, blame({ at: T0 }), blame({ at: T0, state: 'dismissed', dismissal: 'always' }));

  const agg = await computeAggregates(db, { to: T0 + 1000 });
  expect(agg.fromDay).toBe('2025-04-21');
  expect(agg.toDay).toBe('2025-05-20');
  expect(agg.byDay).toHaveLength(30);
  expect(agg.byDay.slice(-2)).toEqual([
    { day: '2025-05-19', 'apology-without-help': 1, 'customer-blame': 0 },
    { day: '2025-05-20', 'apology-without-help': 1, 'customer-blame': 2 },
  ]);
  expect(agg.byCategory).toEqual({ 'apology-without-help': 2, 'customer-blame': 2 });
  expect(agg.outcomes).toEqual({ shown: 4, fixed: 1, applied: 1, dismissed: 1, sent: 1 });
  expect(agg.fixedBeforeSending).toBe(0.5);
  expect(agg.suggestionsApplied).toBe(1);
  expect(agg.replies).toEqual({ sent: 2, withFlags: 1 });
  expect(agg.topRules).toEqual([
    { rule: 'apology-refusal', category: 'apology-without-help', shown: 2 },
    { rule: 'repetition-marker', category: 'customer-blame', shown: 2 },
  ]);
  // Bo's snippets are off: only Ann's flagged words are counted.
  expect(agg.topPhrases).toEqual([
    { phrase: 'nothing i can do', shown: 2 },
    { phrase: 'i already explained', shown: 1 },
  ]);
  // Ticket 3's latest report is low: it is not a high-effort ticket any more.
  expect(agg.highEffortTickets.map((t) => [t.ticket.id, t.score, t.signals])).toEqual([
    ['2', 95, ['transfer', 'long-wait']],
    ['1', 70, ['repeat-contact']],
  ]);
  expect(agg.agents).toEqual([
    { agent: 'ann', shown: 3, fixed: 1, applied: 1, dismissed: 0, sent: 1, replies: 2, repliesWithFlags: 1 },
    { agent: 'bo', shown: 1, fixed: 0, applied: 0, dismissed: 1, sent: 0, replies: 0, repliesWithFlags: 0 },
  ]);
});

test('an empty log gives zeros, not errors', async () => {
  db = openTestDb();
  const agg = await computeAggregates(db, { from: T0 - 6 * DAY_MS, to: T0 });
  expect(agg.byDay).toHaveLength(7);
  expect(agg.fixedBeforeSending).toBeNull();
  expect(agg.topRules).toEqual([]);
});
