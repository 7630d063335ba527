import { useLiveQuery } from 'dexie-react-hooks';
import { computeAggregates } from '@/lib/db/aggregates';
import { openLogDb } from '@/lib/db/schema';
import { AgentBreakdown } from './AgentBreakdown';
import { EventFilters } from './EventFilters';
import { useFilteredEvents } from './EventsSection';
import { ExportView } from './ExportView';
import { LogImport } from './LogImport';
import { facetsOf } from '@/lib/db/event-query';
import { useMemo } from 'react';
import type { PeriodEvents } from './use-period-events';

export function TeamTab({ from, to, events }: { from: number; to: number; events: PeriodEvents }) {
  const aggregates = useLiveQuery(() => computeAggregates(openLogDb(), { from, to }), [from, to]);
  const facets = useMemo(() => facetsOf(events.rows), [events.rows]);
  const rows = useFilteredEvents(events);
  return (
    <>
      <LogImport />
      <AgentBreakdown agents={aggregates?.agents ?? []} />
      <ExportView rows={rows} ready={events.complete}>
        <EventFilters facets={facets} />
      </ExportView>
    </>
  );
}
