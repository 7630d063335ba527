import { SiteSwitch } from '@/components/SiteSwitch';
import { t } from '@/lib/i18n';

/** The tab's site: "Built in" for a helpdesk the extension knows, else the switch that turns coaching on there. */
export function SiteSection(props: { origin: string; tabId?: number; builtIn: boolean; enabled: boolean; onEnabledChange: (enabled: boolean) => void }) {
  const host = new URL(props.origin).host;
  return (
    <section className="aa-card aa-popup-site" aria-labelledby="popup-site-title" data-testid="popup-site">
      <div className="aa-popup-site-head">
        <div className="aa-popup-site-name">
          <h2 id="popup-site-title" className="aa-popup-label">
            {t('popupSiteLabel')}
          </h2>
          <p className="aa-popup-host" title={props.origin}>
            {host}
          </p>
        </div>
        {props.builtIn && (
          <span className="aa-chip aa-built-in" data-testid="popup-built-in">
            {t('popupBuiltIn')}
          </span>
        )}
      </div>
      {props.builtIn ? (
        <p className="aa-popup-help">{t('popupBuiltInHelp')}</p>
      ) : (
        <SiteSwitch origin={props.origin} host={host} tabId={props.tabId} enabled={props.enabled} onChange={props.onEnabledChange} />
      )}
    </section>
  );
}
