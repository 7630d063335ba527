/** The text of each cell of the event table (and nothing else): one place that knows how an event reads. */
import type { EventRow } from '@/lib/db/logged-event';
import { t } from '@/lib/i18n';
import { categoryLabel, flagStateLabel, ruleLabel } from '../common/labels';
import { formatScore } from './format';

export function ticketText(row: EventRow): string {
  const { id, subject, url } = row.ticket;
  if (id && subject) return `#${id} ${subject}`;
  return id ? `#${id}` : (subject ?? url);
}

export const safeTicketUrl = (row: EventRow) => (/^https?:\/\//i.test(row.ticket.url) ? row.ticket.url : undefined);

export function categoryText(row: EventRow): string {
  return row.type === 'flag' ? categoryLabel(row.category) : '';
}

export function ruleText(row: EventRow): string {
  if (row.type === 'flag') return ruleLabel(row.rule);
  if (row.type === 'reply-sent') return row.rules.map(ruleLabel).join(', ');
  return '';
}

export function detailText(row: EventRow): string {
  switch (row.type) {
    case 'flag': {
      const state = flagStateLabel(row.state);
      return row.snippet ? `${state} · “${row.snippet}”` : state;
    }
    case 'reply-sent':
      return row.flagsPresent === 0 ? t('detailClean') : t('detailFlagsPresent', { n: row.flagsPresent });
    case 'effort':
      return t('detailEffort', { score: formatScore(row.score), level: row.level });
    case 'adapter-health':
      return t('detailMissing', { parts: row.missing.join(', ') });
  }
}
