import { useMemo, type ReactNode } from 'react';
import { t } from '@/lib/i18n';
import { Brand } from '../common/Brand';
import { LogHealthNotice } from '../common/LogHealthNotice';
import { useLogHealth } from '../common/use-log-health';
import { Tabs } from '../common/Tabs';
import { OverviewTab } from './OverviewTab';
import { periodRange } from './period';
import { PeriodPicker } from './PeriodPicker';
import { useDashboard } from './store';
import { TeamTab } from './TeamTab';
import { useHashTab } from './use-hash-tab';

const TAB_IDS = ['overview', 'team', 'settings', 'macros'] as const;
type TabId = (typeof TAB_IDS)[number];

/** The team lead's page: overview, team logs, settings and the macro audit, as tabs. */
export function DashboardApp({ settings, macros }: { settings: ReactNode; macros: ReactNode }) {
  const [tab, setTab] = useHashTab(TAB_IDS, 'overview');
  const periodDays = useDashboard((s) => s.periodDays);
  const { from, to } = useMemo(() => periodRange(periodDays), [periodDays]);
  const logHealth = useLogHealth();
  const tabs = [
    { id: 'overview' as const, label: t('tabOverview') },
    { id: 'team' as const, label: t('tabTeam') },
    { id: 'settings' as const, label: t('tabSettings') },
    { id: 'macros' as const, label: t('tabMacros') },
  ];
  const usesPeriod = tab === 'overview' || tab === 'team';
  return (
    <div className="aa-page">
      <header className="aa-header">
        <Brand title={t('appTitle')} />
        <Tabs tabs={tabs} current={tab} onSelect={setTab} label={t('tabsLabel')} />
        <div className="aa-header-tools">{usesPeriod && <PeriodPicker />}</div>
      </header>
      <main id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} className="aa-main">
        <LogHealthNotice health={logHealth} className="aa-error" />
        {tab === 'overview' && <OverviewTab from={from} to={to} onOpenTeam={() => setTab('team')} />}
        {tab === 'team' && <TeamTab from={from} to={to} />}
        {tab === 'settings' && settings}
        {tab === 'macros' && macros}
      </main>
    </div>
  );
}
