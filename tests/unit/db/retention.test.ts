import { openTestDb, storedCount, storedRows } from './open-test-db';
import { afterEach, expect, test } from 'vitest';
import { DAY_MS } from '../../../lib/db/days';
import { toEventRow, toLoggedEvent } from '../../../lib/db/logged-event';
import { createRetention } from '../../../lib/db/retention';
import type { AgentAssistDb } from '../../../lib/db/schema';
import { deleteEventsBefore, storeEvents } from '../../../lib/db/write';
import { effort, flagEvent, T0 } from './events';

let db: AgentAssistDb;
afterEach(() => db?.delete());

test('runs at start-up, then on a write only once a day has passed, with the current setting', async () => {
  db = openTestDb();
  let now = T0;
  let days = 90;
  const retention = createRetention(db, async () => days, () => now);
  const store = (ageDays: number) =>
    storeEvents(db, [toEventRow(toLoggedEvent(flagEvent({ at: now - ageDays * DAY_MS }), { agentLabel: 'a', snippetsEnabled: true }))]);

  await store(100);
  await store(10);
  expect(await retention.run()).toBe(1); // start-up
  expect(await storedCount(db)).toBe(1);

  days = 5; // the lead shortens retention; the settings watcher calls run()
  now += DAY_MS / 2;
  retention.runIfDue(); // not due: half a day since the last run
  await new Promise((r) => setTimeout(r, 50));
  expect(await storedCount(db)).toBe(1);
  expect(await retention.run()).toBe(1);

  await store(6);
  now += DAY_MS;
  retention.runIfDue();
  await expect.poll(() => storedCount(db)).toBe(0);
});

test('after retention (a mid-day cut-off), the rollups equal a recount of the events kept', async () => {
  db = openTestDb();
  const rows = Array.from({ length: 600 }, (_, i) =>
    toEventRow(
      toLoggedEvent(i % 5 ? flagEvent({ at: T0 - (i % 20) * DAY_MS - (i % 7) * 3_600_000, state: i % 2 ? 'shown' : 'fixed' }) : effort({ at: T0 - (i % 20) * DAY_MS, score: 90 }), {
        agentLabel: `agent-${i % 3}`,
        snippetsEnabled: true,
      }),
    ),
  );
  await storeEvents(db, rows);
  const cutoff = T0 - 9.5 * DAY_MS; // mid-day: whole days before it, part of its own day
  const kept = rows.filter((r) => r.at >= cutoff);
  expect(await deleteEventsBefore(db, cutoff)).toBe(rows.length - kept.length);
  expect((await storedRows(db)).map((r) => r.eventId).sort()).toEqual(kept.map((r) => r.eventId).sort());

  const recount = openTestDb();
  await storeEvents(recount, kept);
  expect(await db.dayTallies.toArray()).toEqual(await recount.dayTallies.toArray());
  expect((await db.tickets.toArray()).every((t) => t.effortAt >= cutoff)).toBe(true);
  await recount.delete();
});

test('a ticket whose latest report goes with a mid-day cut-off is counted out of its day, which stays', async () => {
  db = openTestDb();
  const ticket = (id: string) => ({ helpdesk: 'zendesk', id, url: `https://acme.zendesk.com/agent/tickets/${id}` });
  const cutoff = T0 + 2 * 3_600_000; // noon of T0's day
  const rows = [
    effort({ ticket: ticket('before-cutoff'), at: T0 - 3_600_000, score: 90, level: 'high' }), // same day, before the cut-off
    effort({ ticket: ticket('after-cutoff'), at: T0 + 5 * 3_600_000, score: 30, level: 'low' }),
    effort({ ticket: ticket('days-before'), at: T0 - 3 * DAY_MS, score: 60, level: 'medium' }),
    flagEvent({ at: T0 + 3_600_000 }),
  ].map((e) => toEventRow(toLoggedEvent(e, { agentLabel: 'a', snippetsEnabled: true })));
  await storeEvents(db, rows);
  await deleteEventsBefore(db, cutoff);
  const recount = openTestDb();
  await storeEvents(recount, rows.filter((r) => r.at >= cutoff));
  expect(await db.dayTallies.toArray()).toEqual(await recount.dayTallies.toArray());
  expect((await db.tickets.toArray()).map((t) => t.ticket.id)).toEqual(['after-cutoff']);
  await recount.delete();
});
