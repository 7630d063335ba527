import type { LogAggregates } from '@/lib/db/aggregates';
import { RULES } from '@/lib/analysis';
import { t } from '@/lib/i18n';
import { categoryLabel, ruleLabel } from '../common/labels';
import { formatCount } from './format';

const RULE_MESSAGES = new Map(RULES.map((r) => [r.id, r.message]));

function Bar({ value, max }: { value: number; max: number }) {
  return <span className="aa-bar" style={{ width: `${max ? Math.max(4, (value / max) * 100) : 0}%` }} aria-hidden="true" />;
}

export function TopLists({ aggregates }: { aggregates: LogAggregates }) {
  const { topRules, topPhrases } = aggregates;
  const maxRule = topRules[0]?.shown ?? 0;
  const maxPhrase = topPhrases[0]?.shown ?? 0;
  return (
    <div className="aa-two-columns">
      <section aria-labelledby="top-rules-title" className="aa-section aa-card">
        <h2 id="top-rules-title">{t('topRulesTitle')}</h2>
        {topRules.length === 0 ? (
          <p className="aa-muted">{t('topRulesEmpty')}</p>
        ) : (
          <ol className="aa-ranked" data-testid="top-rules">
            {topRules.map((r) => (
              <li key={r.rule} data-rule={r.rule}>
                <div className="aa-ranked-head">
                  <span className="aa-ranked-name">
                    {ruleLabel(r.rule)} <span className={`aa-chip aa-${r.category}`}>{categoryLabel(r.category)}</span>
                  </span>
                  <span className="aa-ranked-count">{formatCount(r.shown)}</span>
                </div>
                {RULE_MESSAGES.has(r.rule) && <div className="aa-ranked-note">{RULE_MESSAGES.get(r.rule)}</div>}
                <Bar value={r.shown} max={maxRule} />
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="top-phrases-title" className="aa-section aa-card">
        <h2 id="top-phrases-title">{t('topPhrasesTitle')}</h2>
        {topPhrases.length === 0 ? (
          <p className="aa-muted">{t('topPhrasesEmpty')}</p>
        ) : (
          <ol className="aa-ranked" data-testid="top-phrases">
            {topPhrases.map((p) => (
              <li key={p.phrase}>
                <div className="aa-ranked-head">
                  <span className="aa-ranked-name">“{p.phrase}”</span>
                  <span className="aa-ranked-count">{formatCount(p.shown)}</span>
                </div>
                <Bar value={p.shown} max={maxPhrase} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
