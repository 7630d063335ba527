import { useLayoutEffect, useRef, useState } from 'react';
import { t } from '../lib/i18n';
import { categoryLabel } from './common/labels';
import { useCoach } from './store-context';

const GAP = 6;
const WIDTH = 340;

/** The open flag's card: what is wrong, why, one-click rewrites, and dismiss. */
export function Card() {
  const card = useCoach((s) => s.card);
  const draft = useCoach((s) => (s.card ? s.drafts[s.card.draftId] : undefined));
  const actions = useCoach((s) => s.actions);
  const ref = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(0);
  const flag = card && draft?.flags.find((f) => f.key === card.key);
  const anchor = flag ? draft?.boxes[flag.key]?.[0] : undefined;

  useLayoutEffect(() => {
    if (ref.current) setHeight(ref.current.offsetHeight);
  });

  if (!card || !flag || !anchor) return null;
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const below = anchor.top + anchor.height + GAP;
  const top = below + height > vh && anchor.top - GAP - height > 0 ? anchor.top - GAP - height : below;
  const left = Math.max(8, Math.min(anchor.left, vw - WIDTH - 8));

  return (
    <div
      ref={ref}
      className={`aa-card aa-${flag.category}`}
      role="dialog"
      aria-label={t('cardLabel', { message: flag.message })}
      style={{ top, left, width: WIDTH }}
      onMouseEnter={() => actions.holdCard(true)}
      onMouseLeave={() => actions.holdCard(false)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') actions.closeCard();
      }}
    >
      <div className="aa-card-category">{categoryLabel(flag.category)}</div>
      <p className="aa-card-message">{flag.message}</p>
      <p className="aa-card-why">{flag.why}</p>
      {flag.suggestions.length > 0 && (
        <ul className="aa-suggestions" aria-label={t('cardSuggestionsLabel')}>
          {flag.suggestions.map((s, i) => (
            <li key={i}>
              <button
                type="button"
                className="aa-suggestion"
                data-suggestion-index={i}
                title={s.label}
                onClick={() => actions.apply(card.draftId, flag.key, i)}
              >
                {s.label !== s.text && <span className="aa-suggestion-label">{s.label}</span>}
                <span className="aa-suggestion-text">{s.text}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="aa-card-footer">
        <button type="button" className="aa-link" onClick={() => actions.dismiss(card.draftId, flag.key, 'once')}>
          {t('cardDismiss')}
        </button>
        <button type="button" className="aa-link" onClick={() => actions.dismiss(card.draftId, flag.key, 'always')}>
          {t('cardNeverAgain')}
        </button>
        <span className="aa-hint" title={t('cardShortcutTitle')}>
          {t('cardShortcut')}
        </span>
      </div>
    </div>
  );
}
