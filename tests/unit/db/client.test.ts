import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createLogClient, type Outbox } from '../../../lib/db/client';
import type { LogEvent, LogMessage } from '../../../lib/messages/log-events';
import { flagEvent, replySent } from './events';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A worker that fails the first `failures` sends the way a stopped worker does, then stores. */
function flakyWorker(failures: number) {
  const stored = new Map<string, LogEvent>();
  const sends: number[] = [];
  const send = vi.fn(async (message: LogMessage) => {
    sends.push(Date.now());
    if (sends.length <= failures) throw new Error('Could not establish connection. Receiving end does not exist.');
    for (const e of message.events) stored.set(e.eventId, e);
    return { ok: true, stored: message.events.length };
  });
  return { send, stored, sends };
}

function memoryOutbox(initial: LogEvent[] = []): Outbox & { entries: Map<string, LogEvent> } {
  const entries = new Map(initial.map((e) => [e.eventId, e]));
  return {
    entries,
    load: async () => [...entries.values()],
    save: async (events) => void events.forEach((e) => entries.set(e.eventId, e)),
    remove: async (ids) => void ids.forEach((id) => entries.delete(id)),
  };
}

test('batches events logged close together into one message', async () => {
  const worker = flakyWorker(0);
  const client = createLogClient({ send: worker.send, batchDelayMs: 100 });
  client.logEvents(flagEvent());
  client.logEvents(flagEvent(), replySent());
  await vi.advanceTimersByTimeAsync(100);
  expect(worker.send).toHaveBeenCalledTimes(1);
  expect(worker.send.mock.calls[0][0]).toMatchObject({ kind: 'agent-assist/log', events: { length: 3 } });
  expect(client.stats()).toMatchObject({ pending: 0, acked: 3, sends: 1, failedSends: 0 });
});

test('retries with growing pauses until the worker acks, then forgets the events', async () => {
  vi.spyOn(Math, 'random').mockReturnValue(0.5); // no jitter
  const worker = flakyWorker(4);
  const outbox = memoryOutbox();
  const client = createLogClient({ send: worker.send, outbox, batchDelayMs: 0, retryDelayMs: 100, maxRetryDelayMs: 500 });
  const events = [flagEvent(), flagEvent()];
  client.logEvents(...events);
  await vi.advanceTimersByTimeAsync(0);
  expect(outbox.entries.size).toBe(2);
  await vi.advanceTimersByTimeAsync(5000);
  const pauses = worker.sends.slice(1).map((t, i) => t - worker.sends[i]);
  expect(pauses).toEqual([100, 200, 400, 500]);
  expect(client.stats()).toMatchObject({ pending: 0, acked: 2, sends: 5, failedSends: 4, lastError: expect.stringContaining('Receiving end') });
  expect([...worker.stored.keys()]).toEqual(events.map((e) => e.eventId));
  expect(outbox.entries.size).toBe(0);
});

test('a worker that never answers counts as a failure after the timeout', async () => {
  let calls = 0;
  const send = vi.fn(() => (++calls === 1 ? new Promise(() => {}) : Promise.resolve({ ok: true, stored: 1 })));
  const client = createLogClient({ send, batchDelayMs: 0, ackTimeoutMs: 1000, retryDelayMs: 10 });
  client.logEvents(flagEvent());
  await vi.advanceTimersByTimeAsync(1100);
  expect(client.stats()).toMatchObject({ acked: 1, failedSends: 1, lastError: 'no answer within 1000 ms' });
});

test('no answer at all (no listener) and retryable refusals are retried; a final refusal is not', async () => {
  const answers: unknown[] = [undefined, { ok: false, error: 'db busy', retryable: true }, { ok: false, error: 'Invalid log message' }];
  const send = vi.fn(async () => answers.shift());
  const client = createLogClient({ send, batchDelayMs: 0, retryDelayMs: 10 });
  client.logEvents(flagEvent());
  await vi.advanceTimersByTimeAsync(1000);
  expect(send).toHaveBeenCalledTimes(3);
  expect(client.stats()).toMatchObject({ pending: 0, acked: 0, refused: 1, failedSends: 2 });
});

test('invalid events are dropped at once; flag contexts are cut to the snippet window before queuing', async () => {
  const worker = flakyWorker(0);
  const client = createLogClient({ send: worker.send, batchDelayMs: 0 });
  const long = flagEvent({ context: { text: `${'blah '.repeat(500)}sorry nothing I can do${' blah'.repeat(500)}`, start: 2500, end: 2522 } });
  client.logEvents({ ...replySent(), flagsPresent: -1 }, long);
  await vi.advanceTimersByTimeAsync(0);
  expect(client.stats()).toMatchObject({ refused: 1, acked: 1 });
  const sent = worker.stored.get(long.eventId);
  expect(sent?.type === 'flag' && sent.context?.text).toBe('blah '.repeat(7) + 'sorry nothing I can do' + ' blah'.repeat(7));
});

test('personal data is masked before an event reaches the outbox or the worker', async () => {
  const worker = flakyWorker(1);
  const outbox = memoryOutbox();
  const client = createLogClient({ send: worker.send, outbox, batchDelayMs: 0 });
  const text = 'I called (212) 555-0199 and ann@example.com, card 4111 1111 1111 1111, IBAN DE89370400440532013000, SSN 078-05-1120: sorry, nothing I can do.';
  const start = text.indexOf('nothing I can do');
  const event = flagEvent({ context: { text, start, end: start + 16 }, ticket: { helpdesk: 'zendesk', id: '1', url: 'https://x', subject: 'Refund for ann@example.com' } });
  client.logEvents(event);
  const secrets = ['555-0199', 'ann@example.com', '4111', 'DE89370400440532013000', '078-05-1120'];
  const stored = JSON.stringify([...outbox.entries.values()]);
  for (const s of secrets) expect(stored).not.toContain(s);
  expect(stored).toContain('nothing I can do');
  await vi.advanceTimersByTimeAsync(1000);
  await client.idle();
  const sent = worker.stored.get(event.eventId);
  expect(sent?.type === 'flag' && sent.context && sent.context.text.slice(sent.context.start, sent.context.end)).toBe('nothing I can do');
  for (const s of secrets) expect(JSON.stringify(sent)).not.toContain(s);
});

test('events a previous page left in the outbox are sent by the next one', async () => {
  const worker = flakyWorker(0);
  const left = [flagEvent(), replySent()];
  const outbox = memoryOutbox(left);
  const client = createLogClient({ send: worker.send, outbox, batchDelayMs: 50 });
  await client.ready;
  await vi.advanceTimersByTimeAsync(50);
  await client.idle();
  expect(client.stats()).toMatchObject({ pending: 0, acked: 2 });
  expect([...worker.stored.keys()]).toEqual(left.map((e) => e.eventId));
  expect(outbox.entries.size).toBe(0);
});

test('more than one batch: sends them one after the other', async () => {
  const worker = flakyWorker(0);
  const client = createLogClient({ send: worker.send, batchDelayMs: 10, maxBatch: 50 });
  client.logEvents(...Array.from({ length: 120 }, () => flagEvent()));
  await vi.advanceTimersByTimeAsync(10);
  expect(worker.send.mock.calls.map(([m]) => m.events.length)).toEqual([50, 50, 20]);
  expect(worker.stored.size).toBe(120);
});
