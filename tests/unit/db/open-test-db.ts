import 'fake-indexeddb/auto';
import { AgentAssistDb } from '../../../lib/db/schema';
import { allEventRows } from '../../../lib/db/events-in-order';

let n = 0;

/** A fresh, empty coaching log in fake-indexeddb. */
export function openTestDb(): AgentAssistDb {
  return new AgentAssistDb(`agent-assist-test-${process.pid}-${++n}`);
}

/** Every stored event, oldest first. */
export const storedRows = (db: AgentAssistDb) => allEventRows(db);

export async function storedCount(db: AgentAssistDb): Promise<number> {
  return (await allEventRows(db)).length;
}
