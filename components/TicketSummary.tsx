import type { AdapterHealth, TicketSummary as Ticket } from '../lib/coach/store';
import { t, tCount, type MessageKey } from '../lib/i18n';
import { isRecalled } from '../lib/coach/ticket-cache';

/** The open ticket as the site adapter read it: helpdesk, id, subject, requester and the thread's messages. */
export function TicketSummary({ ticket }: { ticket: Ticket }) {
  const { customer, agent, internal } = ticket.messages;
  const who = ticket.requester?.name ?? ticket.requester?.email;
  const counts = [
    tCount(customer, 'ticketCustomerMessagesOne', 'ticketCustomerMessagesOther'),
    tCount(agent, 'ticketAgentRepliesOne', 'ticketAgentRepliesOther'),
    ...(internal > 0 ? [tCount(internal, 'ticketInternalNotesOne', 'ticketInternalNotesOther')] : []),
  ];
  return (
    <section className="aa-ticket-card" aria-label={t('ticketLabel')}>
      <div className="aa-ticket-meta">
        <span className="aa-helpdesk" data-testid="aa-helpdesk" data-helpdesk={ticket.helpdesk}>
          {ticket.helpdeskName ?? ticket.helpdesk}
        </span>
        {ticket.id && (
          <span className="aa-ticket-id" data-testid="aa-ticket-id" data-ticket-id={ticket.id} title={ticket.number ?? ticket.id}>
            {t('ticketId', { id: ticket.number ?? ticket.id })}
          </span>
        )}
      </div>
      <p className="aa-ticket-subject" data-testid="aa-subject" title={ticket.subject}>
        {ticket.subject ?? t('ticketNoSubject')}
      </p>
      {who && (
        <p className="aa-requester" data-testid="aa-requester" title={ticket.requester?.email}>
          {who}
          {ticket.requester?.name && ticket.requester.email && <span className="aa-email"> · {ticket.requester.email}</span>}
        </p>
      )}
      {isRecalled(ticket) && (
        <p
          className="aa-muted aa-from-ticket-page"
          data-testid="aa-from-ticket-page"
          title={t('ticketFromTicketPageTitle', { time: new Date(ticket.fromTicketPage.readAt).toLocaleString() })}
        >
          {t('ticketFromTicketPage')}
        </p>
      )}
      <p
        className="aa-message-counts"
        data-testid="aa-message-counts"
        data-customer={customer}
        data-agent={agent}
        data-internal={internal}
      >
        {counts.join(' · ')}
      </p>
    </section>
  );
}

const PART: Record<string, MessageKey> = {
  '*': 'healthPartPage',
  pane: 'healthPartPane',
  id: 'healthPartId',
  subject: 'healthPartSubject',
  requester: 'healthPartRequester',
  thread: 'healthPartThread',
  editor: 'healthPartEditor',
};

/** What the adapter could not read: coaching the draft goes on regardless. */
export function AdapterHealthNote({ health }: { health: AdapterHealth }) {
  const parts = health.missing.map((p) => (p in PART ? t(PART[p]) : p)).join(', ');
  return (
    <p className="aa-health" role="status" data-testid="aa-health" data-missing={health.missing.join(' ')}>
      {t('healthCouldNotRead', { parts })}
    </p>
  );
}
