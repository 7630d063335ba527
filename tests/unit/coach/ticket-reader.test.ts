// @vitest-environment happy-dom
import { analyzeThread } from '../../../lib/effort';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createCoachStore, type CoachStore } from '../../../lib/coach/store';
import type { CachedTicket, TicketCache } from '../../../lib/coach/ticket-cache';
import { isRecalled } from '../../../lib/coach/ticket-cache';
import { readTickets, type TicketReaderDeps } from '../../../lib/coach/ticket-reader';
import type { LogEvent } from '../../../lib/messages/log-events';
import type { Part, SiteAdapter, Ticket } from '../../../lib/sites';
import type { ThreadScorer } from '../../../lib/coach/ticket-view';
import type { EffortReport } from '../../../lib/effort';

/**
 * readTickets with a fake adapter whose reading the test sets, the real watcher (fake timers drive it: a
 * popstate schedules a look `THROTTLE` ms later), a fake log sink and, where needed, a fake cache.
 */

const THROTTLE = 10;
const ORIGIN = 'https://desk.example';
const REPEAT = 'This is the third time I have contacted you about this.'; // repeat-contact
const MANAGER = 'I want to speak to a manager now.'; // escalation-demand

interface Page {
  ticket: Ticket | null;
  editor: Element | null;
  missing: Part[];
}

function ticket(id: string | null, texts: string[], subject = `Ticket ${id}`): Ticket {
  return {
    helpdesk: 'fakedesk',
    id,
    url: `${ORIGIN}/ticket/${id}`,
    subject,
    requester: { name: 'Dana', email: 'dana@example.com' },
    messages: texts.map((text) => ({ role: 'customer', text })),
  };
}

const setURL = (url: string) => (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);

function fakeAdapter(page: Page, extra: Partial<SiteAdapter> = {}): SiteAdapter & { reads: () => number } {
  let reads = 0;
  return {
    id: 'fakedesk',
    name: 'Fake Desk',
    matches: [],
    detect: (url) => /^\/(ticket|reply)\/\d+$/.test(url.pathname),
    ticketId: () => null,
    subject: () => null,
    messages: { items: '.m', container: '.t', body: () => null, role: () => 'customer' },
    editor: () => null,
    read: () => {
      reads++;
      return { ticket: page.ticket && structuredClone(page.ticket), editor: page.editor, missing: [...page.missing] };
    },
    fingerprint: () => `${Math.random()}`, // always a new look: the watcher's reading comparison is what dedupes
    reads: () => reads,
    ...extra,
  };
}

interface Harness {
  page: Page;
  store: CoachStore;
  logged: LogEvent[];
  onEditor: ReturnType<typeof vi.fn<TicketReaderDeps['onEditor']>>;
  adapter: ReturnType<typeof fakeAdapter>;
  /** Sets what the page shows next and lets the watcher read it. */
  show(next: Partial<Page>, url?: string): Promise<void>;
  effort(): Extract<LogEvent, { type: 'effort' }>[];
  health(): Extract<LogEvent, { type: 'adapter-health' }>[];
}

let stop: (() => void) | undefined;

function start(
  initial: Partial<Page>,
  { cache, adapter: extra, url = `${ORIGIN}/ticket/1`, score = async (t) => analyzeThread(t) }: { cache?: TicketCache; adapter?: Partial<SiteAdapter>; url?: string; score?: ThreadScorer } = {},
): Harness {
  setURL(url);
  const page: Page = { ticket: null, editor: null, missing: [], ...initial };
  const store = createCoachStore();
  const logged: LogEvent[] = [];
  let id = 0;
  const onEditor = vi.fn<TicketReaderDeps['onEditor']>();
  const adapter = fakeAdapter(page, extra);
  stop = readTickets(
    document,
    adapter,
    store,
    { log: (...events) => logged.push(...events), newId: () => `e${++id}`, onEditor, scoreEffort: score, ...(cache ? { cache } : {}) },
    { throttleMs: THROTTLE, pollMs: 3_600_000 },
  );
  return {
    page,
    store,
    logged,
    onEditor,
    adapter,
    async show(next, nextUrl) {
      Object.assign(page, next);
      if (nextUrl) setURL(nextUrl);
      window.dispatchEvent(new Event('popstate'));
      await vi.advanceTimersByTimeAsync(THROTTLE);
    },
    effort: () => logged.filter((e): e is Extract<LogEvent, { type: 'effort' }> => e.type === 'effort'),
    health: () => logged.filter((e): e is Extract<LogEvent, { type: 'adapter-health' }> => e.type === 'adapter-health'),
  };
}

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<textarea id="a"></textarea><textarea id="b"></textarea>';
});
afterEach(() => {
  stop?.();
  stop = undefined;
  vi.useRealTimers();
});

describe('readTickets: effort events', () => {
  test('three readings of the same thread log one effort event, while the store follows every reading', async () => {
    const h = start({ ticket: ticket('1', [REPEAT], 'First subject') });
    await h.show({ ticket: ticket('1', [REPEAT], 'Second subject') });
    await h.show({ ticket: ticket('1', [REPEAT], 'Third subject'), editor: document.querySelector('#a') });
    expect(h.adapter.reads()).toBe(3);
    expect(h.store.getState().ticket?.subject).toBe('Third subject');
    expect(h.effort()).toHaveLength(1);
    expect(h.effort()[0]).toMatchObject({
      type: 'effort',
      eventId: 'e1',
      ticket: { helpdesk: 'fakedesk', id: '1', url: `${ORIGIN}/ticket/1`, subject: 'First subject' },
      signals: ['repeat-contact'],
    });
    expect(h.store.getState().effort?.signals.map((s) => s.id)).toContain('repeat-contact');
  });

  test('a changed signal set logs a second event; reading it again does not', async () => {
    const h = start({ ticket: ticket('1', [REPEAT]) });
    await h.show({ ticket: ticket('1', [REPEAT, MANAGER]) });
    await h.show({ ticket: ticket('1', [REPEAT, MANAGER], 'Renamed') });
    expect(h.effort().map((e) => [...e.signals].sort())).toEqual([['repeat-contact'], ['escalation-demand', 'repeat-contact']]);
    expect(h.effort()[1]!.score).toBeGreaterThan(h.effort()[0]!.score);
  });

  test('switching to another ticket logs its event; switching back logs nothing', async () => {
    const h = start({ ticket: ticket('1', [REPEAT]) });
    await h.show({ ticket: ticket('2', [MANAGER]) }, `${ORIGIN}/ticket/2`);
    await h.show({ ticket: ticket('1', [REPEAT]) }, `${ORIGIN}/ticket/1`);
    await h.show({ ticket: ticket('2', [MANAGER]) }, `${ORIGIN}/ticket/2`);
    expect(h.store.getState().ticket?.id).toBe('2');
    expect(h.effort().map((e) => e.ticket.id)).toEqual(['1', '2']);
  });

  test('two tickets with the same thread each log their own event', async () => {
    const h = start({ ticket: ticket('1', [REPEAT]) });
    await h.show({ ticket: ticket('2', [REPEAT]) }, `${ORIGIN}/ticket/2`);
    expect(h.effort().map((e) => e.ticket.id)).toEqual(['1', '2']);
  });

  test('a ticket with no messages read has no effort and logs none', async () => {
    const h = start({ ticket: ticket('1', []) });
    expect(h.store.getState().ticket?.id).toBe('1');
    expect(h.store.getState().effort).toBeNull();
    expect(h.effort()).toEqual([]);
  });
});

describe('readTickets: the effort comes from the scorer (the background worker), after the reading', () => {
  /** A scorer whose answers the test gives, one by one. */
  function heldScorer() {
    const asked: { thread: Parameters<ThreadScorer>[0]; resolve: (r: EffortReport) => void; reject: (e: Error) => void }[] = [];
    const score: ThreadScorer = (thread) => new Promise((resolve, reject) => asked.push({ thread, resolve, reject }));
    return { asked, score, answer: async (i: number) => (asked[i].resolve(analyzeThread(asked[i].thread)), await vi.advanceTimersByTimeAsync(0)) };
  }

  test('the panel shows the ticket at once, "scoring" until the answer, then the score; the event is logged on the answer', async () => {
    const held = heldScorer();
    const h = start({ ticket: ticket('1', [REPEAT]) }, { score: held.score });
    await vi.advanceTimersByTimeAsync(0);
    expect(h.store.getState()).toMatchObject({ ticket: { id: '1' }, effort: null, effortState: 'scoring' });
    expect(h.effort()).toEqual([]);
    await held.answer(0);
    expect(h.store.getState().effortState).toBe('ready');
    expect(h.store.getState().effort?.signals.map((s) => s.id)).toEqual(['repeat-contact']);
    expect(h.effort()).toHaveLength(1);
  });

  test('an unavailable score is said in the panel; nothing is logged and nothing throws', async () => {
    const h = start({ ticket: ticket('1', [REPEAT]) }, { score: () => Promise.reject(new Error('The effort score is unavailable: no answer')) });
    await vi.advanceTimersByTimeAsync(0);
    expect(h.store.getState()).toMatchObject({ ticket: { id: '1' }, effort: null, effortState: 'unavailable' });
    expect(h.effort()).toEqual([]);
  });

  test('a late answer for a ticket no longer open is logged for it but not shown', async () => {
    const held = heldScorer();
    const h = start({ ticket: ticket('1', [REPEAT]) }, { score: held.score });
    await h.show({ ticket: ticket('2', [MANAGER]) }, `${ORIGIN}/ticket/2`);
    expect(h.store.getState()).toMatchObject({ ticket: { id: '2' }, effort: null, effortState: 'scoring' });
    await held.answer(0);
    expect(h.store.getState()).toMatchObject({ ticket: { id: '2' }, effort: null, effortState: 'scoring' });
    expect(h.effort().map((e) => e.ticket.id)).toEqual(['1']);
    await held.answer(1);
    expect(h.store.getState().effort?.signals.map((s) => s.id)).toEqual(['escalation-demand']);
    expect(h.effort().map((e) => e.ticket.id)).toEqual(['1', '2']);
  });

  test('while a new message of the same ticket is scored, the score it had stays in the panel', async () => {
    const held = heldScorer();
    const h = start({ ticket: ticket('1', [REPEAT]) }, { score: held.score });
    await held.answer(0);
    const first = h.store.getState().effort;
    await h.show({ ticket: ticket('1', [REPEAT, MANAGER]) });
    expect(h.store.getState()).toMatchObject({ effort: first, effortState: 'scoring' });
    await held.answer(1);
    expect(h.store.getState().effortState).toBe('ready');
    expect(h.store.getState().effort?.signals.map((s) => s.id).sort()).toEqual(['escalation-demand', 'repeat-contact']);
  });

  test('no scorer: a thread read is said to have no score available', async () => {
    setURL(`${ORIGIN}/ticket/1`);
    const store = createCoachStore();
    stop = readTickets(document, fakeAdapter({ ticket: ticket('1', [REPEAT]), editor: null, missing: [] }), store, { log: () => {}, newId: () => 'id', onEditor: () => {} }, { throttleMs: THROTTLE, pollMs: 3_600_000 });
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState()).toMatchObject({ ticket: { id: '1' }, effort: null, effortState: 'unavailable' });
  });
});

describe('readTickets: adapter health', () => {
  test('parts missing for 1.5 s, then found: no health event', async () => {
    const h = start({ ticket: ticket('1', [REPEAT]), missing: ['thread'] });
    await vi.advanceTimersByTimeAsync(1500 - THROTTLE);
    expect(h.store.getState().health).toBeNull();
    await h.show({ missing: [] });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(h.health()).toEqual([]);
    expect(h.store.getState().health).toBeNull();
  });

  test('parts missing for 2.5 s: exactly one event, and the store says so after 2 s, not before', async () => {
    const h = start({ ticket: ticket('1', [REPEAT]), missing: ['thread', 'editor'] });
    await vi.advanceTimersByTimeAsync(1999);
    expect(h.health()).toEqual([]);
    expect(h.store.getState().health).toBeNull();
    await vi.advanceTimersByTimeAsync(501);
    expect(h.health()).toHaveLength(1);
    expect(h.health()[0]).toMatchObject({ type: 'adapter-health', missing: ['thread', 'editor'], ticket: { helpdesk: 'fakedesk', id: '1' } });
    expect(h.store.getState().health).toEqual({ helpdesk: 'fakedesk', missing: ['thread', 'editor'] });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(h.health()).toHaveLength(1);
  });

  test('the same missing set again (in any order, on any ticket) is not reported twice; a different set is', async () => {
    const h = start({ ticket: ticket('1', [REPEAT]), missing: ['thread', 'editor'] });
    await vi.advanceTimersByTimeAsync(2500);
    await h.show({ missing: [] });
    expect(h.store.getState().health).toBeNull();
    await h.show({ missing: ['editor', 'thread'] });
    await vi.advanceTimersByTimeAsync(2500);
    expect(h.store.getState().health).toEqual({ helpdesk: 'fakedesk', missing: ['editor', 'thread'] });
    await h.show({ ticket: ticket('2', [REPEAT]), missing: ['thread', 'editor'] }, `${ORIGIN}/ticket/2`);
    await vi.advanceTimersByTimeAsync(2500);
    expect(h.health()).toHaveLength(1);

    await h.show({ missing: ['subject'] });
    await vi.advanceTimersByTimeAsync(2500);
    expect(h.health().map((e) => e.missing)).toEqual([['thread', 'editor'], ['subject']]);
  });

  test('a reading that changes while parts are missing restarts the 2 s wait', async () => {
    const h = start({ ticket: ticket('1', [REPEAT]), missing: ['thread'] });
    await vi.advanceTimersByTimeAsync(1500 - THROTTLE);
    await h.show({ ticket: ticket('1', [REPEAT], 'Renamed') }); // still missing the thread, at 1.5 s
    await vi.advanceTimersByTimeAsync(1500);
    expect(h.health()).toEqual([]);
    await vi.advanceTimersByTimeAsync(600);
    expect(h.health()).toHaveLength(1);
  });

  test("nothing is missing off the helpdesk's ticket pages (no id, URL not a ticket page)", async () => {
    const h = start({ ticket: null, missing: ['pane'] }, { url: `${ORIGIN}/inbox` });
    await vi.advanceTimersByTimeAsync(5000);
    expect(h.health()).toEqual([]);
    expect(h.store.getState()).toMatchObject({ ticket: null, effort: null, health: null });

    // The same reading on a ticket page's URL is reported.
    await h.show({ missing: ['pane', 'id'] }, `${ORIGIN}/ticket/9`);
    await vi.advanceTimersByTimeAsync(2500);
    expect(h.health().map((e) => e.missing)).toEqual([['pane', 'id']]);
  });

  test("parts the page is not expected to show are not missing; 'pane' and '*' always are", async () => {
    const expects = () => ['thread', 'subject'] as const;
    const h = start({ ticket: ticket('1', [REPEAT]), missing: ['editor'] }, { adapter: { expects } });
    await vi.advanceTimersByTimeAsync(5000);
    expect(h.health()).toEqual([]);
    await h.show({ missing: ['editor', '*'] });
    await vi.advanceTimersByTimeAsync(2500);
    expect(h.health().map((e) => e.missing)).toEqual([['*']]);
  });

  test('a custom settle time', async () => {
    setURL(`${ORIGIN}/ticket/1`);
    const page: Page = { ticket: ticket('1', [REPEAT]), editor: null, missing: ['thread'] };
    const logged: LogEvent[] = [];
    stop = readTickets(document, fakeAdapter(page), createCoachStore(), { log: (...e) => logged.push(...e), newId: () => 'id', onEditor: () => {}, scoreEffort: async (t) => analyzeThread(t) }, { healthSettleMs: 100, throttleMs: THROTTLE, pollMs: 3_600_000 });
    await vi.advanceTimersByTimeAsync(99);
    expect(logged.filter((e) => e.type === 'adapter-health')).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(logged.filter((e) => e.type === 'adapter-health')).toHaveLength(1);
  });

  test('stopping cancels a pending report', async () => {
    const h = start({ ticket: ticket('1', [REPEAT]), missing: ['thread'] });
    await vi.advanceTimersByTimeAsync(1000);
    stop!();
    await vi.advanceTimersByTimeAsync(5000);
    expect(h.health()).toEqual([]);
  });
});

describe('readTickets: the reply editor', () => {
  test('handed over on a new editor element or a new ticket, not on re-reads', async () => {
    const a = document.querySelector('#a')!;
    const b = document.querySelector('#b')!;
    const h = start({ ticket: ticket('1', [REPEAT]), editor: a });
    await h.show({ ticket: ticket('1', [REPEAT], 'Renamed') });
    await h.show({ editor: b });
    await h.show({ ticket: ticket('2', [REPEAT]) }, `${ORIGIN}/ticket/2`);
    expect(h.onEditor.mock.calls.map(([el, ref]) => [el.id, ref.id])).toEqual([
      ['a', '1'],
      ['b', '1'],
      ['b', '2'],
    ]);
  });
});

describe('readTickets: the ticket cache', () => {
  function fakeCache(recalled: CachedTicket | null = null) {
    let resolve: (() => void) | undefined;
    const cache = {
      remember: vi.fn<TicketCache['remember']>(async () => {}),
      recall: vi.fn<TicketCache['recall']>(() => new Promise((r) => (resolve = () => r(recalled)))),
      /** Lets the pending recall answer. */
      answer: async () => {
        resolve?.();
        await vi.advanceTimersByTimeAsync(0);
      },
    };
    return cache;
  }
  // The reply page shows no thread: the adapter expects none there.
  const replyPages = { expects: (url: URL) => (url.pathname.startsWith('/reply/') ? (['id', 'editor'] as const) : (['id', 'thread', 'editor'] as const)) };
  const REMEMBERED: CachedTicket = {
    ticket: { helpdesk: 'fakedesk', helpdeskName: 'Fake Desk', id: '1', subject: 'Remembered', messages: { customer: 2, agent: 1, internal: 0 } },
    effort: { score: 35, level: 'medium', signals: [{ id: 'escalation-demand', match: 'a manager', message: 1 }], reasons: [{ detail: 'Asked for a manager', points: 20 }] },
    readAt: 1234,
  };

  test('a ticket read with its thread is remembered once per change', async () => {
    const cache = fakeCache();
    const h = start({ ticket: ticket('1', [REPEAT]) }, { cache, adapter: replyPages });
    await h.show({ editor: document.querySelector('#a') }); // a re-read: same ticket, same effort
    expect(cache.remember).toHaveBeenCalledTimes(1);
    expect(cache.remember).toHaveBeenCalledWith(`${ORIGIN}/ticket/1`, h.store.getState().ticket, h.store.getState().effort);
    await h.show({ ticket: ticket('1', [REPEAT, MANAGER]) });
    expect(cache.remember).toHaveBeenCalledTimes(2);
    expect(cache.recall).not.toHaveBeenCalled();
  });

  test('a page without the thread shows the remembered ticket and effort, and logs no effort', async () => {
    const cache = fakeCache(REMEMBERED);
    const h = start({ ticket: ticket('1', [], '') }, { cache, adapter: replyPages, url: `${ORIGIN}/reply/1` });
    expect(cache.recall).toHaveBeenCalledWith(`${ORIGIN}/reply/1`, 'fakedesk', '1');
    expect(h.store.getState().effort).toBeNull();
    await cache.answer();
    const { ticket: shown, effort } = h.store.getState();
    expect(isRecalled(shown!)).toBe(true);
    expect(shown).toMatchObject({ id: '1', subject: 'Remembered', url: `${ORIGIN}/ticket/1`, messages: REMEMBERED.ticket.messages });
    expect(effort).toEqual(REMEMBERED.effort);
    expect(h.effort()).toEqual([]);
    expect(cache.remember).not.toHaveBeenCalled();
  });

  test('a recall that answers after the page moved on to another ticket changes nothing', async () => {
    const cache = fakeCache(REMEMBERED);
    const h = start({ ticket: ticket('1', [], '') }, { cache, adapter: replyPages, url: `${ORIGIN}/reply/1` });
    await h.show({ ticket: ticket('2', [MANAGER]) }, `${ORIGIN}/ticket/2`);
    await cache.answer();
    expect(h.store.getState().ticket).toMatchObject({ id: '2', subject: 'Ticket 2' });
    expect(isRecalled(h.store.getState().ticket!)).toBe(false);
  });

  test('a page that should show the thread but has none is not filled in from the cache', async () => {
    const cache = fakeCache(REMEMBERED);
    const h = start({ ticket: ticket('1', []) }, { cache, adapter: replyPages });
    await cache.answer();
    expect(cache.recall).not.toHaveBeenCalled();
    expect(h.store.getState().effort).toBeNull();
  });
});
