// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { analyzeThread, type Thread } from '../../../lib/effort';
import { effortThread } from '../../../lib/coach/ticket-view';
import {
  capThread,
  EFFORT_MESSAGE_KIND,
  EffortAnswerSchema,
  EffortRequestSchema,
  MAX_MESSAGE_CHARS,
  MAX_THREAD_CHARS,
  MAX_THREAD_MESSAGES,
  uncapReport,
} from '../../../lib/messages/effort-score';
import { ADAPTERS, readTicket } from '../../../lib/sites';
import { fixtureNames, loadFixture } from '../sites/fixture-pages';

/** Every helpdesk fixture's thread as the content script sends it. */
function fixtureThreads(): [string, Thread][] {
  return fixtureNames().flatMap((name) => {
    const { html, expected } = loadFixture(name);
    const adapter = ADAPTERS.find((a) => a.id === expected.adapter)!;
    const { ticket } = readTicket(adapter, new DOMParser().parseFromString(html, 'text/html'), expected.url);
    const thread = ticket && effortThread(ticket);
    return thread ? [[name, thread] as [string, Thread]] : [];
  });
}

/** What a message between extension parts does to a value (Chrome copies it as JSON). */
const overTheWire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const REPEAT = 'This is the third time I have contacted you about this, and I want to speak to a manager.';

describe('the "score this thread" request', () => {
  test.each(fixtureThreads())('%s: the thread is sent as it is, and its report is the one the page computed', (_name, thread) => {
    const { thread: sent, dropped } = capThread(thread);
    expect(dropped).toBe(0);
    const request = overTheWire({ kind: EFFORT_MESSAGE_KIND, thread: sent });
    const parsed = EffortRequestSchema.safeParse(request);
    expect(parsed.success).toBe(true);
    const report = analyzeThread(parsed.data!.thread);
    expect(report).toEqual(analyzeThread(thread));
    // The answer survives the wire and the content script's check unchanged.
    const answer = EffortAnswerSchema.safeParse(overTheWire({ ok: true, report }));
    expect(answer.success).toBe(true);
    expect(answer.data).toEqual({ ok: true, report });
  });

  test('only what the detector reads is sent', () => {
    const thread = { messages: [{ role: 'customer', text: 'hi', at: 5, author: 'Dana', internal: false, html: '<b>hi</b>' }], reopened: true } as unknown as Thread;
    expect(capThread(thread).thread).toEqual({ messages: [{ role: 'customer', text: 'hi', at: 5, author: 'Dana', internal: false }], reopened: true });
  });

  test('the worker refuses requests that are not a thread, or past the caps', () => {
    const ok = { kind: EFFORT_MESSAGE_KIND, thread: { messages: [{ role: 'customer', text: REPEAT }] } };
    expect(EffortRequestSchema.safeParse(ok).success).toBe(true);
    const bad = [
      { ...ok, kind: 'agent-assist/log' },
      { kind: EFFORT_MESSAGE_KIND },
      { kind: EFFORT_MESSAGE_KIND, thread: { messages: [{ role: 'bot', text: 'x' }] } },
      { kind: EFFORT_MESSAGE_KIND, thread: { messages: [{ role: 'customer', text: 42 }] } },
      { kind: EFFORT_MESSAGE_KIND, thread: { messages: [{ role: 'customer', text: 'x'.repeat(MAX_MESSAGE_CHARS + 1) }] } },
      { kind: EFFORT_MESSAGE_KIND, thread: { messages: Array.from({ length: MAX_THREAD_MESSAGES + 1 }, () => ({ role: 'agent', text: '' })) } },
      { kind: EFFORT_MESSAGE_KIND, thread: { messages: Array.from({ length: 11 }, () => ({ role: 'customer', text: 'x'.repeat(MAX_THREAD_CHARS / 10) })) } },
    ];
    for (const request of bad) expect(EffortRequestSchema.safeParse(request).success).toBe(false);
  });

  test('the content script refuses a malformed answer', () => {
    const report = analyzeThread({ messages: [{ role: 'customer', text: REPEAT }] });
    expect(EffortAnswerSchema.safeParse({ ok: true, report }).success).toBe(true);
    expect(EffortAnswerSchema.safeParse({ ok: false, error: 'no', retryable: true }).success).toBe(true);
    for (const answer of [
      undefined,
      { ok: true },
      { ok: true, report: { ...report, score: 101 } },
      { ok: true, report: { ...report, level: 'extreme' } },
      { ok: true, report: { ...report, signals: [{ ...report.signals[0], id: 'made-up' }] } },
    ]) {
      expect(EffortAnswerSchema.safeParse(answer).success).toBe(false);
    }
  });
});

describe('capThread: a huge thread fits the caps', () => {
  test('a text longer than MAX_MESSAGE_CHARS is cut, never inside a surrogate pair', () => {
    const long = `${'a'.repeat(MAX_MESSAGE_CHARS - 1)}😀 and more`;
    const { thread } = capThread({ messages: [{ role: 'customer', text: long }] });
    expect(thread.messages[0].text).toBe('a'.repeat(MAX_MESSAGE_CHARS - 1));
    expect(EffortRequestSchema.safeParse({ kind: EFFORT_MESSAGE_KIND, thread }).success).toBe(true);
  });

  test('past MAX_THREAD_CHARS the oldest messages go without their text, and still count in the thread\'s shape', () => {
    const chunk = 'x'.repeat(MAX_MESSAGE_CHARS);
    const messages = Array.from({ length: 14 }, (_, i) => ({ role: i % 2 ? ('agent' as const) : ('customer' as const), text: i === 13 ? REPEAT : chunk }));
    const { thread, dropped } = capThread({ messages });
    expect(dropped).toBe(0);
    expect(thread.messages).toHaveLength(14);
    const texts = thread.messages.map((m) => m.text.length);
    expect(texts.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(MAX_THREAD_CHARS);
    // Newest kept whole; once one does not fit, every older one is empty.
    expect(texts.slice(-10)).toEqual([...Array(9).fill(MAX_MESSAGE_CHARS), REPEAT.length]);
    expect(texts.slice(0, 4)).toEqual([0, 0, 0, 0]);
    expect(EffortRequestSchema.safeParse({ kind: EFFORT_MESSAGE_KIND, thread }).success).toBe(true);
    expect(analyzeThread(thread).structure).toEqual(analyzeThread({ messages }).structure);
  });

  test('past MAX_THREAD_MESSAGES the oldest are left out, and the signals point into the whole thread again', () => {
    const messages = Array.from({ length: MAX_THREAD_MESSAGES + 3 }, (_, i) => ({ role: i % 2 ? ('agent' as const) : ('customer' as const), text: i === MAX_THREAD_MESSAGES + 2 ? REPEAT : 'ok' }));
    const { thread, dropped } = capThread({ messages });
    expect(dropped).toBe(3);
    expect(thread.messages).toHaveLength(MAX_THREAD_MESSAGES);
    const report = uncapReport(analyzeThread(thread), dropped);
    expect(report.signals.length).toBeGreaterThan(0);
    for (const s of report.signals) expect(messages[s.message].text.slice(s.start, s.end)).toBe(s.match);
  });
});
