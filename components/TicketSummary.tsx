import type { AdapterHealth, TicketSummary as Ticket } from '../lib/coach/store';
import { isRecalled } from '../lib/coach/ticket-cache';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The open ticket as the site adapter read it: helpdesk, id, subject, requester and the thread's messages. */
export function TicketSummary({ ticket }: { ticket: Ticket }) {
  const { customer, agent, internal } = ticket.messages;
  const who = ticket.requester?.name ?? ticket.requester?.email;
  return (
    <section className="aa-ticket-card" aria-label="Ticket">
      <div className="aa-ticket-meta">
        <span className="aa-helpdesk" data-testid="aa-helpdesk" data-helpdesk={ticket.helpdesk}>
          {ticket.helpdeskName ?? ticket.helpdesk}
        </span>
        {ticket.id && (
          <span className="aa-ticket-id" data-testid="aa-ticket-id" data-ticket-id={ticket.id} title={ticket.id}>
            #{ticket.id}
          </span>
        )}
      </div>
      <p className="aa-ticket-subject" data-testid="aa-subject" title={ticket.subject}>
        {ticket.subject ?? 'No subject read'}
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
          title={`Read on the ticket page at ${new Date(ticket.fromTicketPage.readAt).toLocaleString()}`}
        >
          From the ticket page: this page does not show the thread.
        </p>
      )}
      <p
        className="aa-message-counts"
        data-testid="aa-message-counts"
        data-customer={customer}
        data-agent={agent}
        data-internal={internal}
      >
        {plural(customer, 'customer message')} · {plural(agent, 'agent reply', 'agent replies')}
        {internal > 0 && ` · ${plural(internal, 'internal note')}`}
      </p>
    </section>
  );
}

/** What the adapter could not read: coaching the draft goes on regardless. */
export function AdapterHealthNote({ health }: { health: AdapterHealth }) {
  const parts = health.missing.map((p) => (p === '*' ? 'the page' : p)).join(', ');
  return (
    <p className="aa-health" role="status" data-testid="aa-health" data-missing={health.missing.join(' ')}>
      Couldn’t read: {parts} — coaching still works
    </p>
  );
}
