import { createRoot } from 'react-dom/client';
import { SettingsPage } from '@/components/settings/SettingsPage';
import { t } from '@/lib/i18n';
import { Brand } from '@/components/common/Brand';
import '@/components/common/page.css';

document.title = t('settingsTitle');
createRoot(document.getElementById('root')!).render(
  <div className="aa-page aa-standalone">
    <header className="aa-header">
      <Brand title={t('settingsTitle')} />
      <a className="aa-header-tools" href="/dashboard.html#overview">
        {t('openDashboard')}
      </a>
    </header>
    <main className="aa-main">
      <SettingsPage />
    </main>
  </div>,
);
