import { useMemo } from 'react';
import { facetsOf, queryEvents } from '@/lib/db/event-query';
import { t } from '@/lib/i18n';
import { EmptyState } from '../common/EmptyState';
import { EventFilters } from './EventFilters';
import { EventTable } from './EventTable';
import { formatCount } from './format';
import { useDashboard } from './store';
import type { PeriodEvents } from './use-period-events';

export function useFilteredEvents(events: PeriodEvents) {
  const filters = useDashboard((s) => s.filters);
  const sort = useDashboard((s) => s.sort);
  return useMemo(() => queryEvents(events.rows, filters, sort), [events.rows, filters, sort]);
}

export function EventsSection({ events }: { events: PeriodEvents }) {
  const facets = useMemo(() => facetsOf(events.rows), [events.rows]);
  const rows = useFilteredEvents(events);
  const loading = !events.complete;
  return (
    <section aria-labelledby="events-title" className="aa-section aa-card" data-loaded={events.complete}>
      <div className="aa-section-head">
        <h2 id="events-title">{t('eventsTitle')}</h2>
        <span className="aa-muted" aria-live="polite" data-testid="events-status">
          {loading
            ? t('eventsLoading', { done: events.rows.length, total: events.total ?? 0 })
            : t('eventsShowing', { shown: formatCount(rows.length), total: formatCount(events.rows.length) })}
        </span>
      </div>
      <EventFilters facets={facets} />
      {events.complete && events.rows.length === 0 ? (
        <EmptyState title={t('eventsEmptyTitle')}>{t('eventsEmptyBody')}</EmptyState>
      ) : events.complete && rows.length === 0 ? (
        <EmptyState title={t('eventsNoMatchTitle')}>{t('eventsNoMatchBody')}</EmptyState>
      ) : (
        <EventTable rows={rows} />
      )}
    </section>
  );
}
