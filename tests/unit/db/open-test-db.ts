import 'fake-indexeddb/auto';
import { AgentAssistDb } from '../../../lib/db/schema';

let n = 0;

/** A fresh, empty coaching log in fake-indexeddb. */
export function openTestDb(): AgentAssistDb {
  return new AgentAssistDb(`agent-assist-test-${process.pid}-${++n}`);
}
