import { useLiveQuery } from 'dexie-react-hooks';
import { categoryLabel } from '@/components/common/labels';
import { openLogDb } from '@/lib/db/schema';
import { t } from '@/lib/i18n';
import { REPLY_CATEGORIES } from '@/lib/taxonomy';
import { loadTodayCounts } from './today-counts';

/** Today's coaching at a glance: flags raised (by category), fixed before sending, replies sent with flags. */
export function TodayFigures() {
  const today = useLiveQuery(() => loadTodayCounts(openLogDb()), []);
  const figures = [
    { id: 'flags', label: t('popupTodayFlags'), value: today?.flags, detail: null },
    { id: 'fixed', label: t('popupTodayFixed'), value: today?.fixed, detail: today && t('popupTodayFixedDetail', { applied: today.applied }) },
    { id: 'sent-with-flags', label: t('popupTodaySentWithFlags'), value: today?.repliesWithFlags, detail: today && t('popupTodaySentDetail', { sent: today.replies }) },
  ];
  return (
    <section className="aa-card aa-popup-today" aria-labelledby="popup-today-title" data-testid="popup-today" aria-busy={!today}>
      <h2 id="popup-today-title" className="aa-popup-label">
        {t('popupTodayTitle')}
      </h2>
      <dl className="aa-popup-figures">
        {figures.map((f) => (
          <div key={f.id} className="aa-popup-figure" data-figure={f.id} data-value={f.value}>
            <dt>{f.label}</dt>
            <dd className="aa-popup-figure-value">{f.value === undefined ? '—' : f.value.toLocaleString()}</dd>
            {f.detail && <dd className="aa-popup-figure-detail">{f.detail}</dd>}
          </div>
        ))}
      </dl>
      <ul className="aa-popup-categories" aria-label={t('popupTodayByCategory')}>
        {REPLY_CATEGORIES.map((c) => (
          <li key={c} className={`aa-chip aa-${c}`} data-category={c} data-value={today?.byCategory[c]}>
            {categoryLabel(c)} <strong>{today ? today.byCategory[c].toLocaleString() : '—'}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}
