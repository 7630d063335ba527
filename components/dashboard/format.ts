import { locale } from '@/lib/i18n';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) cache.set(key, (f = make()));
  return f;
}

export const formatCount = (n: number) => cached('count', () => new Intl.NumberFormat(locale())).format(n);
export const formatShare = (share: number) =>
  cached('share', () => new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 0 })).format(share);
export const formatScore = (score: number) => cached('score', () => new Intl.NumberFormat(locale(), { maximumFractionDigits: 0 })).format(score);
export const formatRatio = (r: number) => cached('ratio', () => new Intl.NumberFormat(locale(), { maximumFractionDigits: 2 })).format(r);
export const formatTime = (at: number) =>
  cached('time', () => new Intl.DateTimeFormat(locale(), { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' })).format(at);
/** 'YYYY-MM-DD' (a local calendar day) as a short date. */
export const formatDay = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return cached('day', () => new Intl.DateTimeFormat(locale(), { month: 'short', day: 'numeric' })).format(new Date(y, m - 1, d));
};
