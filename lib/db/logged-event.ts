/**
 * What the coaching log keeps of an event: the message's event with the agent label added and the flag's
 * context replaced by a masked snippet (or nothing, when snippets are off). This is also one line of an
 * NDJSON export, checked with LoggedEventSchema on import.
 */
import * as z from 'zod/mini';
import {
  AdapterHealthEventSchema,
  EffortEventSchema,
  FlagEventSchema,
  ReplySentEventSchema,
  type LogEvent,
  type TicketRef,
} from '../messages/log-events';
import { dayOf } from './days';
import { makeSnippet, maskSensitive, SNIPPET_MAX_CHARS } from './snippet';

const agent = z.string().check(z.trim(), z.minLength(1), z.maxLength(80));

export const LoggedEventSchema = z.discriminatedUnion('type', [
  z.extend(z.omit(FlagEventSchema, { context: true }), {
    agent,
    /** The flagged words with a few words around them, masked. Absent when snippets are off. */
    snippet: z.optional(z.string().check(z.maxLength(SNIPPET_MAX_CHARS))),
    /** The flagged words alone, masked: what "top phrases" counts. Absent when snippets are off. */
    words: z.optional(z.string().check(z.maxLength(SNIPPET_MAX_CHARS))),
  }),
  z.extend(ReplySentEventSchema, { agent }),
  z.extend(EffortEventSchema, { agent }),
  z.extend(AdapterHealthEventSchema, { agent }),
]);
export type LoggedEvent = z.infer<typeof LoggedEventSchema>;

/** A row of the events table: a LoggedEvent plus what is derived from it once, when it is written. */
export type EventRow = LoggedEvent & {
  /** The local calendar day of `at` when written; the daily tallies it counts in are keyed by it. */
  day: string;
  ticketKey: string;
};

export function ticketKeyOf(ticket: TicketRef): string {
  return `${ticket.helpdesk}|${ticket.id ?? ticket.url}`;
}

/** Subjects quote customers too ("Refund to ann@example.com"): they are masked like snippets. */
function withMaskedSubject<E extends LogEvent>(event: E): E {
  return event.ticket.subject === undefined ? event : { ...event, ticket: { ...event.ticket, subject: maskSensitive(event.ticket.subject) } };
}

export function toLoggedEvent(received: LogEvent, settings: { agentLabel: string; snippetsEnabled: boolean }): LoggedEvent {
  const event = withMaskedSubject(received);
  if (event.type !== 'flag') return { ...event, agent: settings.agentLabel };
  const { context, ...rest } = event;
  if (!settings.snippetsEnabled || !context) return { ...rest, agent: settings.agentLabel };
  return { ...rest, agent: settings.agentLabel, ...makeSnippet(context.text, context.start, context.end) };
}

export function toEventRow(event: LoggedEvent): EventRow {
  return intoEventRow({ ...event });
}

/**
 * toEventRow for an event nothing else holds (one just parsed from an import's line): the fields are added to
 * it, where copying it first costs an import several times what adding them does.
 */
export function intoEventRow(event: LoggedEvent): EventRow {
  const row = event as EventRow;
  row.day = dayOf(event.at);
  row.ticketKey = ticketKeyOf(event.ticket);
  return row;
}

export function fromEventRow(row: EventRow): LoggedEvent {
  const { day: _day, ticketKey: _ticketKey, ...event } = row;
  return event;
}
