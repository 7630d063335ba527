import { afterEach, describe, expect, test, vi } from 'vitest';
import { createEffortResponder } from '../../../lib/background/effort-scorer';
import { createEffortClient, EffortUnavailable } from '../../../lib/coach/effort-client';
import { analyzeThread, type Thread } from '../../../lib/effort';
import { MAX_THREAD_MESSAGES, type EffortRequest } from '../../../lib/messages/effort-score';

const THREAD: Thread = {
  messages: [
    { role: 'customer', text: 'This is the third time I have written about my refund.', author: 'Dana', at: '2026-01-05T09:00:00Z' },
    { role: 'agent', text: 'Sorry, I will check.', author: 'Sam', at: '2026-01-06T09:00:00Z' },
    { role: 'customer', text: 'I want to speak to a manager.', author: 'Dana', at: '2026-01-09T09:00:00Z' },
  ],
};

/** The worker as the browser delivers to it: the request and the answer copied as JSON. */
const worker = createEffortResponder(analyzeThread);
const wire = async (message: EffortRequest) => JSON.parse(JSON.stringify(worker(JSON.parse(JSON.stringify(message))))) as unknown;

afterEach(() => vi.useRealTimers());

describe('the content script asks the worker for the effort', () => {
  test('and gets the report analyzeThread gives for the thread', async () => {
    const client = createEffortClient({ send: wire });
    expect(await client.score(THREAD)).toEqual(analyzeThread(THREAD));
  });

  test('the same thread again asks nothing; another thread asks', async () => {
    const send = vi.fn(wire);
    const client = createEffortClient({ send });
    await client.score(THREAD);
    await client.score(structuredClone(THREAD));
    expect(send).toHaveBeenCalledTimes(1);
    await client.score({ messages: THREAD.messages.slice(0, 1) });
    expect(send).toHaveBeenCalledTimes(2);
  });

  test('a failed send (the worker stopped mid-message) is asked again once', async () => {
    const send = vi.fn(wire).mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    const client = createEffortClient({ send, retryDelayMs: 0 });
    expect(await client.score(THREAD)).toEqual(analyzeThread(THREAD));
    expect(send).toHaveBeenCalledTimes(2);
  });

  test('a missing answer (no listener answered) is asked again once', async () => {
    const send = vi.fn(wire).mockResolvedValueOnce(undefined);
    const client = createEffortClient({ send, retryDelayMs: 0 });
    expect(await client.score(THREAD)).toEqual(analyzeThread(THREAD));
    expect(send).toHaveBeenCalledTimes(2);
  });

  test('a malformed answer counts as no answer', async () => {
    const send = vi.fn(wire).mockResolvedValueOnce({ ok: true, report: { score: 'high' } });
    const client = createEffortClient({ send, retryDelayMs: 0 });
    expect(await client.score(THREAD)).toEqual(analyzeThread(THREAD));
    expect(send).toHaveBeenCalledTimes(2);
  });

  test('two failures make the score unavailable; the next reading of the thread asks again', async () => {
    const send = vi.fn(wire).mockRejectedValueOnce(new Error('gone')).mockResolvedValueOnce(undefined);
    const client = createEffortClient({ send, retryDelayMs: 0 });
    const failed = client.score(THREAD);
    await expect(failed).rejects.toBeInstanceOf(EffortUnavailable);
    await expect(failed).rejects.toThrow(/unavailable: no receiver answered/);
    expect(send).toHaveBeenCalledTimes(2);
    expect(await client.score(THREAD)).toEqual(analyzeThread(THREAD));
    expect(send).toHaveBeenCalledTimes(3);
  });

  test('a worker that never answers (paused) times out, is asked again, then the score is unavailable', async () => {
    vi.useFakeTimers();
    const send = vi.fn(() => new Promise<unknown>(() => {}));
    const client = createEffortClient({ send, timeoutMs: 1000, retryDelayMs: 100 });
    const result = client.score(THREAD).then(
      () => 'scored',
      (e: unknown) => e,
    );
    await vi.advanceTimersByTimeAsync(1000);
    expect(send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(send).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1000);
    const error = await result;
    expect(error).toBeInstanceOf(EffortUnavailable);
    expect((error as Error).message).toMatch(/no answer within 1000 ms/);
  });

  test('a send that throws at once does not throw into the caller', async () => {
    const send = vi.fn(() => {
      throw new Error('Extension context invalidated.');
    });
    const client = createEffortClient({ send, retryDelayMs: 0 });
    await expect(client.score(THREAD)).rejects.toBeInstanceOf(EffortUnavailable);
    expect(send).toHaveBeenCalledTimes(2);
  });

  test('a refused request is not asked again', async () => {
    const send = vi.fn(async () => ({ ok: false, error: 'Invalid effort request' }));
    const client = createEffortClient({ send, retryDelayMs: 0 });
    await expect(client.score(THREAD)).rejects.toThrow(/Invalid effort request/);
    expect(send).toHaveBeenCalledTimes(1);
  });

  test('a retryable refusal is asked again once', async () => {
    const send = vi.fn(wire).mockResolvedValueOnce({ ok: false, error: 'busy', retryable: true });
    const client = createEffortClient({ send, retryDelayMs: 0 });
    expect(await client.score(THREAD)).toEqual(analyzeThread(THREAD));
    expect(send).toHaveBeenCalledTimes(2);
  });

  test('a thread past the caps is sent capped, and its signals point into the whole thread', async () => {
    const messages = Array.from({ length: MAX_THREAD_MESSAGES + 2 }, (_, i) => ({
      role: i % 2 ? ('agent' as const) : ('customer' as const),
      text: i === MAX_THREAD_MESSAGES ? THREAD.messages[0].text : 'ok',
    }));
    const sent: EffortRequest[] = [];
    const client = createEffortClient({ send: (m) => (sent.push(m), wire(m)) });
    const report = await client.score({ messages });
    expect(sent[0].thread.messages).toHaveLength(MAX_THREAD_MESSAGES);
    const found = report.signals.find((s) => s.id === 'repeat-contact')!;
    expect(found.message).toBe(MAX_THREAD_MESSAGES);
    expect(messages[found.message].text.slice(found.start, found.end)).toBe(found.match);
  });
});
