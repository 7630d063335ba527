/**
 * What a ticket page read, remembered for the pages of the same ticket that show no thread (Request Tracker's
 * reply page): the ticket's summary and its effort, never its messages. Kept in the extension's own storage,
 * keyed by (page origin, helpdesk, ticket id); nothing is fetched, nothing leaves the machine.
 *
 * storage.session (memory only) when content scripts may use it — Chrome opens it to them only after the
 * background calls storage.session.setAccessLevel — else storage.local, capped to the most recent tickets and
 * to a week.
 */
import { browser } from 'wxt/browser';
import type { EffortSummary, TicketSummary } from './store';

/** The part of browser.storage's areas the cache uses. */
export interface CacheArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface CachedTicket {
  /** The ticket as its page showed it, without the page's link. */
  ticket: Omit<TicketSummary, 'url'>;
  effort: EffortSummary | null;
  /** When the ticket page was read (ms since the epoch). */
  readAt: number;
}

/** A summary filled in from the cache: the panel marks it as read on the ticket page. */
export type RecalledTicket = TicketSummary & { fromTicketPage: { readAt: number } };

export interface TicketCache {
  remember(pageUrl: string, ticket: TicketSummary, effort: EffortSummary | null): Promise<void>;
  recall(pageUrl: string, helpdesk: string, id: string): Promise<CachedTicket | null>;
}

export interface TicketCacheOptions {
  maxTickets?: number;
  maxAgeMs?: number;
  now?: () => number;
}

const PREFIX = 'ticket-cache:';
/** A signal's words are shown as a hint; a few words are all the effort needs. */
const MAX_MATCH = 80;

export function cacheKey(pageUrl: string, helpdesk: string, id: string): string {
  return `${PREFIX}${new URL(pageUrl).origin}|${helpdesk}|${id}`;
}

export function isRecalled(ticket: TicketSummary): ticket is RecalledTicket {
  return 'fromTicketPage' in ticket;
}

/** The page's own reading of the ticket, completed with what its ticket page read. */
export function recalledSummary(current: TicketSummary, cached: CachedTicket): RecalledTicket {
  const subject = current.subject ?? cached.ticket.subject;
  const requester = current.requester ?? cached.ticket.requester;
  return {
    ...current,
    ...(subject ? { subject } : {}),
    ...(requester ? { requester } : {}),
    messages: cached.ticket.messages,
    fromTicketPage: { readAt: cached.readAt },
  };
}

function entryOf(ticket: TicketSummary, effort: EffortSummary | null, readAt: number): CachedTicket {
  const { url: _url, ...rest } = ticket;
  const kept = effort && {
    ...effort,
    signals: effort.signals.map((s) => ({ ...s, match: s.match.slice(0, MAX_MATCH) })),
  };
  return { ticket: rest, effort: kept, readAt };
}

export function createTicketCache(
  area: () => Promise<CacheArea>,
  { maxTickets = 50, maxAgeMs = 7 * 24 * 3600_000, now = Date.now }: TicketCacheOptions = {},
): TicketCache {
  const fresh = (e: CachedTicket | undefined) => !!e && typeof e.readAt === 'number' && now() - e.readAt <= maxAgeMs;

  /** Least recently read first out: keeps the newest `maxTickets` that are not too old. */
  const prune = async (store: CacheArea) => {
    const all = await store.get(null);
    const entries = Object.entries(all)
      .filter(([k]) => k.startsWith(PREFIX))
      .map(([k, v]) => [k, v as CachedTicket] as const)
      .sort((a, b) => (b[1]?.readAt ?? 0) - (a[1]?.readAt ?? 0));
    const drop = entries.filter(([, e], i) => i >= maxTickets || !fresh(e)).map(([k]) => k);
    if (drop.length) await store.remove(drop);
  };

  return {
    async remember(pageUrl, ticket, effort) {
      if (!ticket.id) return;
      const store = await area();
      await store.set({ [cacheKey(pageUrl, ticket.helpdesk, ticket.id)]: entryOf(ticket, effort, now()) });
      await prune(store);
    },
    async recall(pageUrl, helpdesk, id) {
      const key = cacheKey(pageUrl, helpdesk, id);
      const entry = (await (await area()).get(key))[key] as CachedTicket | undefined;
      return fresh(entry) ? entry! : null;
    },
  };
}

/**
 * storage.session when this context may use it, else storage.local; decided once. (The parameter is not named
 * `storage`: WXT's auto-import took that name for its own `storage` and bundled wxt/utils/storage, ~18 KB.)
 */
export function pickCacheArea(areas: { session?: CacheArea; local: CacheArea }): () => Promise<CacheArea> {
  let picked: Promise<CacheArea> | undefined;
  const pick = async () => {
    if (areas.session) {
      try {
        await areas.session.get(`${PREFIX}probe`);
        return areas.session;
      } catch {
        // "Access to storage is not allowed from this context": session storage is closed to content scripts.
      }
    }
    return areas.local;
  };
  return () => (picked ??= pick());
}

/** The cache in this extension's storage. */
export function extensionTicketCache(): TicketCache {
  return createTicketCache(pickCacheArea(browser.storage as unknown as { session?: CacheArea; local: CacheArea }));
}

/**
 * The reader's side: remembers each ticket read with a thread, and completes a page that shows the ticket
 * without its thread from what was remembered. `show` puts a recalled ticket in the panel when the page still
 * shows that ticket.
 */
export function cacheSync(cache: TicketCache, onError: (error: unknown) => void) {
  const remembered = new Map<string, string>();
  let last: { key: string; cached: CachedTicket } | undefined;
  return {
    remember(pageUrl: string, ticket: TicketSummary, effort: EffortSummary) {
      const key = cacheKey(pageUrl, ticket.helpdesk, ticket.id ?? '');
      const what = JSON.stringify([ticket.subject, ticket.requester, ticket.messages, effort]);
      if (!ticket.id || remembered.get(key) === what) return;
      remembered.set(key, what);
      cache.remember(pageUrl, ticket, effort).catch(onError);
    },
    /** Calls show now when this ticket was recalled before on this page (no flicker on re-reads), else once read. */
    recall(pageUrl: string, ticket: TicketSummary, show: (ticket: RecalledTicket, effort: EffortSummary | null) => void) {
      if (!ticket.id) return;
      const key = cacheKey(pageUrl, ticket.helpdesk, ticket.id);
      if (last?.key === key) return show(recalledSummary(ticket, last.cached), last.cached.effort);
      cache
        .recall(pageUrl, ticket.helpdesk, ticket.id)
        .then((cached) => {
          if (!cached) return;
          last = { key, cached };
          show(recalledSummary(ticket, cached), cached.effort);
        })
        .catch(onError);
    },
  };
}
