import type { TicketRef } from '../messages/log-events';
import type { TicketSummary } from './store';

/** The log's ticket reference: the adapter's ticket when one was read, else the page itself ('generic'). */
export function ticketRef(ticket: TicketSummary | null, url: string): TicketRef {
  return {
    helpdesk: ticket?.helpdesk ?? 'generic',
    id: ticket?.id ?? null,
    url: url.slice(0, 2048),
    ...(ticket?.subject ? { subject: ticket.subject.slice(0, 500) } : {}),
  };
}
