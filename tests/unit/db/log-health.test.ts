/** The log's health: a write that fails for lack of space is told as such, once, and clears on the next write. */
import { expect, test } from 'vitest';
// First: fake-indexeddb must be in place before Dexie is loaded by the modules below.
import { openTestDb, storedCount, storedRows } from './open-test-db';
import { createLogReceiver } from '../../../lib/db/receiver';
import { createHealthRecorder, isQuotaError, LOG_HEALTH_KEY, parseHealth, type LogHealth } from '../../../lib/db/log-health';
import { flagEvent } from './events';

function memoryArea() {
  const writes: LogHealth[] = [];
  return { writes, get: async () => ({}), set: async (items: Record<string, unknown>) => void writes.push(items[LOG_HEALTH_KEY] as LogHealth) };
}

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

test('quota errors are recognised under their names, wrapped or not', () => {
  expect(isQuotaError(quota())).toBe(true);
  expect(isQuotaError({ name: 'AbortError', message: 'aborted', inner: quota() })).toBe(true);
  expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED', message: '' })).toBe(true);
  expect(isQuotaError(new Error('ConstraintError'))).toBe(false);
});

test('the receiver records "not saving: quota" when storage is full, and "saving" again once a write succeeds', async () => {
  const db = openTestDb();
  const area = memoryArea();
  let full = true;
  const realPut = db.eventChunks.bulkPut.bind(db.eventChunks);
  db.eventChunks.bulkPut = ((chunks: never) => (full ? Promise.reject(quota()) : realPut(chunks))) as typeof db.eventChunks.bulkPut;
  const receive = createLogReceiver({ db, getSettings: async () => ({ agentLabel: 'a', snippetsEnabled: true }), health: createHealthRecorder(() => area) });
  const message = { kind: 'agent-assist/log', events: [flagEvent()] };

  expect(await receive(message)).toMatchObject({ ok: false, retryable: true });
  expect(await receive(message)).toMatchObject({ ok: false, retryable: true });
  expect(area.writes).toHaveLength(1);
  expect(area.writes[0]).toMatchObject({ saving: false, problem: 'quota' });
  expect(area.writes[0]!.detail).toMatch(/QuotaExceededError/);

  full = false;
  expect(await receive(message)).toEqual({ ok: true, stored: 1 });
  expect(area.writes.at(-1)).toMatchObject({ saving: true });
  expect(await storedCount(db)).toBe(1);
  db.close();
});

test('nothing recorded reads as saving; a malformed value too', () => {
  expect(parseHealth(undefined).saving).toBe(true);
  expect(parseHealth({ saving: 'no' }).saving).toBe(true);
});
