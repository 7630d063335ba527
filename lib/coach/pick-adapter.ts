/**
 * Which site adapter reads the page. On a hosted helpdesk's domain the URL decides: the adapter whose detector
 * accepts it, else the one whose domain it is (a single-page app may open a ticket later). Elsewhere (a
 * self-hosted site the user enabled, localhost in test and demo builds) the page itself says which helpdesk it
 * is; none means the generic mode.
 */
import { ADAPTERS, adapterForUrl, recogniseAdapter, type SiteAdapter } from '../sites';
import { matchesAny } from '../sites/match-pattern';
import { guard } from './guard';

export function hostedAdapter(url: string): SiteAdapter | null {
  return ADAPTERS.find((a) => a.matches.length > 0 && matchesAny(a.matches, url)) ?? null;
}

export function pickAdapter(doc: Document, url: string): SiteAdapter | null {
  const hosted = hostedAdapter(url);
  if (hosted) return adapterForUrl(url) ?? hosted;
  return recogniseAdapter(doc);
}

/**
 * Calls onAdapter once an adapter is picked: now, or (self-hosted single-page apps render their ticket view
 * after the script starts) on a later page change. Returns the function that stops looking.
 */
export function whenAdapter(doc: Document, onAdapter: (adapter: SiteAdapter) => void, throttleMs = 1000): () => void {
  const now = pickAdapter(doc, doc.location.href);
  if (now) {
    onAdapter(now);
    return () => {};
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    timer ??= setTimeout(
      guard('sites: recognise', () => {
        timer = undefined;
        const adapter = pickAdapter(doc, doc.location.href);
        if (!adapter) return;
        observer.disconnect();
        onAdapter(adapter);
      }),
      throttleMs,
    );
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
    clearTimeout(timer);
  };
}
