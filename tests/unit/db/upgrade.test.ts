import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { expect, test } from 'vitest';
import { toLoggedEvent } from '../../../lib/db/logged-event';
import { AgentAssistDb, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, UPGRADE_CHUNK } from '../../../lib/db/schema';
import { effortOf } from '../../../lib/db/dashboard-summary';
import { toEventRow } from '../../../lib/db/logged-event';
import { storeEvents } from '../../../lib/db/write';
import { readEventPage } from '../../../lib/db/event-query';
import { storedCount, storedRows, storedTallies } from './open-test-db';
import { computeAggregates } from '../../../lib/db/aggregates';
import { DAY_MS } from '../../../lib/db/days';
import { effort, flagEvent, replySent, T0 } from './events';

test('a database written by version 1 opens in the current version with every event kept and counted', async () => {
  const name = 'agent-assist-upgrade-test';
  // What the v1 extension wrote: events only, without the fields v2 derives.
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  const settings = { agentLabel: 'ann', snippetsEnabled: true };
  const events = [
    ...Array.from({ length: 500 }, (_, i) => flagEvent({ at: T0 - (i % 10) * DAY_MS, state: i % 3 ? 'shown' : 'fixed' })),
    replySent({ flagsPresent: 2, rules: ['a', 'b'] }),
    effort({ score: 91 }),
  ].map((e) => toLoggedEvent(e, settings));
  await v1.table('events').bulkAdd(events);
  v1.close();

  const db = new AgentAssistDb(name);
  await db.open();
  expect(db.verno).toBe(7);
  const rows = await storedRows(db);
  expect(rows).toHaveLength(events.length);
  expect(rows.map(({ day: _d, ticketKey: _t, ...e }) => e).sort((a, b) => a.eventId.localeCompare(b.eventId))).toEqual(
    [...events].sort((a, b) => a.eventId.localeCompare(b.eventId)),
  );
  expect(rows.every((r) => /^\d{4}-\d\d-\d\d$/.test(r.day) && r.ticketKey === 'zendesk|4711')).toBe(true);
  // v2's indexes answer queries over the old rows, and the rollups count them.
  expect(await readEventPage(db, { from: 0, to: Infinity }, { agent: 'ann' }, { key: 'at', dir: 'desc' }, 10_000).then((p) => p.rows.length)).toBe(events.length);
  const agg = await computeAggregates(db, { to: T0 });
  expect(agg.outcomes.shown + agg.outcomes.fixed).toBe(500);
  expect(agg.replies).toEqual({ sent: 1, withFlags: 1 });
  expect(agg.highEffortTickets).toMatchObject([{ score: 91 }]);
  await db.delete();
});

test('a version 2 database opens in the current version with its events and rollups as they were, the unread indexes gone, imports resumable', async () => {
  const name = 'agent-assist-upgrade-v2-test';
  // Written by the current code, then taken back to what version 2 held: the same rows, v2's indexes.
  const seeded = new AgentAssistDb(`${name}-seed`);
  const settings = { agentLabel: 'bo', snippetsEnabled: true };
  const events = [
    ...Array.from({ length: 300 }, (_, i) => flagEvent({ at: T0 - (i % 7) * DAY_MS, state: i % 2 ? 'shown' : 'applied' })),
    replySent({ flagsPresent: 0, rules: [] }),
    effort({ score: 80 }),
  ].map((e) => toEventRow(toLoggedEvent(e, settings)));
  await storeEvents(seeded, events);
  const [rows, tallies, tickets] = [await storedRows(seeded), await storedTallies(seeded), await seeded.tickets.toArray()];
  await seeded.delete();

  const v2 = new Dexie(name);
  v2.version(1).stores(SCHEMA_V1);
  v2.version(2).stores(SCHEMA_V2);
  await v2.table('events').bulkAdd(rows);
  await v2.table('tallies').bulkAdd(tallies);
  await v2.table('tickets').bulkAdd(tickets);
  expect(v2.verno).toBe(2);
  v2.close();

  const db = new AgentAssistDb(name);
  await db.open();
  expect(db.verno).toBe(7);
  expect(await storedCount(db)).toBe(rows.length);
  expect(await storedTallies(db)).toEqual(tallies);
  expect(await db.tickets.toArray()).toEqual(tickets);
  const indexes = db.backendDB().transaction('eventChunks').objectStore('eventChunks').indexNames;
  expect([...indexes]).toEqual(['[agent+bucket]']);
  const agg = await computeAggregates(db, { to: T0 });
  expect(agg.outcomes).toMatchObject({ shown: 150, applied: 150 });
  expect(agg.highEffortTickets).toMatchObject([{ score: 80 }]);
  await db.imports.put({ id: 'f', line: 10, events: 9, added: 9, at: T0 });
  expect(await db.imports.get('f')).toMatchObject({ line: 10 });
  await db.delete();
});

test('a version 3 database of more events than one upgrade chunk opens in the current version with every event kept, in time order, in chunks', async () => {
  const name = 'agent-assist-upgrade-v3-test';
  const agents = ['ann', 'bo', 'cy'];
  // Ids in an order unrelated to time, several events per millisecond: the copy must follow neither by accident.
  const rows = Array.from({ length: UPGRADE_CHUNK + 2345 }, (_, i) =>
    toEventRow(
      toLoggedEvent(i % 4 ? flagEvent({ eventId: `v3-${((i * 7919) % 100_003).toString(36)}-${i}`, at: T0 - Math.floor(i / 3) * 60_000, state: i % 2 ? 'shown' : 'fixed' }) : replySent({ at: T0 - Math.floor(i / 3) * 60_000, flagsPresent: i % 3 }), {
        agentLabel: agents[i % 3],
        snippetsEnabled: true,
      }),
    ),
  );
  // What version 3 held: the rows under their ids, v3's indexes, and their rollups.
  const seeded = new AgentAssistDb(`${name}-seed`);
  await storeEvents(seeded, rows);
  const [tallies, tickets] = [await storedTallies(seeded), await seeded.tickets.toArray()];
  await seeded.delete();
  const v3 = new Dexie(name);
  v3.version(1).stores(SCHEMA_V1);
  v3.version(2).stores(SCHEMA_V2);
  v3.version(3).stores(SCHEMA_V3);
  await v3.table('events').bulkAdd(rows);
  await v3.table('tallies').bulkAdd(tallies);
  await v3.table('tickets').bulkAdd(tickets);
  await v3.table('imports').put({ id: 'f', line: 10, events: 9, added: 9, at: T0 });
  v3.close();

  const db = new AgentAssistDb(name);
  await db.open();
  expect(db.verno).toBe(7);
  expect([...db.backendDB().objectStoreNames].sort()).toEqual(['dayTallies', 'eventChunks', 'imports', 'tickets']);
  const stored = await storedRows(db);
  const byTime = (a: { at: number; eventId: string }, b: { at: number; eventId: string }) => a.at - b.at || (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0);
  expect(stored).toEqual([...rows].sort(byTime));
  expect(await storedTallies(db)).toEqual(tallies);
  expect(await db.imports.get('f')).toMatchObject({ line: 10, events: 9 });
  const bo = await readEventPage(db, { from: 0, to: Infinity }, { agent: 'bo' }, { key: 'at', dir: 'asc' }, UPGRADE_CHUNK * 2);
  expect(bo.rows).toEqual([...rows].sort(byTime).filter((r) => r.agent === 'bo'));
  // Stored once: the same event again adds nothing.
  expect(await storeEvents(db, rows.slice(0, 50))).toBe(0);
  expect(await storedCount(db)).toBe(rows.length);
  await db.delete();
}, 60_000);

test('a version 4 database opens in version 5 with its latest effort reports counted in the tallies, as if written by the current version', async () => {
  const name = 'agent-assist-upgrade-v4-test';
  const ticketOf = (id: string) => ({ helpdesk: 'zendesk', id, url: `https://acme.zendesk.com/agent/tickets/${id}` });
  // Ticket 1 reported three times (its latest on day 0), ticket 2 once on day 3, ticket 3 once on day 3.
  const events = [
    effort({ ticket: ticketOf('1'), at: T0 - 5 * DAY_MS, score: 95, level: 'high' }),
    effort({ ticket: ticketOf('1'), at: T0 - 2 * DAY_MS, score: 50, level: 'medium' }),
    effort({ ticket: ticketOf('1'), at: T0, score: 20, level: 'low' }),
    effort({ ticket: ticketOf('2'), at: T0 - 3 * DAY_MS, score: 90, level: 'high' }),
    effort({ ticket: ticketOf('3'), at: T0 - 3 * DAY_MS, score: 0, level: 'low' }),
    flagEvent({ at: T0 - DAY_MS }),
  ].map((e) => toEventRow(toLoggedEvent(e, { agentLabel: 'cy', snippetsEnabled: true })));
  const seeded = new AgentAssistDb(`${name}-seed`);
  await storeEvents(seeded, events);
  const [rows, tallies, tickets] = [await storedRows(seeded), await storedTallies(seeded), await seeded.tickets.toArray()];
  await seeded.delete();
  expect(tallies.filter((t) => t.key.startsWith('["latest-effort')).length).toBeGreaterThan(0);

  // What version 4 held: the same events and tallies but no 'latest-effort' ones, tickets without their day.
  const v4 = new Dexie(name);
  v4.version(1).stores(SCHEMA_V1);
  v4.version(2).stores(SCHEMA_V2);
  v4.version(3).stores(SCHEMA_V3);
  v4.version(4).stores(SCHEMA_V4);
  await v4.table('eventsByTime').bulkAdd(rows);
  await v4.table('tallies').bulkAdd(tallies.filter((t) => !t.key.startsWith('["latest-effort')));
  await v4.table('tickets').bulkAdd(tickets.map(({ day: _day, ...t }) => t));
  v4.close();

  const db = new AgentAssistDb(name);
  await db.open();
  expect(db.verno).toBe(7);
  const sortTallies = (list: typeof tallies) => [...list].sort((a, b) => (a.day + a.key).localeCompare(b.day + b.key));
  expect(sortTallies(await storedTallies(db))).toEqual(sortTallies(tallies));
  expect(await db.tickets.toArray()).toEqual(tickets);
  expect(effortOf(await storedTallies(db))).toEqual({ tickets: 3, average: (20 + 90 + 0) / 3, high: 1 });
  // A newer report of ticket 2 moves it: counted out of day 3, into today.
  await storeEvents(db, [toEventRow(toLoggedEvent(effort({ ticket: ticketOf('2'), at: T0 + 1000, score: 40, level: 'medium' }), { agentLabel: 'cy', snippetsEnabled: true }))]);
  expect(effortOf(await storedTallies(db))).toEqual({ tickets: 3, average: (20 + 40 + 0) / 3, high: 0 });
  const lastDays = (await storedTallies(db)).filter((t) => t.key.startsWith('["latest-effort"'));
  expect(lastDays.map((t) => [t.day === events[3].day, t.key, t.n]).sort()).toEqual(
    [
      [false, '["latest-effort","low"]', 1],
      [false, '["latest-effort","medium"]', 1],
      [true, '["latest-effort","low"]', 1],
    ].sort(),
  );
  await db.delete();
});

test('a version 6 database opens in version 7 with every counter kept, gathered into one row per day and scope', async () => {
  const name = 'agent-assist-upgrade-v6-test';
  const ticketOf = (id: string) => ({ helpdesk: 'zendesk', id, url: `https://acme.zendesk.com/agent/tickets/${id}` });
  const events = ['ann', 'bo'].flatMap((agentLabel) =>
    [
      ...Array.from({ length: 40 }, (_, i) => flagEvent({ at: T0 - (i % 4) * DAY_MS, state: i % 3 ? 'shown' : 'fixed' })),
      replySent({ at: T0 - DAY_MS, flagsPresent: 1, rules: ['x'] }),
      effort({ ticket: ticketOf(agentLabel), at: T0 - 2 * DAY_MS, score: 85, level: 'high' }),
    ].map((e) => toEventRow(toLoggedEvent(e, { agentLabel, snippetsEnabled: true }))),
  );
  const seeded = new AgentAssistDb(`${name}-seed`);
  await storeEvents(seeded, events);
  const [chunks, tallies, tickets] = [await seeded.eventChunks.toArray(), await storedTallies(seeded), await seeded.tickets.toArray()];
  await seeded.delete();
  expect(tallies.some((t) => t.key.startsWith('["agent",'))).toBe(true);

  // What version 6 held: the same chunks and tickets, and the counters one row each.
  const v6 = new Dexie(name);
  [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6].forEach((schema, i) => v6.version(i + 1).stores(schema));
  await v6.table('eventChunks').bulkAdd(chunks);
  await v6.table('tallies').bulkAdd(tallies);
  await v6.table('tickets').bulkAdd(tickets);
  v6.close();

  const db = new AgentAssistDb(name);
  await db.open();
  expect(db.verno).toBe(7);
  expect([...db.backendDB().objectStoreNames].sort()).toEqual(['dayTallies', 'eventChunks', 'imports', 'tickets']);
  expect([...db.backendDB().transaction('tickets').objectStore('tickets').indexNames]).toEqual(['[level+effortAt]']);
  expect(await storedTallies(db)).toEqual(tallies);
  const rows = await db.dayTallies.toArray();
  expect(rows.length).toBe(new Set(tallies.map((t) => `${t.day}|${t.key.startsWith('["agent",') ? 'agents' : 'team'}`)).size);
  for (const row of rows) expect(Object.keys(row.counts).every((key) => key.startsWith('["agent",') === (row.scope === 'agents'))).toBe(true);
  const agg = await computeAggregates(db, { to: T0 });
  expect(agg.outcomes.shown + agg.outcomes.fixed).toBe(80);
  expect(agg.highEffortTickets).toHaveLength(2);
  // Written to as before: a new event counts in, once.
  await storeEvents(db, [toEventRow(toLoggedEvent(flagEvent({ at: T0 }), { agentLabel: 'cy', snippetsEnabled: true }))]);
  expect((await computeAggregates(db, { to: T0 })).outcomes.shown + (await computeAggregates(db, { to: T0 })).outcomes.fixed).toBe(81);
  await db.delete();
});
