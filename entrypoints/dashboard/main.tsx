import { createRoot } from 'react-dom/client';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import '@/components/common/page.css';
import { t } from '@/lib/i18n';

document.title = t('appTitle');
createRoot(document.getElementById('root')!).render(<DashboardApp settings={null} macros={null} />);
