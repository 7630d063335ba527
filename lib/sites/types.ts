import type { ThreadMessage } from '../effort/types';

export interface Requester {
  name?: string;
  email?: string;
}

/** The open ticket as an adapter reads it from the active pane. */
export interface Ticket {
  /** The adapter's id ('zendesk', 'request-tracker', …), as in TicketRef.helpdesk. */
  helpdesk: string;
  id: string | null;
  /** The number agents know the ticket by, where it is not the id (osTicket: #284913 for the internal id 118). */
  number?: string;
  url: string;
  subject?: string;
  requester?: Requester;
  /** Oldest first, quoted history removed. */
  messages: ThreadMessage[];
  reopened?: boolean;
}

/**
 * The parts a reading reports as missing when the page no longer matches the adapter: the panel shows them and
 * the log records an adapter-health event. '*' means the adapter threw.
 */
export type Part = 'pane' | 'id' | 'subject' | 'requester' | 'thread' | 'editor' | '*';

export interface TicketReading {
  ticket: Ticket | null;
  /** The reply editor's editable: a textarea, a contenteditable element, or CKEditor 4's iframe. */
  editor: Element | null;
  missing: Part[];
  error?: string;
  /** The thread's latest message from the customer: what the agent is answering, kept in sight by the card. */
  latestCustomer?: Element | null;
}

/** A scope queries run in: the active ticket pane, or the document on pages that show one ticket. */
export type Scope = Document | Element;

export interface MessageSpec {
  /** Every message of the thread, within the pane. */
  items: string;
  /** The thread's container: its absence (rather than an empty thread) is what makes 'thread' missing. */
  container: string;
  /** The element holding the message text; quotes and quoted lines inside it are removed. */
  body: (item: Element) => Element | null;
  author?: (item: Element) => string | undefined;
  time?: (item: Element) => string | undefined;
  internal?: (item: Element) => boolean;
  role: (item: Element, ctx: MessageContext) => ThreadMessage['role'];
  /** Selectors of quoted history inside a body beyond the common ones (blockquote, .gmail_quote, …). */
  quotes?: string;
  /** Items that are not messages (system events) return false. */
  keep?: (item: Element) => boolean;
}

export interface MessageContext {
  requester?: Requester;
  author?: string;
  internal: boolean;
  doc: Document;
}

/**
 * One helpdesk, declared: where it runs (hosted match patterns + a URL detector; its file also exports the example
 * URLs the detector is tested on, `examples`, kept out of this object so that they do not ship in the content script),
 * how to recognise a self-hosted install from the page, and where each part of the ticket is.
 */
export interface AdapterSpec {
  id: string;
  name: string;
  /** Match patterns of the hosted product (host permissions); empty for self-hosted-only products. */
  matches: readonly string[];
  /** True for a URL of a ticket page of this helpdesk (any host for self-hosted products). */
  detect: (url: URL) => boolean;
  /** Recognises a (self-hosted or custom-domain) install from the page itself. */
  recognise?: (doc: Document) => boolean;
  /** The active ticket pane; default: the document. Return null when the page shows no ticket. */
  pane?: (doc: Document, url: URL) => Scope | null;
  ticketId: (pane: Scope, url: URL) => string | null | undefined;
  /** The number agents see, when the id the log keys tickets by is an internal one. */
  ticketNumber?: (pane: Scope) => string | null | undefined;
  subject: (pane: Scope) => string | null | undefined;
  requester?: (pane: Scope) => Requester | null | undefined;
  messages: MessageSpec;
  editor: (pane: Scope, doc: Document) => Element | null;
  /** The parts this kind of page is expected to show (e.g. RT shows the thread and the editor on different pages). */
  expects?: (url: URL) => readonly Part[];
  reopened?: (pane: Scope) => boolean;
}

export interface SiteAdapter extends AdapterSpec {
  /** Reads the active ticket. May throw: callers use readTicket() from lib/sites, which never does. */
  read: (doc: Document, url: string) => TicketReading;
  /** A cheap summary of the active pane that changes when the ticket or its thread does. */
  fingerprint: (doc: Document, url: string) => string;
}
