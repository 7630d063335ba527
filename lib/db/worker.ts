/** Everything the coaching log needs in the background worker; entrypoints/background.ts calls it at start-up. */
import { browser } from 'wxt/browser';
import { getSettings, watchSettings } from '../settings/store';
import { createHealthRecorder, type HealthArea } from './log-health';
import { createLogReceiver, listenForLogMessages } from './receiver';
import { createRetention } from './retention';
import { openLogDb } from './schema';

export function startLogWorker(): void {
  const db = openLogDb();
  const retention = createRetention(db, async () => (await getSettings()).retentionDays);
  // Registered synchronously: the message that woke the worker must find its listener.
  const health = createHealthRecorder(() => (browser.storage as { session?: HealthArea }).session);
  listenForLogMessages(browser.runtime, createLogReceiver({ db, getSettings, afterWrite: retention.runIfDue, health }));
  void retention.run();
  watchSettings(() => void retention.run());
}
