import type { TicketRef } from '../messages/log-events';
import type { TicketSummary } from './store';

/** The log's ticket reference: the adapter's ticket (with its link) when one was read, else the page ('generic'). */
export function ticketRef(ticket: TicketSummary | null, pageUrl: string): TicketRef {
  return {
    helpdesk: ticket?.helpdesk ?? 'generic',
    id: ticket?.id?.slice(0, 200) ?? null,
    url: (ticket?.url ?? pageUrl).slice(0, 2048),
    ...(ticket?.subject ? { subject: ticket.subject.slice(0, 500) } : {}),
  };
}
