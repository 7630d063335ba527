import { MAX_COACHED_CHARS } from '../lib/coach/draft-session';
import { t, tCount } from '../lib/i18n';
import { categoryLabel } from './common/labels';
import { EffortSummary } from './EffortSummary';
import { LogHealthNotice } from './common/LogHealthNotice';
import { AdapterHealthNote, TicketSummary } from './TicketSummary';
import { PANEL_CSS } from './panel-styles';
import { useCoach } from './store-context';

/** The docked panel: the open ticket and its effort, the draft's flags; collapsible, remembered in settings. */
export function Panel() {
  const collapsed = useCoach((s) => s.collapsed);
  const draft = useCoach((s) => (s.activeDraft ? s.drafts[s.activeDraft] : undefined));
  const ticket = useCoach((s) => s.ticket);
  const effort = useCoach((s) => s.effort);
  const health = useCoach((s) => s.health);
  const logHealth = useCoach((s) => s.logHealth);
  const actions = useCoach((s) => s.actions);
  const anyDraft = useCoach((s) => Object.keys(s.drafts).length > 0);
  const flags = draft?.flags ?? [];
  // Nothing to coach and no ticket: the page is left alone.
  if (!anyDraft && !ticket && !health) return null;

  return (
    <aside className={`aa-panel${collapsed ? ' aa-collapsed' : ''}`} role="complementary" aria-label={t('extensionName')}>
      {/* The ticket sections' styles travel with the panel, inside the overlay's shadow root. */}
      <style>{PANEL_CSS}</style>
      <header className="aa-panel-head">
        <span className="aa-title">{t('extensionName')}</span>
        <span className={`aa-count${flags.length ? ' aa-has-flags' : ''}`} aria-label={tCount(flags.length, 'panelFlagCountOne', 'panelFlagCountOther')}>
          {flags.length}
        </span>
        <button
          type="button"
          className="aa-toggle"
          aria-expanded={!collapsed}
          aria-label={collapsed ? t('panelExpand') : t('panelCollapse')}
          onClick={() => actions.setCollapsed(!collapsed)}
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
          {ticket && <EffortSummary effort={effort} />}
          <p className="aa-section-title aa-draft-title">{t('panelDraftTitle')}</p>
          {flags.length === 0 ? (
            <p className="aa-muted" data-testid="aa-draft-state">
              {draft?.tooLong ? t('panelDraftTooLong', { limit: MAX_COACHED_CHARS }) : draft ? t('panelDraftClean') : t('panelDraftEmpty')}
            </p>
          ) : (
            <ul className="aa-flag-list" aria-label={t('panelFlagsLabel')} data-testid="aa-flags">
              {flags.map((f) => (
                <li key={f.key}>
                  <button
                    type="button"
                    className={`aa-flag-item aa-${f.category}`}
                    data-testid="aa-flag"
                    data-rule={f.rule}
                    onClick={() => actions.reveal(draft!.id, f.key)}
                  >
                    <span className="aa-flag-match">{t('panelFlagMatch', { words: f.match })}</span>
                    <span className="aa-flag-message">{f.message}</span>
                    <span className="aa-visually-hidden">{categoryLabel(f.category)}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <p className="aa-hint">{t('panelShortcutHint')}</p>
        </div>
      )}
    </aside>
  );
}
