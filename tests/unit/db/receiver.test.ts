import { openTestDb, storedCount, storedRows } from './open-test-db';
import { afterEach, expect, test } from 'vitest';
import { createLogReceiver, isLogMessage } from '../../../lib/db/receiver';
import type { AgentAssistDb } from '../../../lib/db/schema';
import { flagEvent, replySent } from './events';

let db: AgentAssistDb;
afterEach(() => db?.delete());

const receiverFor = (db: AgentAssistDb, agentLabel = 'ann', snippetsEnabled = true) =>
  createLogReceiver({ db, getSettings: async () => ({ agentLabel, snippetsEnabled }) });

test('stores valid events with the agent label from settings, and acks a resend with 0', async () => {
  db = openTestDb();
  const receive = receiverFor(db, 'bo');
  const message = { kind: 'agent-assist/log', events: [flagEvent(), replySent()] };
  expect(await receive(message)).toEqual({ ok: true, stored: 2 });
  expect(await receive(message)).toEqual({ ok: true, stored: 0 });
  expect((await storedRows(db)).map((e) => e.agent)).toEqual(['bo', 'bo']);
});

test('never throws on bad input: answers ok:false with what is wrong, and writes nothing', async () => {
  db = openTestDb();
  const receive = receiverFor(db);
  for (const bad of [undefined, null, 'x', { kind: 'agent-assist/log' }, { kind: 'agent-assist/log', events: [] }]) {
    expect(await receive(bad)).toMatchObject({ ok: false });
  }
  const ack = await receive({ kind: 'agent-assist/log', events: [flagEvent(), { ...replySent(), flagsPresent: -1 }] });
  expect(ack).toMatchObject({ ok: false, error: expect.stringContaining('flagsPresent') });
  expect(ack).not.toHaveProperty('retryable');
  expect(await storedCount(db)).toBe(0);
});

test('a failed write is answered as retryable', async () => {
  db = openTestDb();
  const receive = createLogReceiver({ db, getSettings: () => Promise.reject(new Error('storage gone')) });
  expect(await receive({ kind: 'agent-assist/log', events: [flagEvent()] })).toEqual({
    ok: false,
    error: 'Could not store the events: storage gone',
    retryable: true,
  });
});

test('other messages are left to other listeners', () => {
  expect(isLogMessage({ kind: 'agent-assist/log', events: [] })).toBe(true);
  expect(isLogMessage({ kind: 'agent-assist/analyze' })).toBe(false);
  expect(isLogMessage('agent-assist/log')).toBe(false);
});
