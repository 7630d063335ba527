import { lazy, Suspense } from 'react';
import { loadHighEffortTickets } from '@/lib/db/aggregates';
import { loadDashboardSummary, type DashboardSummary } from '@/lib/db/dashboard-summary';
import { countPeriodEvents } from '@/lib/db/event-query';
import { openLogDb } from '@/lib/db/schema';
import { t } from '@/lib/i18n';
import { EmptyState } from '../common/EmptyState';
import { EventsSection } from './EventsSection';
import { HeadlineFigures } from './HeadlineFigures';
import { HighEffortTickets } from './HighEffortTickets';
import { TopLists } from './TopLists';
import { useLogQuery } from './use-log-query';

// The chart library is the page's largest part: figures and table render first, the chart when it has loaded.
const TrendChart = lazy(() => import('./TrendChart').then((m) => ({ default: m.TrendChart })));

const isEmpty = ({ aggregates: a, effort }: DashboardSummary) =>
  a.replies.sent === 0 && Object.values(a.outcomes).every((n) => n === 0) && effort.tickets === 0;

export function OverviewTab({ from, to, onOpenTeam }: { from: number; to: number; onOpenTeam: () => void }) {
  const summary = useLogQuery(() => loadDashboardSummary(openLogDb(), { from, to }), [from, to]);
  const total = useLogQuery(() => countPeriodEvents(openLogDb(), from, to), [from, to]);
  // Read once the figures are in: a period's high-effort tickets are thousands of rows, and the database
  // answers one read after the other (the figures' tallies waited 400 ms behind them).
  const summaryIn = summary !== undefined;
  const highEffort = useLogQuery(async () => (summaryIn ? loadHighEffortTickets(openLogDb(), { from, to }) : undefined), [from, to, summaryIn]);
  if (summary && total !== undefined && isEmpty(summary) && total === 0) {
    return (
      <EmptyState title={t('overviewEmptyTitle')} testId="overview-empty">
        <p>{t('overviewEmptyBody')}</p>
        <ul>
          <li>{t('overviewEmptyStepSites')}</li>
          <li>
            {t('overviewEmptyStepImport')}{' '}
            <button type="button" className="aa-button" onClick={onOpenTeam}>
              {t('overviewEmptyImportButton')}
            </button>
          </li>
          <li>{t('overviewEmptyStepPeriod')}</li>
        </ul>
      </EmptyState>
    );
  }
  // The table reads its first page while the figures are computed, not after.
  return (
    <>
      {summary ? (
        <>
          <HeadlineFigures summary={summary} />
          <Suspense fallback={<div className="aa-card aa-chart-placeholder" />}>
            <TrendChart trend={summary.trend} />
          </Suspense>
          <TopLists aggregates={summary.aggregates} />
          <HighEffortTickets tickets={highEffort} />
        </>
      ) : (
        <p className="aa-muted">{t('loading')}</p>
      )}
      <EventsSection from={from} to={to} />
    </>
  );
}
