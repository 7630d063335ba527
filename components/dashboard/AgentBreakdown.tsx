import type { AgentCounts } from '@/lib/db/aggregates';
import { t } from '@/lib/i18n';
import { formatCount, formatShare } from './format';

const fixedShare = (a: AgentCounts) => {
  const resolved = a.fixed + a.applied + a.dismissed + a.sent;
  return resolved === 0 ? '—' : formatShare((a.fixed + a.applied) / resolved);
};

export function AgentBreakdown({ agents }: { agents: AgentCounts[] }) {
  return (
    <section aria-labelledby="agents-title" className="aa-section aa-card">
      <h2 id="agents-title">{t('agentsTitle')}</h2>
      {agents.length === 0 ? (
        <p className="aa-muted">{t('agentsEmpty')}</p>
      ) : (
        <table className="aa-plain-table" data-testid="agents-table">
          <thead>
            <tr>
              <th scope="col">{t('columnAgent')}</th>
              <th scope="col">{t('agentReplies')}</th>
              <th scope="col">{t('agentRepliesWithFlags')}</th>
              <th scope="col">{t('agentFlags')}</th>
              <th scope="col">{t('figureFixed')}</th>
              <th scope="col">{t('figureApplied')}</th>
              <th scope="col">{t('agentDismissed')}</th>
              <th scope="col">{t('figureSent')}</th>
            </tr>
          </thead>
          <tbody>
            {agents.map((a) => (
              <tr key={a.agent} data-agent={a.agent}>
                <th scope="row">{a.agent}</th>
                <td>{formatCount(a.replies)}</td>
                <td>{formatCount(a.repliesWithFlags)}</td>
                <td>{formatCount(a.shown)}</td>
                <td>{fixedShare(a)}</td>
                <td>{formatCount(a.applied)}</td>
                <td>{formatCount(a.dismissed)}</td>
                <td>{formatCount(a.sent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
