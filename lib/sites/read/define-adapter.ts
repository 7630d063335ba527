import type { ThreadMessage } from '../../effort/types';
import type { AdapterSpec, Part, Scope, SiteAdapter, Ticket, TicketReading } from '../types';
import { clean } from './dom';
import { messageText } from './message-text';

const ALL_PARTS: readonly Part[] = ['id', 'subject', 'requester', 'thread', 'editor'];

// Pane identities for fingerprints: a re-mounted pane is a different pane even with the same content.
const paneIds = new WeakMap<object, number>();
let nextPaneId = 1;
function paneId(pane: Scope): number {
  let id = paneIds.get(pane);
  if (id === undefined) paneIds.set(pane, (id = nextPaneId++));
  return id;
}

interface ReadMessage {
  message: ThreadMessage;
  item: Element;
}

function readMessages(spec: AdapterSpec, pane: Scope, doc: Document, requester: Ticket['requester']): ReadMessage[] {
  const m = spec.messages;
  const out: ReadMessage[] = [];
  for (const item of Array.from(pane.querySelectorAll(m.items))) {
    if (m.keep && !m.keep(item)) continue;
    const body = m.body(item);
    if (!body) continue;
    const author = clean(m.author?.(item));
    const internal = m.internal?.(item) ?? false;
    const message: ThreadMessage = {
      role: internal ? 'agent' : m.role(item, { requester, author, internal, doc }),
      text: messageText(body, m.quotes),
    };
    const at = m.time?.(item);
    if (at !== undefined) message.at = at;
    if (author) message.author = author;
    if (internal) message.internal = true;
    out.push({ message, item });
  }
  return oldestFirst(out);
}

/** Some helpdesks show the newest message first: when every message has a time, order by it (stable). */
function oldestFirst(read: ReadMessage[]): ReadMessage[] {
  const times = read.map(({ message: m }) => (typeof m.at === 'number' ? m.at : m.at ? Date.parse(m.at) : NaN));
  if (times.some(Number.isNaN)) return read;
  return read.map((r, i) => ({ r, t: times[i]! })).sort((a, b) => a.t - b.t).map(({ r }) => r);
}

/** Turns a declaration into an adapter: the one place that reads a pane and notes what was not found. */
export function defineAdapter(spec: AdapterSpec): SiteAdapter {
  const paneOf = (doc: Document, url: URL) => (spec.pane ? spec.pane(doc, url) : doc);

  const read = (doc: Document, href: string): TicketReading => {
    const url = new URL(href);
    const expected = new Set(spec.expects?.(url) ?? ALL_PARTS);
    const pane = paneOf(doc, url);
    if (!pane) return { ticket: null, editor: null, missing: ['pane'] };

    const found: Record<Exclude<Part, 'pane' | '*'>, boolean> = {
      id: false, subject: false, requester: false, thread: false, editor: false,
    };
    const id = clean(spec.ticketId(pane, url)) ?? null;
    found.id = id !== null;
    const subject = clean(spec.subject(pane));
    found.subject = subject !== undefined;
    const requester = spec.requester?.(pane) ?? undefined;
    found.requester = !!(requester && (requester.name || requester.email));
    found.thread = !!pane.querySelector(spec.messages.container);
    const read = found.thread ? readMessages(spec, pane, doc, requester) : [];
    const messages = read.map((r) => r.message);
    const latestCustomer = read.findLast((r) => r.message.role === 'customer' && !r.message.internal)?.item ?? null;
    const editor = spec.editor(pane, doc);
    found.editor = editor !== null;

    const ticket: Ticket = { helpdesk: spec.id, id, url: href, messages };
    const number = clean(spec.ticketNumber?.(pane));
    if (number && number !== id) ticket.number = number;
    if (subject !== undefined) ticket.subject = subject;
    if (found.requester) ticket.requester = requester!;
    if (spec.reopened?.(pane)) ticket.reopened = true;
    const missing = (Object.keys(found) as (keyof typeof found)[]).filter((p) => expected.has(p) && !found[p]);
    return { ticket, editor, missing, latestCustomer };
  };

  const fingerprint = (doc: Document, href: string): string => {
    const url = new URL(href);
    const pane = paneOf(doc, url);
    if (!pane) return `${href}|no-pane`;
    const items = pane.querySelectorAll(spec.messages.items);
    const last = items[items.length - 1];
    return [
      href,
      paneId(pane),
      spec.ticketId(pane, url) ?? '',
      items.length,
      last ? paneId(last) : 0,
      last?.textContent?.length ?? 0,
      spec.editor(pane, doc) ? 1 : 0,
    ].join('|');
  };

  return { ...spec, read, fingerprint };
}
