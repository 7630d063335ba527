import { createRoot } from 'react-dom/client';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { MacroAuditPage } from '@/components/macro-audit/MacroAuditPage';
import { SettingsPage } from '@/components/settings/SettingsPage';
import '@/components/common/page.css';
import { t } from '@/lib/i18n';

document.title = t('appTitle');
createRoot(document.getElementById('root')!).render(<DashboardApp settings={<SettingsPage />} macros={<MacroAuditPage />} />);
