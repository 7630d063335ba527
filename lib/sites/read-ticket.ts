import type { SiteAdapter, TicketReading } from './types';

/** Reads the active ticket. Never throws: an adapter's failure is a reading with `missing: ['*']` and the error. */
export function readTicket(adapter: SiteAdapter, doc: Document, url: string): TicketReading {
  try {
    return adapter.read(doc, url);
  } catch (e) {
    return { ticket: null, editor: null, missing: ['*'], error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}
