import { openTestDb, storedCount, storedRows } from './open-test-db';
import { afterEach, expect, test } from 'vitest';
import { toEventRow, toLoggedEvent } from '../../../lib/db/logged-event';
import { RollupChanges } from '../../../lib/db/rollups';
import type { AgentAssistDb } from '../../../lib/db/schema';
import { applyRetention, clearLog, storeEvents } from '../../../lib/db/write';
import { DAY_MS } from '../../../lib/db/days';
import type { LogEvent } from '../../../lib/messages/log-events';
import { effort, flagEvent, replySent, T0 } from './events';

let db: AgentAssistDb;
afterEach(() => db?.delete());

const settings = { agentLabel: 'ann', snippetsEnabled: true };
const rows = (...events: LogEvent[]) => events.map((e) => toEventRow(toLoggedEvent(e, settings)));

/** The tallies recounted from scratch from the events table: what the incremental rollups must equal. */
async function recountedTallies(db: AgentAssistDb) {
  const changes = new RollupChanges();
  const fresh = openTestDb();
  await fresh.open();
  for (const row of await storedRows(db)) changes.count(row, 1);
  await fresh.transaction('rw', fresh.dayTallies, fresh.tickets, () => changes.apply(fresh.dayTallies, fresh.tickets));
  const result = { tallies: await fresh.dayTallies.toArray(), tickets: await fresh.tickets.toArray() };
  await fresh.delete();
  return result;
}

test('an event id is stored once, however often it is written', async () => {
  db = openTestDb();
  const batch = rows(flagEvent(), flagEvent({ state: 'fixed' }), replySent({ flagsPresent: 1, rules: ['x'] }));
  expect(await storeEvents(db, batch)).toBe(3);
  expect(await storeEvents(db, batch)).toBe(0);
  expect(await storeEvents(db, [...batch, ...batch])).toBe(0);
  expect(await storedCount(db)).toBe(3);
  expect(await db.dayTallies.toArray()).toEqual((await recountedTallies(db)).tallies);
});

test('the stored flag keeps a masked snippet instead of the context, or nothing when snippets are off', async () => {
  db = openTestDb();
  const [withSnippet] = rows(flagEvent({ eventId: 'with-snippet' }));
  const [without] = [toEventRow(toLoggedEvent(flagEvent({ eventId: 'without-snippet' }), { ...settings, snippetsEnabled: false }))];
  await storeEvents(db, [withSnippet, without]);
  const a = (await storedRows(db)).find((e) => e.eventId === 'with-snippet');
  expect(a).toMatchObject({ agent: 'ann', words: 'nothing I can do', day: '2025-05-20', ticketKey: 'zendesk|4711' });
  expect(a).not.toHaveProperty('context');
  expect(a?.type === 'flag' && a.snippet).toBe("I'm sorry, but there is nothing I can do about card [card]…");
  const b = (await storedRows(db)).find((e) => e.eventId === 'without-snippet');
  expect(b).not.toHaveProperty('snippet');
  expect(b).not.toHaveProperty('words');
  expect(b).not.toHaveProperty('context');
});

test('ticket subjects are masked like snippets', async () => {
  db = openTestDb();
  const subject = 'Refund to ann.lee@example.com, card 4111 1111 1111 1111';
  await storeEvents(db, rows(replySent({ eventId: 'masked-subject', ticket: { helpdesk: 'rt', id: '1', url: 'https://rt/1', subject } })));
  expect(((await storedRows(db)).find((e) => e.eventId === 'masked-subject'))?.ticket.subject).toBe('Refund to [email], card [card]');
});

test('a ticket keeps its latest effort report', async () => {
  db = openTestDb();
  await storeEvents(db, rows(effort({ at: T0, score: 90 }), effort({ at: T0 + 1000, score: 40, level: 'medium' })));
  await storeEvents(db, rows(effort({ at: T0 - 1000, score: 99 })));
  expect(await db.tickets.toArray()).toMatchObject([{ ticketKey: 'zendesk|4711', score: 40, level: 'medium' }]);
});

test('retention deletes old events and uncounts them; clearLog empties everything', async () => {
  db = openTestDb();
  const old = rows(...Array.from({ length: 50 }, (_, i) => flagEvent({ at: T0 - 100 * DAY_MS - i })), effort({ at: T0 - 100 * DAY_MS }));
  const recent = rows(flagEvent({ at: T0 - DAY_MS }), replySent({ at: T0 }), effort({ at: T0 - 5 * DAY_MS, ticket: { helpdesk: 'rt', id: '9', url: 'x' } }));
  await storeEvents(db, [...old, ...recent]);
  expect(await applyRetention(db, 90, T0)).toBe(51);
  expect((await storedRows(db)).map((e) => e.eventId).sort()).toEqual(recent.map((e) => e.eventId).sort());
  expect(await db.dayTallies.toArray()).toEqual((await recountedTallies(db)).tallies);
  expect(await db.tickets.toArray()).toMatchObject([{ ticketKey: 'rt|9' }]);
  await clearLog(db);
  expect([await storedCount(db), await db.dayTallies.count(), await db.tickets.count()]).toEqual([0, 0, 0]);
});

test('concurrent writers of overlapping batches lose nothing and count everything once', async () => {
  db = openTestDb();
  const all = rows(...Array.from({ length: 300 }, (_, i) => flagEvent({ at: T0 + i, rule: `rule-${i % 7}`, state: i % 2 ? 'shown' : 'sent' })));
  await Promise.all(Array.from({ length: 6 }, (_, w) => storeEvents(db, all.slice(w * 40, w * 40 + 120))));
  expect(await storedCount(db)).toBe(all.length);
  expect(await db.dayTallies.toArray()).toEqual((await recountedTallies(db)).tallies);
});
