/**
 * The daily tallies as stored: one row per day and scope, holding that day's counters by key. IndexedDB's cost
 * is per row (≈0.2 ms a put in Chromium), and a day of a 50-agent team has ~400 counters: stored one per row,
 * an import's batch spent most of its time writing them. The per-agent counters (most of a team's day) are a
 * scope of their own, so that the overview's figures, which do not show them, read one small row a day.
 */
import type { Table } from 'dexie';
import type { TallyRow } from './rollups';

export type TallyScope = 'team' | 'agents';

export interface DayTallyRow {
  day: string;
  scope: TallyScope;
  /** By tally key (a JSON array, see TallyKey): how many. A counter that reaches 0 is removed. */
  counts: Record<string, number>;
}

export type DayTallyTable = Table<DayTallyRow, [string, TallyScope]>;

export const scopeOf = (key: string): TallyScope => (key.startsWith('["agent",') ? 'agents' : 'team');

/** The rows' counters, one TallyRow each (what the dashboard's readers take). */
export function flattenDayTallies(rows: (DayTallyRow | undefined)[]): TallyRow[] {
  const out: TallyRow[] = [];
  for (const row of rows) if (row) for (const key of Object.keys(row.counts)) out.push({ day: row.day, key, n: row.counts[key] });
  return out;
}

/** Adds `changes` (n may be negative) to the stored counters: one read and one write per day and scope. Runs inside the caller's transaction. */
export async function addToDayTallies(table: DayTallyTable, changes: TallyRow[]): Promise<void> {
  const byRow = new Map<string, { day: string; scope: TallyScope; changes: TallyRow[] }>();
  for (const change of changes) {
    const scope = scopeOf(change.key);
    const id = `${change.day}|${scope}`;
    let group = byRow.get(id);
    if (!group) byRow.set(id, (group = { day: change.day, scope, changes: [] }));
    group.changes.push(change);
  }
  const groups = [...byRow.values()];
  const stored = await table.bulkGet(groups.map((g) => [g.day, g.scope]));
  const puts: DayTallyRow[] = [];
  const emptied: [string, TallyScope][] = [];
  groups.forEach(({ day, scope, changes }, i) => {
    const counts = stored[i]?.counts ?? {};
    for (const { key, n } of changes) {
      const total = (counts[key] ?? 0) + n;
      if (total > 0) counts[key] = total;
      else delete counts[key];
    }
    if (Object.keys(counts).length) puts.push({ day, scope, counts });
    else if (stored[i]) emptied.push([day, scope]);
  });
  if (puts.length) await table.bulkPut(puts);
  if (emptied.length) await table.bulkDelete(emptied);
}
