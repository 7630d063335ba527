import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { placeCard } from '../lib/coach/card-place';
import { mergeLines, type Box } from '../lib/highlight/rects';
import type { NeverFlagScope } from '../lib/coach/store';
import { t } from '../lib/i18n';
import { categoryLabel, ruleLabel } from './common/labels';
import { useCoach } from './store-context';

const WIDTH = 340;

/** The lines of the customer's latest message on screen (its text's, not its boxes'): the words the card leaves in sight. */
function linesOf(el: Element | null): Box[] {
  if (!el?.isConnected) return [];
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const rects: DOMRectReadOnly[] = [];
  const range = doc.createRange();
  for (let n = walker.nextNode(), i = 0; n && i < 400; n = walker.nextNode(), i++) {
    if (!n.nodeValue?.trim()) continue;
    range.selectNodeContents(n);
    rects.push(...Array.from(range.getClientRects()));
  }
  return mergeLines(rects).filter((b) => b.top + b.height > 0 && b.top < window.innerHeight);
}

/** The buttons of the card, in order: where arrows and Tab move. */
const focusables = (card: HTMLElement) => Array.from(card.querySelectorAll<HTMLButtonElement>('button'));

/**
 * The open flag's card: what is wrong, why, one-click rewrites, dismiss and never-flag. Placed off the words it
 * explains and off the customer's latest message (lib/coach/card-place.ts); opened from the keyboard or the
 * panel it takes focus, arrows move between rewrites, Enter applies, Escape closes.
 */
export function Card() {
  const card = useCoach((s) => s.card);
  const draft = useCoach((s) => (s.card ? s.drafts[s.card.draftId] : undefined));
  const latest = useCoach((s) => s.latestCustomer);
  const actions = useCoach((s) => s.actions);
  const ref = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(0);
  const [choosing, setChoosing] = useState(false);
  const flag = card && draft?.flags.find((f) => f.key === card.key);
  const lines = flag ? draft?.boxes[flag.key] : undefined;
  const cardId = card ? `${card.draftId}|${card.key}` : null;

  useLayoutEffect(() => {
    // Its whole height, not the part a cut-down max-height lets show (border included).
    if (ref.current) setHeight(Math.max(ref.current.offsetHeight, ref.current.scrollHeight + 4));
  });
  useEffect(() => setChoosing(false), [cardId]);
  // Opened from the keyboard or the panel: focus on its first rewrite (or its first button), once it has its
  // place and height (the card scrolls to show it).
  useLayoutEffect(() => {
    if (card?.focus && height > 0 && ref.current) focusables(ref.current)[0]?.focus();
  }, [cardId, card?.focus, !!lines?.length, height > 0]);
  useEffect(() => {
    if (choosing && ref.current) ref.current.querySelector<HTMLButtonElement>('.aa-never-choice button')?.focus();
  }, [choosing]);

  if (!card || !flag || !lines?.length) return null;
  const place = placeCard({
    words: lines,
    size: { width: WIDTH, height },
    viewport: { width: window.innerWidth, height: window.innerHeight },
    keepClear: linesOf(latest),
  });
  if (!place) return null;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const buttons = focusables(e.currentTarget);
    const root = e.currentTarget.getRootNode() as Document | ShadowRoot;
    const at = buttons.indexOf(root.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      actions.closeCard();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      // Between the rewrites (and on to the buttons below them), wrapping.
      e.preventDefault();
      const next = buttons[(at + (e.key === 'ArrowDown' ? 1 : buttons.length - 1)) % buttons.length];
      next?.focus();
    } else if (e.key === 'Tab' && e.shiftKey && at === 0 && card.fromPanel) {
      // Back to the flag in the panel the card was opened from: the card comes right after it.
      const item = root.querySelector<HTMLElement>(`.aa-flag-item[data-key="${CSS.escape(flag.key)}"]`);
      if (item) {
        e.preventDefault();
        item.focus();
      }
    }
  };
  const never = (scope: NeverFlagScope) =>
    actions.neverFlag(card.draftId, flag.key, scope, { left: place.left, top: place.top, width: place.width });

  return (
    <div
      ref={ref}
      className={`aa-card aa-${flag.category}`}
      role="dialog"
      aria-label={t('cardLabel', { message: flag.message })}
      data-side={place.side}
      data-key={flag.key}
      style={{ left: place.left, top: place.top, width: place.width, maxHeight: place.maxHeight, overflowY: 'auto' }}
      onMouseEnter={() => actions.holdCard(true)}
      onMouseLeave={() => actions.holdCard(false)}
      onKeyDown={onKeyDown}
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
      {choosing ? (
        <div className="aa-card-footer aa-never-choice" role="group" aria-label={t('cardNeverChoose')}>
          <span className="aa-never-label">{t('cardNeverChoose')}</span>
          <button type="button" className="aa-link" data-never="phrase" onClick={() => never('phrase')}>
            {t('cardNeverPhrase', { words: flag.match })}
          </button>
          <button type="button" className="aa-link" data-never="rule" onClick={() => never('rule')}>
            {t('cardNeverRule', { rule: ruleLabel(flag.rule) })}
          </button>
          <button type="button" className="aa-link" onClick={() => setChoosing(false)}>
            {t('cardNeverCancel')}
          </button>
        </div>
      ) : (
        <div className="aa-card-footer">
          <button type="button" className="aa-link" onClick={() => actions.dismiss(card.draftId, flag.key)}>
            {t('cardDismiss')}
          </button>
          <button type="button" className="aa-link" aria-haspopup="true" onClick={() => setChoosing(true)}>
            {t('cardNeverAgain')}
          </button>
          <span className="aa-hint">{t('cardKeysHint')}</span>
        </div>
      )}
    </div>
  );
}
