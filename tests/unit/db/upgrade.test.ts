import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { expect, test } from 'vitest';
import { toLoggedEvent } from '../../../lib/db/logged-event';
import { AgentAssistDb, SCHEMA_V1, SCHEMA_V2 } from '../../../lib/db/schema';
import { toEventRow } from '../../../lib/db/logged-event';
import { storeEvents } from '../../../lib/db/write';
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
  expect(db.verno).toBe(3);
  const rows = await db.events.toArray();
  expect(rows).toHaveLength(events.length);
  expect(rows.map(({ day: _d, ticketKey: _t, ...e }) => e).sort((a, b) => a.eventId.localeCompare(b.eventId))).toEqual(
    [...events].sort((a, b) => a.eventId.localeCompare(b.eventId)),
  );
  expect(rows.every((r) => /^\d{4}-\d\d-\d\d$/.test(r.day) && r.ticketKey === 'zendesk|4711')).toBe(true);
  // v2's indexes answer queries over the old rows, and the rollups count them.
  expect(await db.events.where('[agent+at]').between(['ann', 0], ['ann', Infinity]).count()).toBe(events.length);
  const agg = await computeAggregates(db, { to: T0 });
  expect(agg.outcomes.shown + agg.outcomes.fixed).toBe(500);
  expect(agg.replies).toEqual({ sent: 1, withFlags: 1 });
  expect(agg.highEffortTickets).toMatchObject([{ score: 91 }]);
  await db.delete();
});

test('a version 2 database opens in version 3 with its events and rollups as they were, the unread indexes gone, imports resumable', async () => {
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
  const [rows, tallies, tickets] = [await seeded.events.toArray(), await seeded.tallies.toArray(), await seeded.tickets.toArray()];
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
  expect(db.verno).toBe(3);
  expect(await db.events.count()).toBe(rows.length);
  expect(await db.tallies.toArray()).toEqual(tallies);
  expect(await db.tickets.toArray()).toEqual(tickets);
  const indexes = db.backendDB().transaction('events').objectStore('events').indexNames;
  expect([...indexes].sort()).toEqual(['[agent+at]', 'at']);
  const agg = await computeAggregates(db, { to: T0 });
  expect(agg.outcomes).toMatchObject({ shown: 150, applied: 150 });
  expect(agg.highEffortTickets).toMatchObject([{ score: 80 }]);
  await db.imports.put({ id: 'f', line: 10, events: 9, added: 9, at: T0 });
  expect(await db.imports.get('f')).toMatchObject({ line: 10 });
  await db.delete();
});
