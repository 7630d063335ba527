import type { DashboardSummary } from '@/lib/db/dashboard-summary';
import { t } from '@/lib/i18n';
import { formatCount, formatRatio, formatScore, formatShare } from './format';

interface Figure {
  id: string;
  label: string;
  value: string;
  detail: string;
}

function figuresOf({ aggregates: a, effort }: DashboardSummary): Figure[] {
  const flags = Object.values(a.byCategory).reduce((s, n) => s + n, 0);
  const resolved = a.outcomes.fixed + a.outcomes.applied + a.outcomes.dismissed + a.outcomes.sent;
  return [
    { id: 'replies', label: t('figureReplies'), value: formatCount(a.replies.sent), detail: t('figureRepliesDetail', { n: a.replies.withFlags }) },
    { id: 'flags', label: t('figureFlags'), value: formatCount(flags), detail: a.replies.sent ? t('figureFlagsDetail', { n: formatRatio(flags / a.replies.sent) }) : '' },
    {
      id: 'fixed',
      label: t('figureFixed'),
      value: a.fixedBeforeSending === null ? '—' : formatShare(a.fixedBeforeSending),
      detail: t('figureFixedDetail', { n: resolved }),
    },
    { id: 'applied', label: t('figureApplied'), value: formatCount(a.suggestionsApplied), detail: t('figureAppliedDetail') },
    { id: 'sent', label: t('figureSent'), value: formatCount(a.outcomes.sent), detail: t('figureSentDetail', { n: a.replies.withFlags }) },
    {
      id: 'effort',
      label: t('figureEffort'),
      value: effort.average === null ? '—' : formatScore(effort.average),
      detail: t('figureEffortDetail', { n: effort.tickets }),
    },
    { id: 'high-effort', label: t('figureHighEffort'), value: formatCount(effort.high), detail: t('figureHighEffortDetail') },
  ];
}

export function HeadlineFigures({ summary }: { summary: DashboardSummary }) {
  return (
    <section aria-labelledby="figures-title" className="aa-section">
      <h2 id="figures-title" className="aa-visually-hidden">
        {t('figuresTitle')}
      </h2>
      <dl className="aa-figures">
        {figuresOf(summary).map((f) => (
          <div key={f.id} className="aa-figure" data-figure={f.id}>
            <dt>{f.label}</dt>
            <dd className="aa-figure-value">{f.value}</dd>
            <dd className="aa-figure-detail">{f.detail}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
