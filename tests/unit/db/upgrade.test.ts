import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { expect, test } from 'vitest';
import { toLoggedEvent } from '../../../lib/db/logged-event';
import { AgentAssistDb, SCHEMA_V1 } from '../../../lib/db/schema';
import { computeAggregates } from '../../../lib/db/aggregates';
import { DAY_MS } from '../../../lib/db/days';
import { effort, flagEvent, replySent, T0 } from './events';

test('a database written by version 1 opens in version 2 with every event kept and counted', async () => {
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
  expect(db.verno).toBe(2);
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
