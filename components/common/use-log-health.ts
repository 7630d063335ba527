import { useEffect, useState } from 'react';
import type { LogHealth } from '../../lib/db/log-health';
import { watchLogHealth } from '../../lib/db/watch-log-health';

/** The coaching log's health as the worker last recorded it (storage.session), kept up to date. */
export function useLogHealth(): LogHealth | null {
  const [health, setHealth] = useState<LogHealth | null>(null);
  useEffect(() => watchLogHealth(setHealth), []);
  return health;
}
