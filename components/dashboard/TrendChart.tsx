import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TrendPoint } from '@/lib/db/dashboard-summary';
import { t } from '@/lib/i18n';
import { REPLY_CATEGORIES } from '@/lib/taxonomy';
import { CATEGORY_COLOR } from '../common/category-colors';
import { categoryLabel } from '../common/labels';
import { formatDay, formatRatio } from './format';

/** Flags per reply, per category and day; the same figures as a table for screen readers. */
export function TrendChart({ trend }: { trend: TrendPoint[] }) {
  const hasData = trend.some((p) => p.replies > 0);
  return (
    <section aria-labelledby="trend-title" className="aa-section aa-card">
      <h2 id="trend-title">{t('trendTitle')}</h2>
      <p className="aa-muted">{t('trendHelp')}</p>
      {hasData ? (
        // Hidden from screen readers (the table below says the same): nothing in it may take focus.
        <div className="aa-chart" aria-hidden="true">
          <ResponsiveContainer width="100%" height={260}>
            <LineChart data={trend} margin={{ top: 8, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false}>
              <CartesianGrid stroke="var(--aa-border)" vertical={false} />
              <XAxis dataKey="day" tickFormatter={formatDay} tick={{ fontSize: 12, fill: 'var(--aa-muted)' }} stroke="var(--aa-muted)" minTickGap={24} />
              <YAxis tick={{ fontSize: 12, fill: 'var(--aa-muted)' }} stroke="var(--aa-muted)" width={40} allowDecimals />
              <Tooltip contentStyle={{ background: 'var(--aa-surface)', borderColor: 'var(--aa-border)', color: 'var(--aa-text)' }} labelFormatter={(day) => formatDay(String(day))} formatter={(v) => formatRatio(Number(v))} />
              {/* The line's colour is in the legend's swatch; its words are in the page's text colour (amber text is 3.2:1). */}
              <Legend formatter={(name) => <span className="aa-legend-text">{name}</span>} />
              {REPLY_CATEGORIES.map((c) => (
                <Line key={c} type="linear" dataKey={c} name={categoryLabel(c)} stroke={CATEGORY_COLOR[c]} strokeWidth={2} dot={{ r: 2 }} isAnimationActive={false} />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </div>
      ) : (
        <p className="aa-muted">{t('trendEmpty')}</p>
      )}
      <table className="aa-visually-hidden">
        <caption>{t('trendTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columnDay')}</th>
            {REPLY_CATEGORIES.map((c) => (
              <th key={c} scope="col">
                {categoryLabel(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {trend
            .filter((p) => p.replies > 0)
            .map((p) => (
              <tr key={p.day}>
                <th scope="row">{formatDay(p.day)}</th>
                {REPLY_CATEGORIES.map((c) => (
                  <td key={c}>{formatRatio(p[c] ?? 0)}</td>
                ))}
              </tr>
            ))}
        </tbody>
      </table>
    </section>
  );
}
