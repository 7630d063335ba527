import type { HighEffortTicket } from '@/lib/db/aggregates';
import { t } from '@/lib/i18n';
import { helpdeskLabel, signalLabel } from '../common/labels';
import { formatScore, formatTime } from './format';

/** Only http(s) links are followed: a ticket URL comes from an imported file and must not run script. */
const safeUrl = (url: string) => (/^https?:\/\//i.test(url) ? url : undefined);

/** `tickets` is undefined while they are read. */
export function HighEffortTickets({ tickets }: { tickets: HighEffortTicket[] | undefined }) {
  return (
    <section aria-labelledby="effort-title" className="aa-section aa-card">
      <h2 id="effort-title">{t('highEffortTitle')}</h2>
      {tickets === undefined ? (
        <p className="aa-muted">{t('loading')}</p>
      ) : tickets.length === 0 ? (
        <p className="aa-muted">{t('highEffortEmpty')}</p>
      ) : (
        <ul className="aa-tickets" data-testid="high-effort">
          {tickets.map((tk) => {
            const href = safeUrl(tk.ticket.url);
            const name = tk.ticket.subject || (tk.ticket.id ? `#${tk.ticket.id}` : tk.ticket.url);
            return (
              <li key={`${tk.ticket.helpdesk}|${tk.ticket.id ?? tk.ticket.url}`} className="aa-ticket">
                <span className="aa-score" aria-hidden="true">
                  {formatScore(tk.score)}
                </span>
                <div className="aa-ticket-body">
                  <div>
                    <span className="aa-visually-hidden">{t('effortScoreLabel', { score: formatScore(tk.score) })} </span>
                    {href ? (
                      <a href={href} target="_blank" rel="noreferrer noopener">
                        {name}
                      </a>
                    ) : (
                      name
                    )}{' '}
                    <span className="aa-muted">
                      {t('ticketMeta', { helpdesk: helpdeskLabel(tk.ticket.helpdesk), agent: tk.agent, time: formatTime(tk.at) })}
                    </span>
                  </div>
                  <ul className="aa-signals" aria-label={t('signalsLabel')}>
                    {[...new Set(tk.signals)].map((s) => (
                      <li key={s} className="aa-chip">
                        {signalLabel(s)}
                      </li>
                    ))}
                  </ul>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
