import { useState, type ReactNode } from 'react';
import { readEventPage, type EventFilters, type PageCursor } from '@/lib/db/event-query';
import { exportHeader, toCsvLines, toNdjsonLines } from '@/lib/db/export';
import { fromEventRow, type LoggedEvent } from '@/lib/db/logged-event';
import { openLogDb } from '@/lib/db/schema';
import { getSettings } from '@/lib/settings/store';
import { t } from '@/lib/i18n';
import { downloadText, fileStamp } from '../common/download';
import { formatCount } from './format';
import { useDashboard } from './store';

/** The period's events under the filters, oldest first (as the log's own export writes them), read page by page. */
async function matchingEvents(from: number, to: number, filters: EventFilters): Promise<LoggedEvent[]> {
  const events: LoggedEvent[] = [];
  let cursor: PageCursor | undefined;
  do {
    const page = await readEventPage(openLogDb(), { from, to }, filters, { key: 'at', dir: 'asc' }, 5000, cursor);
    for (const row of page.rows) events.push(fromEventRow(row));
    cursor = page.next;
  } while (cursor);
  return events;
}

async function exportEvents(events: LoggedEvent[], format: 'csv' | 'ndjson') {
  const stamp = fileStamp();
  if (format === 'csv') {
    downloadText(`agent-assist-events-${stamp}.csv`, [...toCsvLines(events)], 'text/csv;charset=utf-8');
  } else {
    const { agentLabel } = await getSettings();
    downloadText(`agent-assist-log-${agentLabel}-${stamp}.ndjson`, [...toNdjsonLines(exportHeader(agentLabel, events.length), events)], 'application/x-ndjson');
  }
}

export function ExportView({ from, to, matching, children }: { from: number; to: number; matching: number | undefined; children?: ReactNode }) {
  const filters = useDashboard((s) => s.filters);
  const [busy, setBusy] = useState(false);
  const run = async (format: 'csv' | 'ndjson') => {
    setBusy(true);
    try {
      await exportEvents(await matchingEvents(from, to, filters), format);
    } finally {
      setBusy(false);
    }
  };
  const disabled = busy || !matching;
  return (
    <section aria-labelledby="export-title" className="aa-section aa-card">
      <h2 id="export-title">{t('exportTitle')}</h2>
      <p className="aa-muted">{t('exportHelp', { n: matching === undefined ? '…' : formatCount(matching) })}</p>
      {children}
      <div className="aa-actions">
        <button type="button" className="aa-button" disabled={disabled} onClick={() => void run('csv')} data-testid="export-csv">
          {t('exportCsv')}
        </button>
        <button type="button" className="aa-button" disabled={disabled} onClick={() => void run('ndjson')} data-testid="export-ndjson">
          {t('exportNdjson')}
        </button>
      </div>
    </section>
  );
}
