/**
 * Site adapters: which helpdesk a page belongs to and what its open ticket says. The content script calls
 * adapterForUrl() (hosted products) or recogniseAdapter() (self-hosted sites the user enabled), then readTicket()
 * directly or through watchTicket().
 */
import { ADAPTERS } from './registry';
import type { SiteAdapter } from './types';

export { ADAPTERS } from './registry';
export { readTicket } from './read-ticket';
export { watchTicket, type WatchOptions } from './watch';
export type { AdapterSpec, Part, Requester, SiteAdapter, Ticket, TicketReading } from './types';

/** Host permissions of the release build: the hosted products' domains, exactly. */
export const HOSTED_MATCH_PATTERNS: readonly string[] = [...new Set(ADAPTERS.flatMap((a) => a.matches))];

/** The adapter whose URL detector accepts this ticket page's URL, or null. */
export function adapterForUrl(url: string | URL): SiteAdapter | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return ADAPTERS.find((a) => a.detect(parsed)) ?? null;
}

/** The helpdesk a page is from, judged from the page itself: for self-hosted installs and custom domains. */
export function recogniseAdapter(doc: Document): SiteAdapter | null {
  for (const adapter of ADAPTERS) {
    try {
      if (adapter.recognise?.(doc)) return adapter;
    } catch {
      // A recogniser that throws recognises nothing.
    }
  }
  return null;
}
