import type { EventFacets, EventFilters as Filters } from '@/lib/db/event-query';
import { t } from '@/lib/i18n';
import { REPLY_CATEGORIES, type ReplyCategory } from '@/lib/taxonomy';
import { categoryLabel, HELPDESK_IDS, helpdeskLabel, ruleLabel } from '../common/labels';
import { useDashboard } from './store';

function Select({ label, name, value, options, onChange }: {
  label: string;
  name: keyof Filters;
  value: string | undefined;
  options: { value: string; label: string }[];
  onChange: (v: string | undefined) => void;
}) {
  return (
    <label className="aa-field">
      <span>{label}</span>
      <select name={name} value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)} data-testid={`filter-${name}`}>
        <option value="">{t('filterAll')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Keeps a chosen value selectable even when the period no longer has it, so the control never lies. */
const withCurrent = (values: string[], current: string | undefined) => (current && !values.includes(current) ? [...values, current] : values);

export function EventFilters({ facets }: { facets: EventFacets }) {
  const filters = useDashboard((s) => s.filters);
  const setFilter = useDashboard((s) => s.setFilter);
  const clearFilters = useDashboard((s) => s.clearFilters);
  const any = Object.values(filters).some((v) => v !== undefined);
  return (
    <div className="aa-filters" role="group" aria-label={t('filtersLabel')}>
      <Select
        label={t('columnHelpdesk')}
        name="helpdesk"
        value={filters.helpdesk}
        options={withCurrent(HELPDESK_IDS, filters.helpdesk).map((h) => ({ value: h, label: helpdeskLabel(h) }))}
        onChange={(v) => setFilter('helpdesk', v)}
      />
      <Select
        label={t('columnCategory')}
        name="category"
        value={filters.category}
        options={REPLY_CATEGORIES.map((c) => ({ value: c, label: categoryLabel(c) }))}
        onChange={(v) => setFilter('category', v as ReplyCategory | undefined)}
      />
      <Select
        label={t('columnRule')}
        name="rule"
        value={filters.rule}
        options={withCurrent(facets.rules, filters.rule).map((r) => ({ value: r, label: ruleLabel(r) }))}
        onChange={(v) => setFilter('rule', v)}
      />
      <Select
        label={t('columnAgent')}
        name="agent"
        value={filters.agent}
        options={withCurrent(facets.agents, filters.agent).map((a) => ({ value: a, label: a }))}
        onChange={(v) => setFilter('agent', v)}
      />
      <button type="button" className="aa-button aa-quiet" onClick={clearFilters} disabled={!any}>
        {t('filtersClear')}
      </button>
    </div>
  );
}
