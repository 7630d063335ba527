/**
 * The coaching log: one IndexedDB database in the extension's own origin, opened by the background worker and
 * extension pages only (content scripts send events to the worker, see ./client.ts).
 */
import Dexie, { type Table, type Transaction } from 'dexie';
import type { EventRow } from './logged-event';
import { addToChunks, type ChunkKey, type EventChunk } from './event-chunks';
import { dayOf } from './days';
import { ticketKeyOf } from './logged-event';
import { RollupChanges, type TallyRow, type TicketRow } from './rollups';
import { scopeOf, type DayTallyRow, type DayTallyTable, type TallyScope } from './day-tallies';

/** How far an unfinished import got: every event up to `line` is stored (`events` of them, `added` new). */
export interface ImportCheckpoint {
  id: string;
  /** The file's events are stored up to this line. */
  line: number;
  events: number;
  added: number;
  at: number;
  /**
   * Their effort reports are written to the tickets up to this line (≤ line): an import holds them over several
   * batches (./pending-ticket-reports.ts). Absent in checkpoints from before it did: then `line`.
   */
  ticketsLine?: number;
}

export const LOG_DB_NAME = 'agent-assist-log';

/** Version 1: the events alone. Kept as it was: Dexie needs every version's schema to upgrade from it. */
export const SCHEMA_V1 = {
  events: [
    'eventId', // primary key: the event's own id, so a retried send or a re-imported event is stored once
    'at', // a period's events, retention deletes, export in time order
    '[type+at]', // one kind of event in a period (replies sent, effort reports)
    'agent', // one agent's events, when a lead has merged a team's logs
  ].join(', '),
};

/** Version 2: daily tallies and each ticket's latest effort report, so the dashboard need not read every event. */
export const SCHEMA_V2 = {
  events: [
    'eventId', // primary key: the event's own id, so a retried send or a re-imported event is stored once
    'at', // a period's events, retention deletes, export in time order
    '[type+at]', // one kind of event in a period (replies sent, effort reports)
    '[agent+at]', // one agent's events in a period, when a lead has merged a team's logs (replaces v1's 'agent')
    '[ticketKey+at]', // one ticket's history, in time order
  ].join(', '),
  tallies: [
    '[day+key]', // primary key: one counter per day and per thing counted; a period is a range of days
  ].join(', '),
  tickets: [
    'ticketKey', // primary key: helpdesk|ticket id (or url when there is no id): one row per ticket
    'effortAt', // retention: drop tickets whose latest report is older than the cut-off
    '[level+effortAt]', // the dashboard's high-effort tickets of a period
  ].join(', '),
};

/**
 * Version 3: a million events. Every secondary index is one more write per event (and bytes on disk): only the
 * indexes something reads are kept — 'at' (period, retention, export) and '[agent+at]' (one agent's events);
 * v2's '[type+at]' and '[ticketKey+at]' were read by nothing. `imports` holds each unfinished import's
 * checkpoint, so that an import cut short (cancel, closed tab) resumes where it stopped.
 */
export const SCHEMA_V3 = {
  events: [
    'eventId', // primary key: the event's own id, so a retried send or a re-imported event is stored once
    'at', // a period's events, retention deletes, export in time order
    '[agent+at]', // one agent's events in a period, when a lead has merged a team's logs
  ].join(', '),
  tallies: SCHEMA_V2.tallies,
  tickets: SCHEMA_V2.tickets,
  imports: [
    'id', // primary key: the file (its size and header line); see ./transfer.ts
  ].join(', '),
};

/**
 * Version 4: the events keyed by time. The primary key `[at+eventId]` keeps the rows in time order, so a period,
 * an export or retention's "everything before the cut-off" is a range of the store itself: no 'at' index to
 * write for every event, and retention deletes a key range instead of row after row. An event's time is fixed
 * when it is logged, so the pair names an event as its id did: a retried send or a re-imported event is still
 * stored once. The v3 'events' store is copied, then dropped.
 */
export const SCHEMA_V4 = {
  events: null,
  eventsByTime: [
    '[at+eventId]', // primary key: time order; the id keeps events of the same millisecond apart
    '[agent+at]', // one agent's events in a period, when a lead has merged a team's logs
  ].join(', '),
  tallies: SCHEMA_V2.tallies,
  tickets: SCHEMA_V2.tickets,
  imports: SCHEMA_V3.imports,
};

/**
 * Version 5: the same stores; each ticket's row says the day of its latest report, and the tallies count those
 * latest reports per day ('latest-effort' by level, 'latest-effort-score'), so that a period's effort figures
 * are read from the tallies instead of from every ticket of the period.
 */
export const SCHEMA_V5 = SCHEMA_V4;

/**
 * Version 6: the events in chunks, one agent's events of six hours per row (./event-chunks.ts): IndexedDB's
 * cost is per row, and a million events imported one row each took four minutes. The primary key
 * `[bucket+agent+seq]` keeps the chunks in time order; '[agent+bucket]' reads one agent's. The v5
 * 'eventsByTime' rows are copied into chunks, then dropped.
 */
export const SCHEMA_V6 = {
  eventsByTime: null,
  eventChunks: [
    '[bucket+agent+seq]', // primary key: time order, then agent; seq splits a busy agent's bucket
    '[agent+bucket]', // one agent's chunks in time order, when a lead has merged a team's logs
  ].join(', '),
  tallies: SCHEMA_V2.tallies,
  tickets: SCHEMA_V2.tickets,
  imports: SCHEMA_V3.imports,
};

/**
 * Version 7: the daily tallies stored one row per day and scope (./day-tallies.ts) instead of one row per counter:
 * a batch of an import wrote ~2,600 counter rows, most of its time. v6's rows are gathered into day rows. The
 * tickets lose their 'effortAt' index.
 */
export const SCHEMA_V7 = {
  tallies: null,
  dayTallies: [
    '[day+scope]', // primary key: a period is a range of days; the overview reads the 'team' scope alone
  ].join(', '),
  eventChunks: SCHEMA_V6.eventChunks,
  tickets: [
    'ticketKey', // primary key: helpdesk|ticket id (or url when there is no id): one row per ticket
    // The high-effort tickets of a period; retention reads each level's range below the cut-off. v2-v6 also had
    // 'effortAt', one more write per ticket that an import's batch paid ~1,000 times.
    '[level+effortAt]',
  ].join(', '),
  imports: SCHEMA_V3.imports,
};

/** Rows copied per read in the v3 → v4 upgrade: a million events never sit in memory at once. */
export const UPGRADE_CHUNK = 10_000;

async function upgradeToV4(tx: Transaction): Promise<void> {
  const from = tx.table<EventRow, string>('events');
  const to = tx.table<EventRow, [number, string]>('eventsByTime');
  for (let after: string | undefined; ; ) {
    const rows = await (after === undefined ? from.orderBy(':id') : from.where(':id').above(after)).limit(UPGRADE_CHUNK).toArray();
    if (rows.length === 0) return;
    await to.bulkPut(rows);
    after = rows[rows.length - 1].eventId;
  }
}

/** Copies the events into chunks, in time order, UPGRADE_CHUNK rows per read. The rollups stay as they are. */
async function upgradeToV6(tx: Transaction): Promise<void> {
  const from = tx.table<EventRow, [number, string]>('eventsByTime');
  const to = tx.table<EventChunk, ChunkKey>('eventChunks');
  for (let after: [number, string] | undefined; ; ) {
    const rows = await (after === undefined ? from.orderBy(':id') : from.where(':id').above(after)).limit(UPGRADE_CHUNK).toArray();
    if (rows.length === 0) return;
    await addToChunks(to, rows);
    after = [rows[rows.length - 1].at, rows[rows.length - 1].eventId];
  }
}

/** Gathers v6's counter rows into day rows. */
async function upgradeToV7(tx: Transaction): Promise<void> {
  const rows = new Map<string, DayTallyRow>();
  await tx.table<TallyRow, [string, string]>('tallies').each(({ day, key, n }) => {
    const scope = scopeOf(key);
    const id = `${day}|${scope}`;
    let row = rows.get(id);
    if (!row) rows.set(id, (row = { day, scope, counts: {} }));
    row.counts[key] = n;
  });
  await tx.table<DayTallyRow, [string, TallyScope]>('dayTallies').bulkPut([...rows.values()]);
}

/** Counts every ticket's latest report into the tallies, as absolute values (a v1 → v2 upgrade may have counted them already). */
async function upgradeToV5(tx: Transaction): Promise<void> {
  const changes = new RollupChanges();
  await tx
    .table('tickets')
    .toCollection()
    .modify((ticket: TicketRow) => {
      ticket.day ??= dayOf(ticket.effortAt);
      changes.countLatest(ticket, 1);
    });
  const tallies = tx.table<TallyRow, [string, string]>('tallies');
  const counted = changes.tallies();
  await tallies.bulkPut(counted.filter((t) => t.n > 0));
}

/** v1 rows had no derived fields: fill them in, then count every existing event into the new rollups. */
async function upgradeToV2(tx: Transaction): Promise<void> {
  const changes = new RollupChanges();
  await tx
    .table('events')
    .toCollection()
    .modify((row: EventRow) => {
      row.day = dayOf(row.at);
      row.ticketKey = ticketKeyOf(row.ticket);
      changes.count(row, 1);
    });
  // v2's tallies are one row per counter, new and empty here: the counts are written as they are.
  if (changes.hasTicketReports) await changes.applyTickets(tx.table('tickets'));
  await tx.table<TallyRow, [string, string]>('tallies').bulkPut(changes.tallies().filter((t) => t.n > 0));
}

export class AgentAssistDb extends Dexie {
  eventChunks!: Table<EventChunk, ChunkKey>;
  dayTallies!: DayTallyTable;
  tickets!: Table<TicketRow, string>;
  imports!: Table<ImportCheckpoint, string>;

  constructor(name = LOG_DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    // Dropping indexes and adding a table: Dexie does both; the rows and rollups stay as they are.
    this.version(3).stores(SCHEMA_V3);
    this.version(4).stores(SCHEMA_V4).upgrade(upgradeToV4);
    this.version(5).stores(SCHEMA_V5).upgrade(upgradeToV5);
    this.version(6).stores(SCHEMA_V6).upgrade(upgradeToV6);
    this.version(7).stores(SCHEMA_V7).upgrade(upgradeToV7);
  }
}

let shared: AgentAssistDb | undefined;

/** The one connection of this context (worker or extension page). */
export function openLogDb(): AgentAssistDb {
  return (shared ??= new AgentAssistDb());
}
