/**
 * The open ticket, kept current: watches the page through the site adapter and, on each new reading, puts the
 * ticket, its effort and the adapter's health in the store; logs an effort event when a ticket's report
 * changes and an adapter-health event once per missing set; hands the adapter's reply editor to the coach.
 */
import { guard, report as reportError } from './guard';
import type { LogEvent, TicketRef } from '../messages/log-events';
import { watchTicket, type SiteAdapter, type TicketReading, type WatchOptions } from '../sites';
import { adapterHealthEvent, effortEvent } from './events';
import { cacheSync, type TicketCache } from './ticket-cache';
import { ticketRef } from './ticket-ref';
import { effortKey, effortSummary, effortThread, ticketSummary, type ThreadScorer } from './ticket-view';
import type { EffortReport, Thread } from '../effort/types';
import type { CoachStore, EffortState, TicketSummary } from './store';

/** On the page's performance timeline: when the reader asked for the ticket's effort, and when it was in the panel's store. */
export const EFFORT_ASKED_MARK = 'agent-assist:effort-asked';
export const EFFORT_SHOWN_MARK = 'agent-assist:effort-shown';
/** Each piece of the content script's own work for the effort (asking; taking the answer), as a measure the bench sums. */
export const EFFORT_WORK_MEASURE = 'agent-assist:effort-work';

type EventMaker = Parameters<typeof effortEvent>[0];

/** Runs fn, and leaves its duration on the page's performance timeline (cleared at each new ask). */
function measured<T>(fn: () => T): T {
  const start = performance.now();
  try {
    return fn();
  } finally {
    performance.measure(EFFORT_WORK_MEASURE, { start });
  }
}

export interface TicketReaderDeps {
  log(...events: LogEvent[]): void;
  newId(): string;
  /** The open ticket's reply editor, whenever the ticket or its editor element changes. */
  onEditor(editor: Element, ticket: TicketRef): void;
  /** Remembers tickets read with their thread, for the pages of the same ticket that show none. */
  cache?: TicketCache;
  /** Scores the thread's effort (the background worker); without it the panel says the score is unavailable. */
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

  // Each reading's number: an effort answer updates the panel only while its reading is the latest.
  let readings = 0;
  let stopped = false;

  /** Asks for the thread's score; on the answer, logs it when the ticket's report changed and shows it if still current. */
  const scoreThread = (score: ThreadScorer, thread: Thread, mine: number, href: string, summary: TicketSummary, make: EventMaker, ticketKey: string) => {
    for (const mark of [EFFORT_ASKED_MARK, EFFORT_SHOWN_MARK]) performance.clearMarks(mark);
    performance.clearMeasures(EFFORT_WORK_MEASURE);
    performance.mark(EFFORT_ASKED_MARK);
    const asked: Promise<EffortReport> = measured(() => score(thread));
    asked.then(
      (report: EffortReport) =>
        measured(() => {
          if (stopped) return;
          if (loggedEffort.get(ticketKey) !== effortKey(report)) {
            loggedEffort.set(ticketKey, effortKey(report));
            deps.log(effortEvent(make, report));
          }
          if (mine !== readings) return;
          const effort = effortSummary(report);
          store.setState({ effort, effortState: 'ready' });
          if (cached) cached.remember(href, summary, effort);
          performance.mark(EFFORT_SHOWN_MARK);
        }),
      (error: unknown) => {
        if (stopped) return;
        reportError('effort', error);
        if (mine === readings) store.setState({ effort: null, effortState: 'unavailable' });
      },
    );
  };

  const onReading = (reading: TicketReading) => {
    const mine = ++readings;
    const href = doc.location.href;
    const isTicket = onTicketPage(adapter, reading, href);
    const ticket = isTicket ? reading.ticket : null;
    const summary = ticket ? ticketSummary(adapter, ticket) : null;
    const thread = ticket ? effortThread(ticket) : null;
    const missing = isTicket ? unexpectedlyMissing(adapter, reading, href) : [];
    const ticketKey = summary ? `${summary.helpdesk}|${summary.id ?? summary.url}` : null;
    // While a changed thread of the same ticket is scored again, the score it had stays in the panel.
    const before = store.getState();
    const kept = thread && deps.scoreEffort && ticketKey !== null && ticketKey === lastTicket ? before.effort : null;
    const effortState: EffortState = !thread ? 'none' : deps.scoreEffort ? 'scoring' : 'unavailable';
    store.setState({
      ticket: summary,
      effort: kept,
      effortState,
      latestCustomer: ticket ? (reading.latestCustomer ?? null) : null,
      ...(missing.length ? {} : { health: null }),
    });
    if (cached && summary && !thread && showsNoThread(adapter, href)) {
      cached.recall(href, summary, (ticket, effort) => {
        if (store.getState().ticket === summary) store.setState({ ticket, effort, effortState: effort ? 'ready' : 'none' });
      });
    }

    const ref: TicketRef = { ...ticketRef(summary, href), helpdesk: adapter.id };
    const make = { ticket: () => ref, newId: deps.newId };
    if (thread && deps.scoreEffort && summary && ticketKey) scoreThread(deps.scoreEffort, thread, mine, href, summary, make, ticketKey);
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
    stopped = true;
    stop();
    clearTimeout(healthTimer);
  };
}
