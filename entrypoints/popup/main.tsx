import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/popup/PopupApp';
import '@/components/common/page.css';
import '@/components/popup/popup.css';
import { t } from '@/lib/i18n';

document.title = t('extensionName');
createRoot(document.getElementById('root')!).render(<PopupApp />);
