import { readTicket } from './read-ticket';
import type { SiteAdapter, TicketReading } from './types';

export interface WatchOptions {
  /** At most one check per this many ms while the page mutates. */
  throttleMs?: number;
  /** How often to look at location.href, for SPAs that navigate with pushState (no event reaches a content script). */
  pollMs?: number;
}

// Attributes that switch the active pane or reveal one; text typed in the editor is not among them.
const WATCHED_ATTRIBUTES = ['class', 'data-is-active', 'hidden', 'aria-hidden', 'aria-selected', 'style', 'data-id'];

const elementIds = new WeakMap<Element, number>();
let nextElementId = 1;
function elementId(el: Element | null): number {
  if (!el) return 0;
  let id = elementIds.get(el);
  if (id === undefined) elementIds.set(el, (id = nextElementId++));
  return id;
}

/** What makes two readings the same for the caller: the ticket, what is missing, and which editor element. */
function readingKey(r: TicketReading): string {
  return JSON.stringify([r.ticket, r.missing, r.error, elementId(r.editor)]);
}

/**
 * Calls onChange with the active ticket now and whenever it changes: on navigation (popstate, hashchange, a
 * cheap poll of location.href) and on DOM changes, throttled. A change first compares the adapter's cheap
 * fingerprint of the active pane; only a new fingerprint costs a full read, and only a different reading is
 * reported. Returns the function that stops watching.
 */
export function watchTicket(
  doc: Document,
  adapter: SiteAdapter,
  onChange: (reading: TicketReading) => void,
  { throttleMs = 200, pollMs = 500 }: WatchOptions = {},
): () => void {
  const win = doc.defaultView;
  const href = () => win?.location.href ?? doc.URL;
  let lastPrint: string | undefined;
  let lastKey: string | undefined;
  let lastHref = href();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const check = () => {
    timer = undefined;
    if (stopped) return;
    const url = href();
    let print: string;
    try {
      print = adapter.fingerprint(doc, url);
    } catch {
      print = `${url}|fingerprint-failed|${Date.now()}`;
    }
    if (print === lastPrint) return;
    lastPrint = print;
    const reading = readTicket(adapter, doc, url);
    const key = readingKey(reading);
    if (key === lastKey) return;
    lastKey = key;
    onChange(reading);
  };
  const schedule = () => {
    if (timer === undefined && !stopped) timer = setTimeout(check, throttleMs);
  };

  const observer = new MutationObserver(schedule);
  observer.observe(doc.documentElement ?? doc, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  });
  win?.addEventListener('popstate', schedule);
  win?.addEventListener('hashchange', schedule);
  const poll = setInterval(() => {
    const now = href();
    if (now !== lastHref) {
      lastHref = now;
      schedule();
    }
  }, pollMs);

  check();
  return () => {
    stopped = true;
    observer.disconnect();
    win?.removeEventListener('popstate', schedule);
    win?.removeEventListener('hashchange', schedule);
    clearInterval(poll);
    if (timer !== undefined) clearTimeout(timer);
  };
}
