/**
 * The open ticket, kept current: watches the page through the site adapter and, on each new reading, puts the
 * ticket, its effort and the adapter's health in the store; logs an effort event when a ticket's report
 * changes and an adapter-health event once per missing set; hands the adapter's reply editor to the coach.
 */
import { guard, report as reportError } from './guard';
import type { LogEvent, TicketRef } from '../messages/log-events';
import { watchTicket, type SiteAdapter, type TicketReading, type WatchOptions } from '../sites';
import { adapterHealthEvent, effortEvent } from './events';
import type { CoachStore } from './store';
import { cacheSync, type TicketCache } from './ticket-cache';
import { ticketRef } from './ticket-ref';
import { effortKey, effortSummary, ticketEffort, ticketSummary, type ThreadScorer } from './ticket-view';

export interface TicketReaderDeps {
  log(...events: LogEvent[]): void;
  newId(): string;
  /** The open ticket's reply editor, whenever the ticket or its editor element changes. */
  onEditor(editor: Element, ticket: TicketRef): void;
  /** Remembers tickets read with their thread, for the pages of the same ticket that show none. */
  cache?: TicketCache;
  /** Scores the thread's effort; without it the panel shows the ticket without an effort score. */
  scoreEffort?: ThreadScorer;
}

/**
 * A reading is of a ticket when the URL is one of the helpdesk's ticket pages or the adapter found an id: on
 * the helpdesk's other pages (inbox, dashboard) nothing is missing, there is simply no ticket.
 */
function onTicketPage(adapter: SiteAdapter, reading: TicketReading, href: string): boolean {
  if (reading.ticket?.id) return true;
  try {
    return adapter.detect(new URL(href));
  } catch {
    return false;
  }
}

/** The missing parts that this kind of page should have had (Gmail shows no reply editor until Reply is clicked). */
function unexpectedlyMissing(adapter: SiteAdapter, reading: TicketReading, href: string): string[] {
  let expected: readonly string[] | undefined;
  try {
    expected = adapter.expects?.(new URL(href));
  } catch {
    expected = undefined;
  }
  return reading.missing.filter((p) => !expected || p === '*' || p === 'pane' || expected.includes(p));
}

/** A page of the ticket that does not show its thread (RT's reply page): its adapter expects none there. */
function showsNoThread(adapter: SiteAdapter, href: string): boolean {
  try {
    return adapter.expects ? !adapter.expects(new URL(href)).includes('thread') : false;
  } catch {
    return false;
  }
}

export interface TicketReaderOptions extends WatchOptions {
  /**
   * How long parts must stay missing before the panel and the log say so: single-page apps render the ticket
   * after the script starts, and a page still loading is not a broken adapter.
   */
  healthSettleMs?: number;
}

export function readTickets(
  doc: Document,
  adapter: SiteAdapter,
  store: CoachStore,
  deps: TicketReaderDeps,
  { healthSettleMs = 2000, ...watchOptions }: TicketReaderOptions = {},
): () => void {
  const loggedEffort = new Map<string, string>();
  const reportedHealth = new Set<string>();
  let lastEditor: Element | null = null;
  let lastTicket: string | null = null;
  let healthTimer: ReturnType<typeof setTimeout> | undefined;
  const cached = deps.cache && cacheSync(deps.cache, (e) => reportError('sites: ticket cache', e));

  const reportHealth = (missing: string[], ref: TicketRef) => {
    store.setState({ health: { helpdesk: adapter.id, missing } });
    const key = `${adapter.id}|${[...missing].sort().join(',')}`;
    if (reportedHealth.has(key)) return;
    reportedHealth.add(key);
    deps.log(adapterHealthEvent({ ticket: () => ref, newId: deps.newId }, missing));
  };

  const onReading = (reading: TicketReading) => {
    const href = doc.location.href;
    const isTicket = onTicketPage(adapter, reading, href);
    const ticket = isTicket ? reading.ticket : null;
    const summary = ticket ? ticketSummary(adapter, ticket) : null;
    const report = ticket ? ticketEffort(ticket, deps.scoreEffort) : null;
    const missing = isTicket ? unexpectedlyMissing(adapter, reading, href) : [];
    const effort = report && effortSummary(report);
    store.setState({ ticket: summary, effort, latestCustomer: ticket ? (reading.latestCustomer ?? null) : null, ...(missing.length ? {} : { health: null }) });
    if (cached && summary) {
      if (effort) cached.remember(href, summary, effort);
      else if (showsNoThread(adapter, href)) {
        cached.recall(href, summary, (ticket, effort) => {
          if (store.getState().ticket === summary) store.setState({ ticket, effort });
        });
      }
    }

    const ref: TicketRef = { ...ticketRef(summary, href), helpdesk: adapter.id };
    const make = { ticket: () => ref, newId: deps.newId };
    const ticketKey = summary ? `${summary.helpdesk}|${summary.id ?? summary.url}` : null;
    if (report && ticketKey && loggedEffort.get(ticketKey) !== effortKey(report)) {
      loggedEffort.set(ticketKey, effortKey(report));
      deps.log(effortEvent(make, report));
    }
    clearTimeout(healthTimer);
    if (missing.length) healthTimer = setTimeout(guard('sites: health', () => reportHealth(missing, ref)), healthSettleMs);
    if (summary && reading.editor && (reading.editor !== lastEditor || ticketKey !== lastTicket)) {
      deps.onEditor(reading.editor, ref);
    }
    lastEditor = reading.editor;
    lastTicket = ticketKey;
  };

  const stop = watchTicket(doc, adapter, guard(`sites: ${adapter.id}`, onReading), watchOptions);
  return () => {
    stop();
    clearTimeout(healthTimer);
  };
}
