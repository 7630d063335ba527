import { MAX_COACHED_CHARS } from '../lib/coach/draft-session';
import { t, tCount } from '../lib/i18n';
import { categoryLabel } from './common/labels';
import { EffortSummary } from './EffortSummary';
import { LogHealthNotice } from './common/LogHealthNotice';
import { AdapterHealthNote, TicketSummary } from './TicketSummary';
import { PANEL_CSS } from './panel-styles';
import { useCoach } from './store-context';
import { memo, useRef, useState } from 'react';
import type { KeyedFlag } from '../lib/coach/flag-key';
import { reserveHeight, useDrag, usePanelPlace } from './use-panel-place';

/**
 * The docked panel: the open ticket and its effort, the draft's flags; collapsible, remembered in settings. It
 * sits where it covers neither the reply editor nor the page's controls (only its header when no corner is
 * free), or where the agent dragged it on this site.
 */
export function Panel() {
  const ref = useRef<HTMLElement>(null);
  const savedCollapsed = useCoach((s) => s.collapsed);
  const shown = useCoach((s) => Object.keys(s.drafts).length > 0 || !!s.ticket || !!s.health);
  const place = usePanelPlace(ref, savedCollapsed, shown);
  const [expandedAnyway, setExpandedAnyway] = useState(false);
  const collapsed = savedCollapsed || (!!place?.compact && !expandedAnyway);
  const draft = useCoach((s) => (s.activeDraft ? s.drafts[s.activeDraft] : undefined));
  const ticket = useCoach((s) => s.ticket);
  const effort = useCoach((s) => s.effort);
  const effortState = useCoach((s) => s.effortState);
  const health = useCoach((s) => s.health);
  const logHealth = useCoach((s) => s.logHealth);
  const actions = useCoach((s) => s.actions);
  const anyDraft = useCoach((s) => Object.keys(s.drafts).length > 0);
  const { drag, handlers } = useDrag((position) => actions.movePanel(position));
  const flags = draft?.flags ?? [];
  const at = drag ?? place;
  const vh = window.innerHeight;
  // Expanded over a compact place, it rises as far as it must to fit.
  const top = at ? (place?.compact && !collapsed && !drag ? Math.min(at.top, Math.max(16, vh * 0.4 - 16)) : at.top) : undefined;
  // Anchored by its top edge, never taller than the height it was placed for: longer content scrolls in its body.
  const style = at ? { left: at.left, top, right: 'auto', bottom: 'auto', maxHeight: Math.min(reserveHeight(vh), vh - top! - 8) } : undefined;
  const toggle = () => {
    if (savedCollapsed || !place?.compact) actions.setCollapsed(!savedCollapsed);
    else setExpandedAnyway(!expandedAnyway);
  };
  // Nothing to coach and no ticket: the page is left alone.
  if (!anyDraft && !ticket && !health) return null;

  return (
    <aside
      ref={ref}
      className={`aa-panel${collapsed ? ' aa-collapsed' : ''}${drag ? ' aa-dragging' : ''}`}
      style={style}
      data-compact={place?.compact ? '' : undefined}
      role="complementary"
      aria-label={t('extensionName')}
    >
      {/* The ticket sections' styles travel with the panel, inside the overlay's shadow root. */}
      <style>{PANEL_CSS}</style>
      <header className="aa-panel-head" title={t('panelMoveHint')} {...handlers}>
        <span className="aa-title">{t('extensionName')}</span>
        {/* A plain span's aria-label is not read: the number is shown, its words are read. */}
        <span className={`aa-count${flags.length ? ' aa-has-flags' : ''}`} aria-hidden="true">
          {flags.length}
        </span>
        <span className="aa-visually-hidden">{tCount(flags.length, 'panelFlagCountOne', 'panelFlagCountOther')}</span>
        <button
          type="button"
          className="aa-toggle"
          aria-expanded={!collapsed}
          aria-label={collapsed ? t('panelExpand') : t('panelCollapse')}
          onClick={toggle}
        >
          {collapsed ? '▴' : '▾'}
        </button>
      </header>
      {/* Shown collapsed too: the agent must know their coaching is not being kept. */}
      <LogHealthNotice health={logHealth} className="aa-health aa-log-health" />
      {!collapsed && (
        <div className="aa-panel-body">
          {health && <AdapterHealthNote health={health} />}
          {ticket && <TicketSummary ticket={ticket} />}
          {ticket && <EffortSummary effort={effort} state={effortState} />}
          <p className="aa-section-title aa-draft-title">{t('panelDraftTitle')}</p>
          {flags.length === 0 ? (
            <p className="aa-muted" data-testid="aa-draft-state">
              {draft?.tooLong ? t('panelDraftTooLong', { limit: MAX_COACHED_CHARS }) : draft ? t('panelDraftClean') : t('panelDraftEmpty')}
            </p>
          ) : (
            <FlagList flags={flags} onReveal={(key) => actions.reveal(draft!.id, key)} />
          )}
          <p className="aa-hint">{t('panelShortcutHint')}</p>
        </div>
      )}
    </aside>
  );
}

/**
 * The draft's flags. Typing moves flags' offsets, not what the list shows: it renders again only when the set of
 * flags changes (a 20,000-word draft lists hundreds, which must not be rebuilt on every keystroke).
 */
const FlagList = memo(
  function FlagList({ flags, onReveal }: { flags: readonly KeyedFlag[]; onReveal: (key: string) => void }) {
    return (
      <ul className="aa-flag-list" aria-label={t('panelFlagsLabel')} data-testid="aa-flags">
        {flags.map((f) => (
          <li key={f.key}>
            <button
              type="button"
              className={`aa-flag-item aa-${f.category}`}
              data-testid="aa-flag"
              data-rule={f.rule}
              data-key={f.key}
              onClick={() => onReveal(f.key)}
              onKeyDown={(e) => {
                // The flag's open card comes right after it in the Tab order.
                if (e.key !== 'Tab' || e.shiftKey) return;
                const card = (e.currentTarget.getRootNode() as ShadowRoot).querySelector<HTMLElement>('.aa-card button');
                if (card && card.closest('.aa-card')?.getAttribute('data-key') === f.key) {
                  e.preventDefault();
                  card.focus();
                }
              }}
            >
              <span className="aa-flag-match">{t('panelFlagMatch', { words: f.match })}</span>
              <span className="aa-flag-message">{f.message}</span>
              <span className="aa-visually-hidden">{categoryLabel(f.category)}</span>
            </button>
          </li>
        ))}
      </ul>
    );
  },
  (a, b) => a.flags.length === b.flags.length && a.flags.every((f, i) => f.key === b.flags[i]!.key),
);
