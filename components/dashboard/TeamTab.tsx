import { computeAggregates } from '@/lib/db/aggregates';
import { openLogDb } from '@/lib/db/schema';
import { AgentBreakdown } from './AgentBreakdown';
import { EventFilters } from './EventFilters';
import { useFilteredEvents, usePeriodFacets } from './EventsSection';
import { ExportView } from './ExportView';
import { LogImport } from './LogImport';
import { useLogQuery } from './use-log-query';

export function TeamTab({ from, to }: { from: number; to: number }) {
  const aggregates = useLogQuery(() => computeAggregates(openLogDb(), { from, to }), [from, to]);
  const facets = usePeriodFacets(from, to, true);
  const pages = useFilteredEvents(from, to);
  return (
    <>
      <LogImport />
      <AgentBreakdown agents={aggregates?.agents ?? []} />
      <ExportView from={from} to={to} matching={pages.matching}>
        <EventFilters facets={facets} />
      </ExportView>
    </>
  );
}
