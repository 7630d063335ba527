/**
 * A shown time as ISO 8601, or undefined when it is not a date. Times without a zone are read in the browser's
 * zone, which is the zone the helpdesk shows them in.
 */
export function toIso(raw: string | null | undefined): string | undefined {
  const s = raw?.trim();
  if (!s) return undefined;
  const ms = Date.parse(s);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** The time of a message: `time[datetime]`, else the first date-like title or text of the given selectors. */
export function timeIn(item: Element, ...selectors: string[]): string | undefined {
  const time = item.querySelector('time[datetime]');
  const fromTime = toIso(time?.getAttribute('datetime'));
  if (fromTime) return fromTime;
  for (const sel of selectors) {
    const el = item.querySelector(sel);
    const at = toIso(el?.getAttribute('title')) ?? toIso(el?.getAttribute('datetime')) ?? toIso(el?.textContent);
    if (at) return at;
  }
  return undefined;
}
