import type { EffortSummary as Effort, TicketSummary } from '../lib/coach/store';

const SIGNAL_LABEL: Record<string, string> = {
  'repeat-contact': 'Contacted again',
  'repeated-information': 'Repeated information',
  transfer: 'Transferred',
  'channel-switch': 'Switched channel',
  'long-wait': 'Long wait',
  'escalation-demand': 'Asked to escalate',
  unresolved: 'Still unresolved',
  frustration: 'Frustrated',
};

/** The ticket's customer effort, once a site adapter has read the thread. */
export function EffortSummary({ ticket, effort }: { ticket: TicketSummary | null; effort: Effort | null }) {
  if (!ticket) return <p className="aa-muted">No ticket read on this page</p>;
  return (
    <section className="aa-effort" aria-label="Customer effort">
      <div className="aa-effort-head">
        <span className="aa-ticket">{ticket.subject ?? (ticket.id ? `Ticket ${ticket.id}` : 'This ticket')}</span>
        {effort && (
          <span className={`aa-score aa-${effort.level}`} title="Customer effort score (0–100)">
            Effort {Math.round(effort.score)} · {effort.level}
          </span>
        )}
      </div>
      {effort && effort.signals.length > 0 && (
        <ul className="aa-signals">
          {[...new Set(effort.signals.map((s) => s.id))].map((id) => (
            <li key={id}>{SIGNAL_LABEL[id] ?? id}</li>
          ))}
        </ul>
      )}
      {effort?.reasons.map((r, i) => (
        <p key={i} className="aa-muted">
          {r}
        </p>
      ))}
    </section>
  );
}
