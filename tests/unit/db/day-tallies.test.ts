import { afterEach, expect, test } from 'vitest';
import { addToDayTallies, flattenDayTallies, scopeOf } from '../../../lib/db/day-tallies';
import type { AgentAssistDb } from '../../../lib/db/schema';
import { openTestDb, storedTallies } from './open-test-db';

let db: AgentAssistDb;
afterEach(() => db?.delete());

const add = (changes: { day: string; key: string; n: number }[]) => db.transaction('rw', db.dayTallies, () => addToDayTallies(db.dayTallies, changes));
const FLAG = '["flag","customer-blame","r","shown"]';
const AGENT = '["agent","ann","flag-shown"]';

test("counters are added per day, the agents' in a row of their own; a counter at 0 goes, and a row left empty", async () => {
  db = openTestDb();
  await add([
    { day: '2026-12-01', key: FLAG, n: 2 },
    { day: '2026-12-01', key: AGENT, n: 2 },
    { day: '2026-12-02', key: FLAG, n: 1 },
  ]);
  expect((await db.dayTallies.toArray()).map((r) => [r.day, r.scope])).toEqual([
    ['2026-12-01', 'agents'],
    ['2026-12-01', 'team'],
    ['2026-12-02', 'team'],
  ]);
  await add([
    { day: '2026-12-01', key: FLAG, n: 3 },
    { day: '2026-12-01', key: AGENT, n: -2 },
    { day: '2026-12-02', key: FLAG, n: -1 },
  ]);
  expect(await db.dayTallies.toArray()).toEqual([{ day: '2026-12-01', scope: 'team', counts: { [FLAG]: 5 } }]);
  expect(await storedTallies(db)).toEqual([{ day: '2026-12-01', key: FLAG, n: 5 }]);
});

test('scopes and flattening', () => {
  expect([scopeOf(AGENT), scopeOf(FLAG), scopeOf('["agents"]')]).toEqual(['agents', 'team', 'team']);
  expect(flattenDayTallies([undefined, { day: 'd', scope: 'team', counts: { a: 1, b: 2 } }])).toEqual([
    { day: 'd', key: 'a', n: 1 },
    { day: 'd', key: 'b', n: 2 },
  ]);
});
