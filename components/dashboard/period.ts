import { DAY_MS, startOfDay } from '@/lib/db/days';

export const PERIOD_DAYS = [7, 30, 90, 365] as const;
export type PeriodDays = (typeof PERIOD_DAYS)[number];

/** The last `days` calendar days, today included, to the end of today (so events logged today keep counting). */
export function periodRange(days: PeriodDays, now = Date.now()): { from: number; to: number } {
  const today = startOfDay(now);
  return { from: startOfDay(today - (days - 1) * DAY_MS + DAY_MS / 2), to: startOfDay(today + DAY_MS * 1.5) - 1 };
}
