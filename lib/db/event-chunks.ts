/**
 * The events are stored in chunks: one row holds one agent's events of one six-hour bucket, in time order.
 * IndexedDB's cost is per row (≈0.2 ms each in Chromium, a ceiling of ~5,000 events a second at one row per
 * event); a chunk of ~50 events costs about as much as one event did, which is what lets an import store
 * tens of thousands of events a second. A chunk is small enough to be read, merged and written again when a
 * live event or an overlapping import joins it.
 *
 * An event is still named by its time and id: a chunk never holds the same [at, eventId] twice, so a retried
 * send or an export imported twice adds nothing.
 */
import Dexie, { type Table } from 'dexie';
import type { EventRow } from './logged-event';

export interface EventChunk {
  /** Math.floor(at / BUCKET_MS) of every event in the chunk. */
  bucket: number;
  agent: string;
  /** 0, 1, …: a bucket of one agent with more than MAX_CHUNK_EVENTS events is split in order. */
  seq: number;
  /** Oldest first, by [at, eventId]. */
  events: EventRow[];
}

export type ChunkKey = [bucket: number, agent: string, seq: number];
export type ChunkTable = Table<EventChunk, ChunkKey>;

/**
 * Six hours: a team of 50 agents logging a million events a quarter puts ~50 events in each agent's chunk,
 * and a bucket of the whole team (what the table's first page reads) is ~3,000 events.
 */
export const BUCKET_MS = 6 * 3_600_000;
export const MAX_CHUNK_EVENTS = 1000;

export const bucketOf = (at: number): number => Math.floor(at / BUCKET_MS);

export function compareEvents(a: EventRow, b: EventRow): number {
  return a.at - b.at || (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0);
}

const identity = (row: EventRow) => `${row.at}|${row.eventId}`;

/** One agent's sorted events of one bucket, as chunk rows of at most MAX_CHUNK_EVENTS. */
function toChunks(bucket: number, agent: string, events: EventRow[]): EventChunk[] {
  const chunks: EventChunk[] = [];
  for (let i = 0; i < events.length; i += MAX_CHUNK_EVENTS) {
    chunks.push({ bucket, agent, seq: chunks.length, events: events.slice(i, i + MAX_CHUNK_EVENTS) });
  }
  return chunks;
}

/** The rows by bucket and agent, each group without repeats, in the order the rows came. */
function groupRows(rows: EventRow[]): Map<string, { bucket: number; agent: string; rows: Map<string, EventRow> }> {
  const groups = new Map<string, { bucket: number; agent: string; rows: Map<string, EventRow> }>();
  for (const row of rows) {
    const bucket = bucketOf(row.at);
    const key = `${bucket}|${row.agent}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { bucket, agent: row.agent, rows: new Map() }));
    group.rows.set(identity(row), row);
  }
  return groups;
}

/**
 * Adds the rows whose [at, eventId] is not stored yet and returns them; must run inside a read-write
 * transaction on `table`. A group (bucket and agent) that has no chunk yet is written without reading
 * anything but the batch's chunk keys (a first import reads nothing else); a group that has one is read,
 * merged and written again, and only if something in it is new.
 */
export async function addToChunks(table: ChunkTable, rows: EventRow[]): Promise<EventRow[]> {
  if (rows.length === 0) return [];
  const groups = groupRows(rows);
  let lo = Infinity;
  let hi = -Infinity;
  for (const { bucket } of groups.values()) (lo = Math.min(lo, bucket)), (hi = Math.max(hi, bucket));
  const storedKeys = await table.where(':id').between([lo, Dexie.minKey], [hi, Dexie.maxKey], true, true).primaryKeys();
  const stored = new Set(storedKeys.map(([bucket, agent]) => `${bucket}|${agent}`));
  const fresh: EventRow[] = [];
  const writes: EventChunk[] = [];
  await Promise.all(
    [...groups].map(async ([key, { bucket, agent, rows: incoming }]) => {
      if (!stored.has(key)) {
        const events = [...incoming.values()].sort(compareEvents);
        fresh.push(...events);
        writes.push(...toChunks(bucket, agent, events));
        return;
      }
      const existing = (await table.where(':id').between([bucket, agent, Dexie.minKey], [bucket, agent, Dexie.maxKey], true, true).toArray()).flatMap((c) => c.events);
      for (const row of existing) incoming.delete(identity(row));
      if (incoming.size === 0) return;
      fresh.push(...incoming.values());
      writes.push(...toChunks(bucket, agent, [...existing, ...incoming.values()].sort(compareEvents)));
    }),
  );
  if (writes.length) await table.bulkPut(writes);
  return fresh;
}

/**
 * Keeps only the events of `bucket` that `keep` accepts, in every agent's chunks of that bucket; returns how
 * many were dropped. Must run inside a read-write transaction on `table`.
 */
export async function filterBucket(table: ChunkTable, bucket: number, keep: (row: EventRow) => boolean): Promise<number> {
  const chunks = await table.where(':id').between([bucket, Dexie.minKey], [bucket, Dexie.maxKey], true, true).toArray();
  let dropped = 0;
  const byAgent = new Map<string, EventRow[]>();
  for (const chunk of chunks) {
    const kept = chunk.events.filter(keep);
    dropped += chunk.events.length - kept.length;
    byAgent.set(chunk.agent, [...(byAgent.get(chunk.agent) ?? []), ...kept]);
  }
  if (dropped === 0) return 0;
  await table.where(':id').between([bucket, Dexie.minKey], [bucket, Dexie.maxKey], true, true).delete();
  await table.bulkPut([...byAgent].flatMap(([agent, events]) => toChunks(bucket, agent, events)));
  return dropped;
}
