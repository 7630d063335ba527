/** Calendar days in the browser's time zone, as 'YYYY-MM-DD' (they sort as strings). */

export const DAY_MS = 86_400_000;

/** Time zones and their changes fall on quarter hours: every moment of a quarter hour is on the same day. */
const QUARTER_HOUR_MS = 900_000;
let lastQuarter = NaN;
let lastDay = '';

/** Remembers the last quarter hour's day: an import asks for a million days, mostly of the same few hours. */
export function dayOf(at: number): string {
  const quarter = Math.floor(at / QUARTER_HOUR_MS);
  if (quarter === lastQuarter) return lastDay;
  const d = new Date(at);
  lastDay = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  lastQuarter = quarter;
  return lastDay;
}

export function startOfDay(at: number): number {
  const d = new Date(at);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** Every day from `fromDay` to `toDay`, both included. */
export function daysBetween(fromDay: string, toDay: string): string[] {
  const days: string[] = [];
  const [y, m, d] = fromDay.split('-').map(Number);
  for (const date = new Date(y, m - 1, d); ; date.setDate(date.getDate() + 1)) {
    const day = dayOf(date.getTime());
    if (day > toDay) return days;
    days.push(day);
  }
}
