import { openTestDb } from './open-test-db';
import { afterEach, expect, test } from 'vitest';
import { DAY_MS } from '../../../lib/db/days';
import { toEventRow, toLoggedEvent } from '../../../lib/db/logged-event';
import { createRetention } from '../../../lib/db/retention';
import type { AgentAssistDb } from '../../../lib/db/schema';
import { storeEvents } from '../../../lib/db/write';
import { flagEvent, T0 } from './events';

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
  expect(await db.events.count()).toBe(1);

  days = 5; // the lead shortens retention; the settings watcher calls run()
  now += DAY_MS / 2;
  retention.runIfDue(); // not due: half a day since the last run
  await new Promise((r) => setTimeout(r, 50));
  expect(await db.events.count()).toBe(1);
  expect(await retention.run()).toBe(1);

  await store(6);
  now += DAY_MS;
  retention.runIfDue();
  await expect.poll(() => db.events.count()).toBe(0);
});
