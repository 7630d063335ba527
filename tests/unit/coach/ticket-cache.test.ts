// @vitest-environment happy-dom
import { analyzeThread } from '../../../lib/effort';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createCoachStore, type EffortSummary, type TicketSummary } from '../../../lib/coach/store';
import {
  cacheKey,
  cacheSync,
  createTicketCache,
  isRecalled,
  pickCacheArea,
  type CacheArea,
  type CachedTicket,
} from '../../../lib/coach/ticket-cache';
import { readTickets } from '../../../lib/coach/ticket-reader';
import type { LogEvent } from '../../../lib/messages/log-events';
import { ADAPTERS } from '../../../lib/sites';
import { loadFixture } from '../sites/fixture-pages';

/** A browser.storage area in memory. */
function memoryArea(): CacheArea & { items: Map<string, unknown> } {
  const items = new Map<string, unknown>();
  const keysOf = (k: string | string[] | null) => (k === null ? [...items.keys()] : Array.isArray(k) ? k : [k]);
  return {
    items,
    get: async (k) => Object.fromEntries(keysOf(k).filter((x) => items.has(x)).map((x) => [x, structuredClone(items.get(x))])),
    set: async (o) => void Object.entries(o).forEach(([x, v]) => items.set(x, structuredClone(v))),
    remove: async (k) => void keysOf(k).forEach((x) => items.delete(x)),
  };
}

const PAGE = 'http://127.0.0.1:8080/Ticket/Display.html?id=1';
const REPLY = 'http://127.0.0.1:8080/Ticket/Update.html?id=1&Action=Respond';

function summary(id: string, extra: Partial<TicketSummary> = {}): TicketSummary {
  return {
    helpdesk: 'request-tracker',
    helpdeskName: 'Request Tracker',
    id,
    url: PAGE.replace('id=1', `id=${id}`),
    subject: `Ticket ${id}`,
    requester: { name: 'Dana Whitfield', email: 'dana@example.com' },
    messages: { customer: 3, agent: 1, internal: 1 },
    ...extra,
  };
}
const EFFORT: EffortSummary = {
  score: 80,
  level: 'high',
  signals: [{ id: 'repeat-contact', match: 'third time I'.padEnd(200, 'x'), message: 0 }],
  reasons: [{ detail: 'Contacted again', points: 20 }],
};

describe('createTicketCache', () => {
  test('recalls a ticket by page origin, helpdesk and id only', async () => {
    const area = memoryArea();
    const cache = createTicketCache(async () => area, { now: () => 1000 });
    await cache.remember(PAGE, summary('1'), EFFORT);
    expect((await cache.recall(REPLY, 'request-tracker', '1'))?.ticket.subject).toBe('Ticket 1');
    expect(await cache.recall('http://127.0.0.1:9090/Ticket/Update.html?id=1', 'request-tracker', '1')).toBeNull();
    expect(await cache.recall(REPLY, 'zammad', '1')).toBeNull();
    expect(await cache.recall(REPLY, 'request-tracker', '2')).toBeNull();
    expect([...area.items.keys()]).toEqual([cacheKey(PAGE, 'request-tracker', '1')]);
    expect(cacheKey(PAGE, 'request-tracker', '1')).toBe('ticket-cache:http://127.0.0.1:8080|request-tracker|1');
  });

  test('keeps the summary and the effort, never the page link; a signal keeps a few of its words', async () => {
    const area = memoryArea();
    await createTicketCache(async () => area, { now: () => 1000 }).remember(PAGE, summary('1'), EFFORT);
    const stored = [...area.items.values()][0] as CachedTicket;
    expect(Object.keys(stored).sort()).toEqual(['effort', 'readAt', 'ticket']);
    expect(stored.ticket).not.toHaveProperty('url');
    expect(stored.ticket.messages).toEqual({ customer: 3, agent: 1, internal: 1 });
    expect(stored.effort!.signals[0]!.match).toHaveLength(80);
    expect(stored.readAt).toBe(1000);
  });

  test('a ticket without an id is not remembered', async () => {
    const area = memoryArea();
    await createTicketCache(async () => area).remember(PAGE, summary('1', { id: null }), EFFORT);
    expect(area.items.size).toBe(0);
  });

  test('keeps the most recently read tickets, up to the cap', async () => {
    const area = memoryArea();
    let now = 0;
    const cache = createTicketCache(async () => area, { maxTickets: 3, now: () => ++now });
    for (const id of ['1', '2', '3']) await cache.remember(PAGE, summary(id), EFFORT);
    await cache.remember(PAGE, summary('1'), EFFORT); // read again: now the most recent
    await cache.remember(PAGE, summary('4'), EFFORT);
    expect(area.items.size).toBe(3);
    expect(await cache.recall(PAGE, 'request-tracker', '2')).toBeNull();
    for (const id of ['1', '3', '4']) expect(await cache.recall(PAGE, 'request-tracker', id)).not.toBeNull();
  });

  test('forgets tickets older than the age limit', async () => {
    const area = memoryArea();
    let now = 0;
    const cache = createTicketCache(async () => area, { maxAgeMs: 100, now: () => now });
    await cache.remember(PAGE, summary('1'), EFFORT);
    now = 101;
    expect(await cache.recall(PAGE, 'request-tracker', '1')).toBeNull();
    await cache.remember(PAGE, summary('2'), EFFORT);
    expect([...area.items.keys()]).toEqual([cacheKey(PAGE, 'request-tracker', '2')]);
  });

  test('leaves other keys of the storage area alone', async () => {
    const area = memoryArea();
    area.items.set('log-outbox:e1', { type: 'flag' });
    await createTicketCache(async () => area, { maxTickets: 1 }).remember(PAGE, summary('1'), EFFORT);
    expect(area.items.has('log-outbox:e1')).toBe(true);
  });
});

describe('pickCacheArea', () => {
  test('session storage when this context may use it, else local; decided once', async () => {
    const local = memoryArea();
    const session = memoryArea();
    expect(await pickCacheArea({ session, local })()).toBe(session);
    expect(await pickCacheArea({ local })()).toBe(local);
    const closed = { ...memoryArea(), get: vi.fn(async () => { throw new Error('Access to storage is not allowed from this context.'); }) };
    const pick = pickCacheArea({ session: closed, local });
    expect(await pick()).toBe(local);
    expect(await pick()).toBe(local);
    expect(closed.get).toHaveBeenCalledTimes(1);
  });
});

describe('cacheSync', () => {
  test('writes a ticket once per change; recalls it completed and marked as from the ticket page', async () => {
    const area = memoryArea();
    const cache = createTicketCache(async () => area, { now: () => 5000 });
    const remember = vi.spyOn(cache, 'remember');
    const sync = cacheSync(cache, (e) => { throw e; });
    sync.remember(PAGE, summary('1'), EFFORT);
    sync.remember(PAGE, summary('1'), EFFORT);
    await vi.waitFor(() => expect(area.items.size).toBe(1));
    expect(remember).toHaveBeenCalledTimes(1);
    sync.remember(PAGE, summary('1', { messages: { customer: 4, agent: 1, internal: 1 } }), EFFORT);
    expect(remember).toHaveBeenCalledTimes(2);

    const onReply = summary('1', { url: REPLY, requester: undefined, messages: { customer: 0, agent: 0, internal: 0 } });
    const shown = vi.fn();
    sync.recall(REPLY, onReply, shown);
    await vi.waitFor(() => expect(shown).toHaveBeenCalledTimes(1));
    const [ticket, effort] = shown.mock.calls[0]!;
    expect(isRecalled(ticket)).toBe(true);
    expect(ticket).toMatchObject({
      id: '1',
      url: REPLY, // the log keeps the reply page's own link
      requester: { name: 'Dana Whitfield' },
      messages: { customer: 4, agent: 1, internal: 1 },
      fromTicketPage: { readAt: 5000 },
    });
    expect(effort.score).toBe(80);
    // Re-reads of the same page are answered at once, without a flicker.
    sync.recall(REPLY, onReply, shown);
    expect(shown).toHaveBeenCalledTimes(2);
  });
});

describe('readTickets with the cache, on the Request Tracker fixtures', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  function open(name: string) {
    const { html, expected } = loadFixture(name);
    (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(expected.url);
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    for (const script of Array.from(parsed.querySelectorAll('script'))) script.remove();
    document.title = parsed.title;
    document.body.innerHTML = parsed.body.innerHTML;
    const store = createCoachStore();
    const logged: LogEvent[] = [];
    const adapter = ADAPTERS.find((a) => a.id === 'request-tracker')!;
    return { store, logged, read: (cache: ReturnType<typeof createTicketCache>) =>
      (stop = readTickets(document, adapter, store, { log: (...e) => logged.push(...e), newId: () => 'id', onEditor: () => {}, cache, scoreEffort: async (t) => analyzeThread(t) }, { throttleMs: 10, pollMs: 15 })) };
  }

  test('the reply page shows what the ticket page read: subject, requester, counts, effort; logs no effort', async () => {
    const area = memoryArea();
    const cache = createTicketCache(async () => area);
    const display = open('request-tracker');
    display.read(cache);
    // The effort comes from the scorer (the background worker in the extension) after the reading.
    await vi.waitFor(() => expect(display.store.getState().effortState).toBe('ready'));
    const read = display.store.getState();
    expect(read.effort).not.toBeNull();
    await vi.waitFor(() => expect(area.items.size).toBe(1));
    stop!();

    const reply = open('request-tracker-update');
    reply.read(cache);
    await vi.waitFor(() => expect(reply.store.getState().effort).not.toBeNull());
    const { ticket, effort } = reply.store.getState();
    expect(isRecalled(ticket!)).toBe(true);
    expect(ticket).toMatchObject({ id: '42', subject: 'Cracked screen on arrival', requester: read.ticket!.requester, messages: read.ticket!.messages });
    expect(ticket!.url).toBe(loadFixture('request-tracker-update').expected.url);
    expect(effort).toEqual(read.effort);
    expect(reply.logged.filter((e) => e.type === 'effort')).toEqual([]);
  });

  test('without a remembered ticket the reply page shows its own reading', async () => {
    const reply = open('request-tracker-update');
    reply.read(createTicketCache(async () => memoryArea()));
    await new Promise((r) => setTimeout(r, 30));
    const { ticket, effort } = reply.store.getState();
    expect(ticket?.id).toBe('42');
    expect(isRecalled(ticket!)).toBe(false);
    expect(effort).toBeNull();
  });
});
