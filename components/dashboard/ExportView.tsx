import type { ReactNode } from 'react';
import { exportHeader, toCsvLines, toNdjsonLines } from '@/lib/db/export';
import { fromEventRow, type EventRow } from '@/lib/db/logged-event';
import { getSettings } from '@/lib/settings/store';
import { t } from '@/lib/i18n';
import { downloadText, fileStamp } from '../common/download';
import { formatCount } from './format';

/** Oldest first, as the log's own export writes them. */
const chronological = (rows: readonly EventRow[]) => [...rows].sort((a, b) => a.at - b.at || (a.eventId < b.eventId ? -1 : 1)).map(fromEventRow);

async function exportRows(rows: readonly EventRow[], format: 'csv' | 'ndjson') {
  const events = chronological(rows);
  const stamp = fileStamp();
  if (format === 'csv') {
    downloadText(`agent-assist-events-${stamp}.csv`, [...toCsvLines(events)], 'text/csv;charset=utf-8');
  } else {
    const { agentLabel } = await getSettings();
    downloadText(`agent-assist-log-${agentLabel}-${stamp}.ndjson`, [...toNdjsonLines(exportHeader(agentLabel, events.length), events)], 'application/x-ndjson');
  }
}

export function ExportView({ rows, ready, children }: { rows: readonly EventRow[]; ready: boolean; children?: ReactNode }) {
  return (
    <section aria-labelledby="export-title" className="aa-section aa-card">
      <h2 id="export-title">{t('exportTitle')}</h2>
      <p className="aa-muted">{t('exportHelp', { n: formatCount(rows.length) })}</p>
      {children}
      <div className="aa-actions">
        <button type="button" className="aa-button" disabled={!ready || rows.length === 0} onClick={() => void exportRows(rows, 'csv')} data-testid="export-csv">
          {t('exportCsv')}
        </button>
        <button type="button" className="aa-button" disabled={!ready || rows.length === 0} onClick={() => void exportRows(rows, 'ndjson')} data-testid="export-ndjson">
          {t('exportNdjson')}
        </button>
      </div>
    </section>
  );
}
