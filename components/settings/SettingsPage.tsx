import { t } from '@/lib/i18n';
import { LogSection } from './LogSection';
import { PlaybookSection } from './PlaybookSection';
import { RulesSection } from './RulesSection';
import { SitesSection } from './SitesSection';
import { useSettings } from './use-settings';

/** Every setting, on the dashboard's Settings tab and as the extension's options page. */
export function SettingsPage() {
  const { settings, save } = useSettings();
  if (!settings) return <p className="aa-muted">{t('loading')}</p>;
  return (
    <div className="aa-settings" data-testid="settings">
      <PlaybookSection settings={settings} save={save} />
      <RulesSection settings={settings} save={save} />
      <SitesSection settings={settings} />
      <LogSection settings={settings} save={save} />
    </div>
  );
}
