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
  const lines = flag ? draft?.boxes[flag.key] : undefined;
  const anchor = lines?.[0];

  useLayoutEffect(() => {
    // Its whole height, not the part a cut-down max-height lets show (border included).
    if (ref.current) setHeight(Math.max(ref.current.offsetHeight, ref.current.scrollHeight + 4));
  });

  if (!card || !flag || !anchor) return null;
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  // Never over the words it explains, on any of their lines: below them, else above, else on the roomier side
  // with its height cut to that room (it scrolls).
  const wordsTop = Math.min(...lines!.map((l) => l.top));
  const wordsBottom = Math.max(...lines!.map((l) => l.top + l.height));
  const roomBelow = vh - (wordsBottom + GAP) - 8;
  const roomAbove = wordsTop - GAP - 8;
  const fitsBelow = height <= roomBelow;
  const below = fitsBelow || (!(height <= roomAbove) && roomBelow >= roomAbove);
  const maxHeight = Math.max(80, below ? roomBelow : roomAbove);
  // Above the words, its bottom edge is pinned: whatever its height, it ends above them.
  const edge = below ? { top: wordsBottom + GAP } : { bottom: vh - (wordsTop - GAP) };
  const left = Math.max(8, Math.min(anchor.left, vw - WIDTH - 8));

  return (
    <div
      ref={ref}
      className={`aa-card aa-${flag.category}`}
      role="dialog"
      aria-label={t('cardLabel', { message: flag.message })}
      style={{ ...edge, left, width: WIDTH, maxHeight, overflowY: 'auto' }}
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
