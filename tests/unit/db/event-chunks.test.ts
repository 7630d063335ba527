import 'fake-indexeddb/auto';
import { afterEach, expect, test } from 'vitest';
import { BUCKET_MS, MAX_CHUNK_EVENTS, bucketOf, compareEvents } from '../../../lib/db/event-chunks';
import { eventsInOrder } from '../../../lib/db/events-in-order';
import { toEventRow, toLoggedEvent, type EventRow } from '../../../lib/db/logged-event';
import type { AgentAssistDb } from '../../../lib/db/schema';
import { storeEvents } from '../../../lib/db/write';
import { flagEvent, T0 } from './events';
import { openTestDb, storedRows } from './open-test-db';

let db: AgentAssistDb;
afterEach(async () => db?.delete());

const row = (agent: string, at: number, eventId: string): EventRow => toEventRow(toLoggedEvent(flagEvent({ at, eventId }), { agentLabel: agent, snippetsEnabled: false }));
const start = bucketOf(T0) * BUCKET_MS;

test("one agent's events of one bucket share a chunk; a busy bucket is split in order; nothing is stored twice", async () => {
  db = openTestDb();
  const busy = Array.from({ length: MAX_CHUNK_EVENTS + 10 }, (_, i) => row('ann', start + (i % 97) * 1000, `busy-${i}`));
  const other = [row('bo', start + 5, 'bo-1'), row('ann', start + BUCKET_MS, 'next-bucket')];
  expect(await storeEvents(db, [...busy, ...other])).toBe(busy.length + 2);
  const chunks = await db.eventChunks.toArray();
  expect(chunks.map((c) => [c.bucket - bucketOf(T0), c.agent, c.seq, c.events.length])).toEqual([
    [0, 'ann', 0, MAX_CHUNK_EVENTS],
    [0, 'ann', 1, 10],
    [0, 'bo', 0, 1],
    [1, 'ann', 0, 1],
  ]);
  const annFirst = [...chunks[0].events, ...chunks[1].events];
  expect(annFirst).toEqual([...busy].sort(compareEvents));
  // The same events again, and again in another batch shape: nothing new.
  expect(await storeEvents(db, busy.slice(0, 300))).toBe(0);
  expect(await storeEvents(db, [...other, ...busy.slice(900)])).toBe(0);
  expect(await storedRows(db)).toHaveLength(busy.length + 2);
});

test('a live event joining a stored chunk is merged into it in time order, and counted once', async () => {
  db = openTestDb();
  await storeEvents(db, [row('ann', start + 100, 'a'), row('ann', start + 300, 'c')]);
  expect(await storeEvents(db, [row('ann', start + 200, 'b'), row('ann', start + 300, 'c')])).toBe(1);
  const chunks = await db.eventChunks.toArray();
  expect(chunks).toHaveLength(1);
  expect(chunks[0].events.map((e) => e.eventId)).toEqual(['a', 'b', 'c']);
});

test('buckets are read in time order both ways, for everyone or one agent, across reads of many chunks', async () => {
  db = openTestDb();
  // 250 agents in one bucket (more chunks than one read takes: 50), then sparse buckets of a few agents.
  const crowded = Array.from({ length: 250 }, (_, i) => row(`agent-${String(i).padStart(3, '0')}`, start + ((i * 7919) % 5000), `crowd-${i}`));
  const sparse = Array.from({ length: 400 }, (_, i) => row(`agent-00${i % 3}`, start + (1 + i * 3) * BUCKET_MS + i, `sparse-${i}`));
  await storeEvents(db, [...crowded, ...sparse]);
  const all = [...crowded, ...sparse].sort(compareEvents);
  const read = async (agent: string | undefined, dir: 'asc' | 'desc', span = { from: -Infinity, to: Infinity }) => {
    const out: EventRow[] = [];
    for await (const bucket of eventsInOrder(db, span, agent, dir)) out.push(...bucket);
    return out.map((e) => e.eventId);
  };
  expect(await read(undefined, 'asc')).toEqual(all.map((e) => e.eventId));
  expect(await read(undefined, 'desc')).toEqual(all.map((e) => e.eventId).reverse());
  const agent1 = all.filter((e) => e.agent === 'agent-001').map((e) => e.eventId);
  expect(await read('agent-001', 'asc')).toEqual(agent1);
  expect(await read('agent-001', 'desc')).toEqual([...agent1].reverse());
  // A span cuts inside buckets: both ends included.
  const span = { from: all[100].at, to: all[500].at };
  expect(await read(undefined, 'asc', span)).toEqual(all.filter((e) => e.at >= span.from && e.at <= span.to).map((e) => e.eventId));
});
