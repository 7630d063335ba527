import { t } from '@/lib/i18n';
import { PERIOD_DAYS, type PeriodDays } from './period';
import { useDashboard } from './store';

export function PeriodPicker() {
  const days = useDashboard((s) => s.periodDays);
  const setPeriod = useDashboard((s) => s.setPeriod);
  return (
    <label className="aa-field aa-inline">
      <span>{t('periodLabel')}</span>
      <select value={days} onChange={(e) => setPeriod(Number(e.target.value) as PeriodDays)} data-testid="period">
        {PERIOD_DAYS.map((d) => (
          <option key={d} value={d}>
            {t('periodLastDays', { n: d })}
          </option>
        ))}
      </select>
    </label>
  );
}
