import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { Brand } from '../common/Brand';
import { LogHealthNotice } from '../common/LogHealthNotice';
import { useLogHealth } from '../common/use-log-health';
import { PopupLinks } from './PopupLinks';
import { SiteSection } from './SiteSection';
import { tabState } from './tab-state';
import { TabStatusCard } from './TabStatusCard';
import { TodayFigures } from './TodayFigures';
import { usePopupTab } from './use-popup-tab';

/** The toolbar popup: coaching on this tab, the switch for this site, today's counts, the dashboard. */
export function PopupApp() {
  const facts = usePopupTab();
  const logHealth = useLogHealth();
  const { tab, origin } = facts;
  const reload = () => void (tab?.id !== undefined && browser.tabs.reload(tab.id));
  return (
    <main className="aa-popup" aria-label={t('extensionName')}>
      <header>
        <Brand title={t('extensionName')} className="aa-popup-head" />
      </header>
      <LogHealthNotice health={logHealth} className="aa-error" />
      <TabStatusCard state={tabState(facts)} onReload={reload} />
      {origin && facts.enabled !== undefined && (
        <SiteSection origin={origin} tabId={tab?.id} builtIn={facts.builtIn} enabled={facts.enabled} onEnabledChange={facts.setEnabled} />
      )}
      <TodayFigures />
      <PopupLinks />
      <p className="aa-popup-hint">{t('popupShortcutHint')}</p>
    </main>
  );
}
