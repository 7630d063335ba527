import { describe, expect, test, vi } from 'vitest';
import type { browser } from 'wxt/browser';
import { createEffortResponder, listenForEffortRequests } from '../../../lib/background/effort-scorer';
import { analyzeThread } from '../../../lib/effort';
import { EFFORT_MESSAGE_KIND, type EffortAnswer } from '../../../lib/messages/effort-score';

const THREAD = {
  messages: [
    { role: 'customer' as const, text: 'This is the third time I have written about my refund.', at: '2026-01-05T09:00:00Z', author: 'Dana' },
    { role: 'agent' as const, text: 'Sorry, I will check.', at: '2026-01-07T09:00:00Z', author: 'Sam' },
    { role: 'agent' as const, text: 'Refund is stuck.', internal: true },
    { role: 'customer' as const, text: 'I want to speak to a manager. Still nothing after two weeks!', at: '2026-01-19T09:00:00Z', author: 'Dana' },
  ],
  reopened: true,
};

describe('the background worker answers "score this thread"', () => {
  test('with the report analyzeThread gives for the thread', () => {
    const respond = createEffortResponder(analyzeThread);
    const answer = respond({ kind: EFFORT_MESSAGE_KIND, thread: THREAD });
    expect(answer).toEqual({ ok: true, report: analyzeThread(THREAD) });
  });

  test('an invalid request is refused for good; a detector failure may be asked again', () => {
    const respond = createEffortResponder(analyzeThread);
    const refused = respond({ kind: EFFORT_MESSAGE_KIND, thread: { messages: [{ role: 'bot', text: 'x' }] } });
    expect(refused).toMatchObject({ ok: false });
    expect((refused as { retryable?: boolean }).retryable).toBeUndefined();
    expect((refused as { error: string }).error).toMatch(/^Invalid effort request/);
    const failing = createEffortResponder(() => {
      throw new Error('out of memory');
    });
    expect(failing({ kind: EFFORT_MESSAGE_KIND, thread: THREAD })).toEqual({ ok: false, error: 'Could not score the thread: out of memory', retryable: true });
  });

  test('the listener answers effort requests and lets every other message pass', () => {
    let listener: ((message: unknown, sender: unknown, sendResponse: (a: EffortAnswer) => void) => unknown) | undefined;
    const runtime = { onMessage: { addListener: (l: typeof listener) => (listener = l) } } as unknown as typeof browser.runtime;
    const respond = vi.fn(createEffortResponder(analyzeThread));
    listenForEffortRequests(runtime, respond);
    const sendResponse = vi.fn();
    expect(listener!({ kind: 'agent-assist/log', events: [] }, {}, sendResponse)).toBeUndefined();
    expect(listener!('hello', {}, sendResponse)).toBeUndefined();
    expect(sendResponse).not.toHaveBeenCalled();
    expect(respond).not.toHaveBeenCalled();
    listener!({ kind: EFFORT_MESSAGE_KIND, thread: THREAD }, {}, sendResponse);
    expect(sendResponse).toHaveBeenCalledOnce();
    expect(sendResponse.mock.calls[0][0]).toEqual({ ok: true, report: analyzeThread(THREAD) });
  });
});
