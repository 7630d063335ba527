/**
 * Test-only (built by `wxt build --mode e2e`, skipped in every other build): loaded into an extension page by
 * the e2e tests and the db bench, it exposes the coaching log's functions as `window.agentAssistLog`.
 */
import { computeAggregates } from '../lib/db/aggregates';
import { loadDashboardSummary } from '../lib/db/dashboard-summary';
import { exportLog, importLog } from '../lib/db/transfer';
import { checkLogExport, eventBatches } from '../lib/db/import';
import { toEventRow as rowOf } from '../lib/db/logged-event';
import { toEventRow, toLoggedEvent } from '../lib/db/logged-event';
import { openLogDb } from '../lib/db/schema';
import { allEventRows } from '../lib/db/events-in-order';
import { applyRetention, clearLog, storeEvents } from '../lib/db/write';
import { getSettings, updateSettings } from '../lib/settings/store';

const hooks = { db: openLogDb(), checkLogExport, eventBatches, rowOf, computeAggregates, loadDashboardSummary, exportLog, importLog, toEventRow, toLoggedEvent, clearLog, storeEvents, applyRetention, allEventRows, getSettings, updateSettings };
export type LogTestHooks = typeof hooks;

export default defineUnlistedScript({
  include: import.meta.env.MODE === 'e2e' ? undefined : ['e2e-builds-only'],
  main() {
    (window as unknown as { agentAssistLog: LogTestHooks }).agentAssistLog = hooks;
  },
});
