// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ADAPTERS, watchTicket, type TicketReading } from '../../../lib/sites';
import { fixtureNames, loadFixture } from './fixture-pages';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const OPTIONS = { throttleMs: 10, pollMs: 15 };
const SETTLE = 80;

/** Puts a fixture page in the live document at its real URL and runs its inline script (window.switchTicket). */
function mount(name: string) {
  const { html, expected } = loadFixture(name);
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(expected.url);
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const inline = Array.from(parsed.querySelectorAll('script:not([src])')).map((s) => s.textContent ?? '').join('\n');
  for (const script of Array.from(parsed.querySelectorAll('script'))) script.remove();
  document.title = parsed.title;
  document.body.innerHTML = parsed.body.innerHTML;
  new Function(inline)();
  return { expected, adapter: ADAPTERS.find((a) => a.id === expected.adapter)! };
}

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stop = undefined;
  vi.restoreAllMocks();
});

const spa = fixtureNames().filter((n) => loadFixture(n).expected.switch);

describe.each(spa)('watchTicket on %s', (name) => {
  test('reads once, ignores unrelated mutations, and re-reads the active ticket on a switch', async () => {
    const { expected, adapter } = mount(name);
    const reads = vi.spyOn(adapter, 'read');
    const readings: TicketReading[] = [];
    stop = watchTicket(document, adapter, (r) => readings.push(r), OPTIONS);
    expect(readings).toHaveLength(1);
    expect(readings[0].ticket?.id).toBe(expected.id);

    // A toast elsewhere on the page, the agent typing in the reply editor, a class toggled on a toolbar.
    const toast = document.createElement('div');
    toast.className = 'toast';
    toast.textContent = 'Saved';
    document.body.append(toast);
    readings[0].editor?.append(document.createTextNode('Hello Dana, '));
    toast.classList.add('fading');
    await sleep(SETTLE);
    expect(reads).toHaveBeenCalledTimes(1);
    expect(readings).toHaveLength(1);

    (window as unknown as { switchTicket(id: string): void }).switchTicket(expected.switch!.arg);
    await sleep(SETTLE);
    expect(readings).toHaveLength(2);
    expect(readings[1].ticket?.id).toBe(expected.switch!.id);
    expect(readings[1].ticket?.subject).toBe(expected.switch!.subject);
    expect(readings[1].missing.filter((m) => m !== 'requester')).toEqual([]);
    expect(reads.mock.calls.length).toBeLessThanOrEqual(3);
  });
});

describe('watchTicket', () => {
  test('reports older messages that load late, and stops when unsubscribed', async () => {
    const { adapter } = mount('zendesk');
    const readings: TicketReading[] = [];
    stop = watchTicket(document, adapter, (r) => readings.push(r), OPTIONS);
    const log = document.querySelector('[data-is-active="true"] [data-test-id="omni-log-container"]')!;
    const older = log.querySelector('article')!.cloneNode(true) as Element;
    older.setAttribute('data-comment-id', '80001');
    older.querySelector('time')!.setAttribute('datetime', '2024-05-19T08:00:00Z');
    older.querySelector('.zd-comment')!.textContent = 'I called last week about this already.';
    log.querySelector('button')!.after(older);
    await sleep(SETTLE);
    expect(readings).toHaveLength(2);
    expect(readings[1].ticket?.messages[0].text).toBe('I called last week about this already.');
    expect(readings[1].ticket?.messages).toHaveLength(5);

    stop();
    stop = undefined;
    (window as unknown as { switchTicket(id: string): void }).switchTicket('5102');
    await sleep(SETTLE);
    expect(readings).toHaveLength(2);
  });

  test('an adapter that throws reaches the caller as a reading, never as an exception', async () => {
    const { adapter } = mount('zammad');
    vi.spyOn(adapter, 'read').mockImplementation(() => {
      throw new Error('selector exploded');
    });
    const readings: TicketReading[] = [];
    expect(() => (stop = watchTicket(document, adapter, (r) => readings.push(r), OPTIONS))).not.toThrow();
    expect(readings[0]).toMatchObject({ ticket: null, missing: ['*'], error: 'Error: selector exploded' });
  });
});
