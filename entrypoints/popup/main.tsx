import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { SiteSwitch } from '@/components/SiteSwitch';

type Tab = { url?: string; id?: number };

function Popup() {
  const [tab, setTab] = useState<Tab | null | undefined>(undefined);
  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => setTab(t ?? null), () => setTab(null));
  }, []);
  return (
    <main aria-label="Agent Assist">
      <h1>Agent Assist</h1>
      {tab !== undefined && <SiteSwitch tab={tab} />}
      <p>Alt+Shift+J in a reply applies the next suggested fix.</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<Popup />);
