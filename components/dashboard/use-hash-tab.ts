import { useEffect, useState } from 'react';

/** The open tab lives in the URL hash (dashboard.html#settings), so a tab can be linked and survives a reload. */
export function useHashTab<K extends string>(tabs: readonly K[], fallback: K): [K, (tab: K) => void] {
  const read = () => {
    const hash = location.hash.slice(1) as K;
    return tabs.includes(hash) ? hash : fallback;
  };
  const [tab, setTab] = useState<K>(read);
  useEffect(() => {
    const onHash = () => setTab(read());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  });
  const select = (next: K) => {
    history.replaceState(null, '', `#${next}`);
    setTab(next);
  };
  return [tab, select];
}
