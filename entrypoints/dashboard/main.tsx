import { lazy, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import '@/components/common/page.css';
import { t } from '@/lib/i18n';

// The other tabs load when opened: the overview's first render does not wait for them.
const SettingsPage = lazy(() => import('@/components/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const MacroAuditPage = lazy(() => import('@/components/macro-audit/MacroAuditPage').then((m) => ({ default: m.MacroAuditPage })));
const loading = <p className="aa-muted">{t('loading')}</p>;

document.title = t('appTitle');
createRoot(document.getElementById('root')!).render(
  <DashboardApp
    settings={
      <Suspense fallback={loading}>
        <SettingsPage />
      </Suspense>
    }
    macros={
      <Suspense fallback={loading}>
        <MacroAuditPage />
      </Suspense>
    }
  />,
);
