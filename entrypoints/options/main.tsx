import { createRoot } from 'react-dom/client';
import { SettingsPage } from '@/components/settings/SettingsPage';
import { t } from '@/lib/i18n';
import '@/components/common/page.css';

document.title = t('settingsTitle');
createRoot(document.getElementById('root')!).render(
  <div className="aa-page aa-standalone">
    <header className="aa-header">
      <div className="aa-brand">
        <span className="aa-logo" aria-hidden="true">
          AA
        </span>
        <h1>{t('settingsTitle')}</h1>
      </div>
      <a className="aa-header-tools" href="/dashboard.html#overview">
        {t('openDashboard')}
      </a>
    </header>
    <main className="aa-main">
      <SettingsPage />
    </main>
  </div>,
);
