import type { EffortSummary as Effort } from '../lib/coach/store';

const SIGNAL_LABEL: Record<string, string> = {
  'repeat-contact': 'Contacted again',
  'repeated-information': 'Repeated information',
  transfer: 'Transferred',
  'channel-switch': 'Switched channel',
  'long-wait': 'Long wait',
  'escalation-demand': 'Asked to escalate',
  unresolved: 'Still unresolved',
  frustration: 'Frustrated',
};

/** The ticket's customer effort: score, level, the signals found in the customer's messages, and why. */
export function EffortSummary({ effort }: { effort: Effort | null }) {
  if (!effort) return <p className="aa-muted" data-testid="aa-effort-none">No customer messages read on this page.</p>;
  const ids = [...new Set(effort.signals.map((s) => s.id))];
  return (
    <section className="aa-effort" aria-label="Customer effort">
      <div className="aa-effort-head">
        <span className="aa-section-title">Customer effort</span>
        <span
          className={`aa-score aa-${effort.level}`}
          data-testid="aa-effort-score"
          data-score={effort.score}
          data-level={effort.level}
          title="Customer effort score (0–100)"
        >
          {Math.round(effort.score)}/100 · <span data-testid="aa-effort-level">{effort.level}</span>
        </span>
      </div>
      {ids.length > 0 && (
        <ul className="aa-signals" aria-label="Effort signals">
          {ids.map((id) => {
            const found = effort.signals.filter((s) => s.id === id);
            return (
              <li
                key={id}
                className="aa-signal"
                data-testid="aa-signal"
                data-signal={id}
                title={found.map((s) => `“${s.match}” (message ${s.message + 1})`).join('\n')}
              >
                {SIGNAL_LABEL[id] ?? id}
              </li>
            );
          })}
        </ul>
      )}
      {effort.reasons.length > 0 && (
        <details className="aa-why">
          <summary>Why {Math.round(effort.score)}/100?</summary>
          <ul className="aa-reasons" aria-label="Why this score">
            {effort.reasons.map((r, i) => (
              <li key={i} data-testid="aa-reason">
                <span className="aa-points">+{r.points}</span> {r.detail}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
