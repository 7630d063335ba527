import { helpdeskLabel } from '@/components/common/labels';
import type { TabStatus } from '@/lib/messages/popup-status';
import { t, tCount, type MessageKey } from '@/lib/i18n';
import type { TabState } from './tab-state';

const TITLE: Record<Exclude<TabState['kind'], 'active'>, [title: MessageKey, body?: MessageKey]> = {
  checking: ['popupChecking'],
  'needs-reload': ['popupNeedsReload', 'popupNeedsReloadBody'],
  off: ['popupOff', 'popupOffBody'],
  unavailable: ['popupUnavailable', 'popupUnavailableBody'],
};

/** Is coaching running on the tab, on which helpdesk and ticket; if not, why and what to do. */
export function TabStatusCard({ state, onReload }: { state: TabState; onReload: () => void }) {
  const reload = (
    <button type="button" className="aa-button aa-primary" onClick={onReload} data-testid="popup-reload">
      {t('popupReload')}
    </button>
  );
  if (state.kind === 'active') {
    return (
      <section className="aa-card aa-popup-status aa-on" aria-labelledby="popup-status-title" data-testid="popup-status" data-state="active">
        <p id="popup-status-title" className="aa-popup-state">
          <span className="aa-dot" aria-hidden="true" />
          {t('popupActive')}
        </p>
        <ActiveTicket status={state.status} />
        {state.stopsOnReload && (
          <div className="aa-popup-note">
            <p>{t('popupStopsOnReload')}</p>
            {reload}
          </div>
        )}
      </section>
    );
  }
  const [title, body] = TITLE[state.kind];
  return (
    <section className="aa-card aa-popup-status" aria-labelledby="popup-status-title" data-testid="popup-status" data-state={state.kind} aria-busy={state.kind === 'checking'}>
      <p id="popup-status-title" className="aa-popup-state">
        <span className="aa-dot" aria-hidden="true" />
        {t(title)}
      </p>
      {body && <p className="aa-muted">{t(body)}</p>}
      {state.kind === 'needs-reload' && reload}
    </section>
  );
}

function ActiveTicket({ status }: { status: TabStatus }) {
  const helpdesk = status.helpdeskName ?? (status.helpdesk === 'generic' ? t('popupGenericHelpdesk') : helpdeskLabel(status.helpdesk));
  return (
    <>
      <p className="aa-popup-helpdesk" data-testid="popup-helpdesk" data-helpdesk={status.helpdesk}>
        {helpdesk}
      </p>
      {status.ticketId ? (
        <p className="aa-popup-ticket" data-testid="popup-ticket" data-ticket-id={status.ticketId}>
          <span className="aa-popup-ticket-id">{t('popupTicket', { id: status.ticketId })}</span>
          {status.subject && <span className="aa-popup-subject" title={status.subject}>{status.subject}</span>}
        </p>
      ) : (
        <p className="aa-muted">{t('popupNoTicket')}</p>
      )}
      <p className={`aa-popup-flags${status.flags ? ' aa-has-flags' : ''}`} data-testid="popup-draft-flags" data-flags={status.flags}>
        {status.flags ? tCount(status.flags, 'popupDraftFlagsOne', 'popupDraftFlagsOther') : t('popupDraftClean')}
      </p>
    </>
  );
}
