/**
 * An import holds its effort reports over several batches and writes them to the tickets together
 * (lib/db/pending-ticket-reports.ts): whether it runs through, is cancelled or is stopped and resumed, the
 * tickets and their tallies end exactly as if every event had been logged live, one batch at a time.
 */
import { afterEach, expect, test } from 'vitest';
import { openTestDb, storedRows, storedTallies } from './open-test-db';
import { effort, flagEvent, T0 } from './events';
import { toEventRow, toLoggedEvent, type LoggedEvent } from '../../../lib/db/logged-event';
import type { AgentAssistDb } from '../../../lib/db/schema';
import { importLog } from '../../../lib/db/transfer';
import { storeEvents } from '../../../lib/db/write';

const dbs: AgentAssistDb[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});
const open = () => {
  const db = openTestDb();
  dbs.push(db);
  return db;
};

const LEVELS = ['low', 'medium', 'high'] as const;

/**
 * 600 events, a third of them effort reports on 90 tickets (half of them only in the file's first half), some
 * reports older than one before them in the file.
 */
function teamEvents(): LoggedEvent[] {
  return Array.from({ length: 600 }, (_, i) => {
    const at = T0 - 600_000 + i * 1000 + (i % 7 === 0 ? -50_000 : 0);
    const id = String(i < 300 ? i % 90 : 45 + (i % 45));
    const ticket = { helpdesk: 'zendesk', id, url: `https://x.zendesk.com/agent/tickets/${id}` };
    const event = i % 3 === 0 ? effort({ at, ticket, score: (i * 37) % 100, level: LEVELS[i % 3 === 0 ? (i / 3) % 3 : 0] }) : flagEvent({ at, ticket });
    return toLoggedEvent(event, { agentLabel: 'bo', snippetsEnabled: true });
  });
}

const fileOf = (events: LoggedEvent[]) =>
  new Blob([[JSON.stringify({ format: 'agent-assist-log', version: 1, agent: 'bo', exportedAt: T0, events: events.length }), ...events.map((e) => JSON.stringify(e))].join('\n')]);

/** The rollups as live logging leaves them: the same events stored 50 at a time, each batch writing its reports. */
async function loggedLive(events: LoggedEvent[]) {
  const db = open();
  for (let i = 0; i < events.length; i += 50) await storeEvents(db, events.slice(i, i + 50).map(toEventRow));
  return rollups(db);
}

async function rollups(db: AgentAssistDb) {
  const byKey = (a: { ticketKey: string }, b: { ticketKey: string }) => a.ticketKey.localeCompare(b.ticketKey);
  return { tickets: (await db.tickets.toArray()).sort(byKey), tallies: (await storedTallies(db)).filter((t) => t.n !== 0) };
}

const small = { batchSize: 100, maxPendingTickets: 30 };

test('an import that runs through leaves the tickets as live logging does, writing its reports every 30 tickets and at the end', async () => {
  const events = teamEvents();
  const db = open();
  const writes: number[] = [];
  db.tickets.hook('creating', () => void writes.push(1));
  db.tickets.hook('updating', () => void writes.push(1));
  expect(await importLog(db, fileOf(events), small)).toMatchObject({ added: 600, resumed: false });
  expect(await rollups(db)).toEqual(await loggedLive(events));
  // 200 reports on 90 tickets: fewer ticket writes than reports.
  expect(writes.length).toBeLessThan(200);
  expect(await db.imports.count()).toBe(0);
});

test('an import stopped without warning (the worker killed) leaves reports unwritten, and importing the file again writes them', async () => {
  const events = teamEvents();
  const file = fileOf(events);
  const db = open();
  let batches = 0;
  const stopped = await importLog(db, file, {
    ...small,
    maxPendingTickets: 1000,
    onProgress: ({ phase }) => {
      // After the third batch is stored, the worker dies: nothing more runs, not even a flush.
      if (phase === 'writing' && ++batches === 3) throw new Error('worker stopped');
    },
  }).catch((e: unknown) => e);
  expect((stopped as Error).message).toBe('worker stopped');
  const [checkpoint] = await db.imports.toArray();
  expect(checkpoint).toMatchObject({ line: 301, events: 300, ticketsLine: 0 });
  expect(await db.tickets.count()).toBe(0);

  expect(await importLog(db, file, small)).toMatchObject({ added: 600, alreadyPresent: 0, resumed: true });
  expect(await rollups(db)).toEqual(await loggedLive(events));
  expect(await db.imports.count()).toBe(0);
});

test('a cancelled import writes the reports of what it stored, so the tickets match the events without a resume', async () => {
  const events = teamEvents();
  const db = open();
  const stop = new AbortController();
  const err = await importLog(db, fileOf(events), {
    ...small,
    maxPendingTickets: 1000,
    signal: stop.signal,
    onProgress: ({ phase, done }) => {
      if (phase === 'writing' && done >= 200) stop.abort();
    },
  }).catch((e: unknown) => e);
  expect((err as Error).name).toBe('AbortError');
  const stored = await storedRows(db);
  expect(stored).toHaveLength(200);
  expect(await rollups(db)).toEqual(await loggedLive(events.filter((e) => stored.some((r) => r.eventId === e.eventId))));
  expect(await db.imports.toArray()).toMatchObject([{ line: 201, ticketsLine: 201 }]);
});
