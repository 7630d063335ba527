import type { EffortSummary as Effort, EffortState } from '../lib/coach/store';
import type { EffortLevel } from '../lib/effort/types';
import { t, type MessageKey } from '../lib/i18n';
import { signalLabel } from './common/labels';

const LEVEL: Record<EffortLevel, MessageKey> = { low: 'effortLevelLow', medium: 'effortLevelMedium', high: 'effortLevelHigh' };

/**
 * The ticket's customer effort: score, level, the signals found in the customer's messages, and why. What the
 * score means and where each signal was found are in a disclosure (keyboard and screen readers reach it), not
 * in tooltips. The background worker scores it: until its answer the panel says so (a score already shown for the
 * ticket stays meanwhile), and says when no score could be had.
 */
export function EffortSummary({ effort, state = 'ready' }: { effort: Effort | null; state?: EffortState }) {
  if (!effort) {
    if (state === 'scoring') return <p className="aa-muted" data-testid="aa-effort-scoring">{t('effortScoring')}</p>;
    if (state === 'unavailable') return <p className="aa-muted" data-testid="aa-effort-unavailable">{t('effortUnavailable')}</p>;
    return <p className="aa-muted" data-testid="aa-effort-none">{t('effortNone')}</p>;
  }
  const ids = [...new Set(effort.signals.map((s) => s.id))];
  const score = Math.round(effort.score);
  return (
    <section className="aa-effort" aria-labelledby="aa-effort-title">
      <div className="aa-effort-head">
        <span className="aa-section-title" id="aa-effort-title">
          {t('effortTitle')}
        </span>
        <span className={`aa-score aa-${effort.level}`} data-testid="aa-effort-score" data-score={effort.score} data-level={effort.level}>
          {t('effortScore', { score })} · <span data-testid="aa-effort-level">{t(LEVEL[effort.level])}</span>
        </span>
      </div>
      {ids.length > 0 && (
        <ul className="aa-signals" aria-label={t('signalsLabel')}>
          {ids.map((id) => (
            <li key={id} className="aa-signal" data-testid="aa-signal" data-signal={id}>
              {signalLabel(id)}
            </li>
          ))}
        </ul>
      )}
      <details className="aa-why" data-testid="aa-effort-why">
        <summary>{t('effortWhy', { score })}</summary>
        <p className="aa-why-meaning">{t('effortScoreMeaning')}</p>
        {effort.reasons.length > 0 && (
          <ul className="aa-reasons" aria-label={t('effortWhyLabel')}>
            {effort.reasons.map((r, i) => (
              <li key={i} data-testid="aa-reason">
                <span className="aa-points">+{r.points}</span> {r.detail}
              </li>
            ))}
          </ul>
        )}
        {ids.length > 0 && (
          <ul className="aa-evidence" aria-label={t('effortEvidenceLabel')}>
            {ids.map((id) => (
              <li key={id} data-testid="aa-signal-evidence" data-signal={id}>
                <span className="aa-evidence-signal">{signalLabel(id)}</span>{' '}
                {effort.signals
                  .filter((s) => s.id === id)
                  .map((s) => t('effortSignalFound', { words: s.match, n: s.message + 1 }))
                  .join(', ')}
              </li>
            ))}
          </ul>
        )}
      </details>
    </section>
  );
}
