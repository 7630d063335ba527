import { useState } from 'react';
import { disableSite, enableSite } from '../lib/popup/site-access';
import { t } from '../lib/i18n';

/**
 * Coaching on a site the extension does not know, with the user's permission: turning it on asks for the
 * site's host permission (in the click's user gesture) and starts coaching in the tab; off gives it back.
 */
export function SiteSwitch(props: { origin: string; host: string; tabId?: number; enabled: boolean; onChange: (enabled: boolean) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const toggle = async () => {
    setError(null);
    setBusy(true);
    try {
      if (props.enabled) await disableSite(props.origin);
      else if (!(await enableSite(props.origin, props.tabId))) return setError(t('popupPermissionRefused'));
      props.onChange(!props.enabled);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="aa-site-switch">
      <span className="aa-site-switch-text" aria-hidden="true">
        {t('popupSiteSwitch')}
      </span>
      <button
        type="button"
        role="switch"
        className="aa-switch"
        aria-checked={props.enabled}
        aria-label={t('popupSiteSwitchLabel', { site: props.host })}
        disabled={busy}
        onClick={() => void toggle()}
        data-testid="popup-site-switch"
      >
        <span className="aa-switch-knob" aria-hidden="true" />
      </button>
      {error && (
        <p role="alert" className="aa-popup-error">
          {error}
        </p>
      )}
    </div>
  );
}
