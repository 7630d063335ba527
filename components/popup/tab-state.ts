import type { TabStatus } from '@/lib/messages/popup-status';

/** What the popup says about its tab. */
export type TabState =
  | { kind: 'checking' }
  /** Coaching runs; `stopsOnReload` once the user turned the site off and the page still has the script. */
  | { kind: 'active'; status: TabStatus; stopsOnReload: boolean }
  /** Built in or enabled, but nothing answers: the page was open before the extension (or the site) was. */
  | { kind: 'needs-reload' }
  /** A web page of a site that is neither a known helpdesk nor enabled: the switch can turn it on. */
  | { kind: 'off' }
  /** Not a web page (the browser's own pages, the store), or one the popup may not read. */
  | { kind: 'unavailable' };

export interface TabFacts {
  /** The page's origin, null when it is not an http(s) page or its URL is unknown. */
  origin: string | null;
  builtIn: boolean;
  /** undefined until read. */
  enabled: boolean | undefined;
  /** The content script's answer: undefined until asked, null when nothing answered. */
  status: TabStatus | null | undefined;
}

export function tabState({ origin, builtIn, enabled, status }: TabFacts): TabState {
  if (status === undefined || (origin && enabled === undefined)) return { kind: 'checking' };
  const shouldRun = builtIn || !!enabled;
  if (status) return { kind: 'active', status, stopsOnReload: !!origin && !shouldRun };
  if (!origin) return { kind: 'unavailable' };
  return shouldRun ? { kind: 'needs-reload' } : { kind: 'off' };
}
