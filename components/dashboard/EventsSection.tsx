import { useEffect, useState } from 'react';
import { periodFacets, type EventFacets } from '@/lib/db/event-query';
import { openLogDb } from '@/lib/db/schema';
import { t } from '@/lib/i18n';
import { EmptyState } from '../common/EmptyState';
import { EventFilters } from './EventFilters';
import { EventTable } from './EventTable';
import { formatCount } from './format';
import { useDashboard } from './store';
import { useEventPages, type EventPages } from './use-event-pages';
import { useLogQuery } from './use-log-query';

/** The period's events under the dashboard's filters and sort. */
export function useFilteredEvents(from: number, to: number): EventPages {
  const filters = useDashboard((s) => s.filters);
  const sort = useDashboard((s) => s.sort);
  return useEventPages(from, to, filters, sort);
}

/**
 * The rules and agents of the period, for the filters: read once `due` (after the table's first page, since
 * they need every agent's tallies of the period, thousands of rows the first rows should not wait for).
 */
export function usePeriodFacets(from: number, to: number, due: boolean) {
  return useLogQuery(async () => (due ? periodFacets(openLogDb(), { from, to }) : NO_FACETS), [from, to, due]) ?? NO_FACETS;
}
const NO_FACETS: EventFacets = { rules: [], agents: [] };

export function eventsStatus(pages: EventPages): string {
  if (!pages.ready || pages.total === undefined) return t('loading');
  if (pages.matching === undefined) return t('eventsCounting', { total: formatCount(pages.total) });
  return t('eventsShowing', { shown: formatCount(pages.matching), total: formatCount(pages.total) });
}

export function EventsSection({ from, to }: { from: number; to: number }) {
  const pages = useFilteredEvents(from, to);
  const [facetsDue, setFacetsDue] = useState(false);
  useEffect(() => {
    if (pages.ready) setFacetsDue(true);
  }, [pages.ready]);
  const facets = usePeriodFacets(from, to, facetsDue);
  return (
    <section aria-labelledby="events-title" className="aa-section aa-card" data-loaded={pages.ready}>
      <div className="aa-section-head">
        <h2 id="events-title">{t('eventsTitle')}</h2>
        <span className="aa-muted" aria-live="polite" data-testid="events-status">
          {eventsStatus(pages)}
        </span>
      </div>
      <EventFilters facets={facets} />
      {!pages.ready && pages.rows.length === 0 && !pages.hasMore ? (
        <p className="aa-muted">{t('loading')}</p>
      ) : pages.ready && pages.total === 0 ? (
        <EmptyState title={t('eventsEmptyTitle')}>{t('eventsEmptyBody')}</EmptyState>
      ) : pages.ready && pages.rows.length === 0 && !pages.hasMore ? (
        <EmptyState title={t('eventsNoMatchTitle')}>{t('eventsNoMatchBody')}</EmptyState>
      ) : (
        <EventTable pages={pages} />
      )}
    </section>
  );
}
