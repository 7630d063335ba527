import { openTestDb } from './open-test-db';
import { afterEach, expect, test } from 'vitest';
import { dayOf } from '../../../lib/db/days';
import { toEventRow, toLoggedEvent } from '../../../lib/db/logged-event';
import { readPeriodTallies } from '../../../lib/db/period-tallies';
import type { AgentAssistDb } from '../../../lib/db/schema';
import { storeEvents } from '../../../lib/db/write';
import { effort, flagEvent, T0 } from './events';

let db: AgentAssistDb;
afterEach(() => db?.delete());

const store = (n: number) =>
  storeEvents(db, Array.from({ length: n }, () => toEventRow(toLoggedEvent(flagEvent({ at: T0 }), { agentLabel: 'a', snippetsEnabled: true }))));
const shown = async () => (await readPeriodTallies(db, dayOf(T0), dayOf(T0))).find((r) => r.key.startsWith('["flag"'))?.n;

test('readers of the same days share one read, and a write is seen by the next read', async () => {
  db = openTestDb();
  await store(2);
  const [a, b] = [readPeriodTallies(db, dayOf(T0), dayOf(T0)), readPeriodTallies(db, dayOf(T0), dayOf(T0))];
  expect(a).toBe(b);
  expect(await shown()).toBe(2);
  await store(3);
  expect(await shown()).toBe(5);
});

test('without the agents: every tally of the days but the per-agent ones', async () => {
  db = openTestDb();
  await storeEvents(db, [
    toEventRow(toLoggedEvent(flagEvent({ at: T0 - 86_400_000 }), { agentLabel: 'a', snippetsEnabled: true })),
    toEventRow(toLoggedEvent(flagEvent({ at: T0 }), { agentLabel: 'b', snippetsEnabled: true })),
    toEventRow(toLoggedEvent(effort({ at: T0 }), { agentLabel: 'b', snippetsEnabled: true })),
  ]);
  const [from, to] = [dayOf(T0 - 86_400_000), dayOf(T0)];
  const all = await readPeriodTallies(db, from, to);
  const withoutAgents = await readPeriodTallies(db, from, to, { agents: false });
  expect(all.some((r) => r.key.startsWith('["agent",'))).toBe(true);
  expect(withoutAgents).toEqual(all.filter((r) => !r.key.startsWith('["agent",')));
  expect(withoutAgents.map((r) => r.key)).toEqual(expect.arrayContaining(['["latest-effort","high"]', '["latest-effort-score"]', '["effort","high"]']));
});
