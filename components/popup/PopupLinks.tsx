import type { MouseEvent } from 'react';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';

const dashboardUrl = (hash = '') => browser.runtime.getURL('/dashboard.html') + hash;

/** Opens the page in a new tab with tabs.create (the action popup then closes by itself). */
function openInTab(e: MouseEvent<HTMLAnchorElement>) {
  e.preventDefault();
  void browser.tabs.create({ url: e.currentTarget.href });
}

/** The dashboard and its settings tab. */
export function PopupLinks() {
  return (
    <nav className="aa-popup-links" aria-label={t('popupLinksLabel')}>
      <a className="aa-button aa-primary" href={dashboardUrl()} onClick={openInTab} data-testid="popup-dashboard">
        {t('popupDashboard')}
      </a>
      <a className="aa-button" href={dashboardUrl('#settings')} onClick={openInTab} data-testid="popup-settings">
        {t('popupSettings')}
      </a>
    </nav>
  );
}
