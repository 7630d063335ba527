/**
 * Reading the chunked events back in time order (./event-chunks.ts): bucket after bucket, newest or oldest
 * first, each bucket's chunks (of every agent, or of one) merged into one sorted run. Only one read of chunks
 * is in memory at a time, whatever the period's size.
 */
import Dexie from 'dexie';
import { bucketOf, compareEvents, type EventChunk } from './event-chunks';
import type { EventRow } from './logged-event';
import type { AgentAssistDb } from './schema';

/**
 * Chunks read per request: one bucket of a 50-agent team (~3,000 events at a million a quarter), or 50 of one
 * agent. A read is deserialized on the page's thread in one task: 200 chunks a read made a count running
 * behind the table hold the page for ~100 ms at a time, and filter changes wait behind it.
 */
const CHUNKS_PER_READ = 50;

export interface TimeSpan {
  /** Both included. */
  from: number;
  to: number;
}

function chunksBetween(db: AgentAssistDb, lo: number, hi: number, agent: string | undefined, dir: 'asc' | 'desc'): Dexie.Collection<EventChunk> {
  const where =
    agent === undefined
      ? db.eventChunks.where(':id').between([lo, Dexie.minKey], [hi, Dexie.maxKey], true, true)
      : db.eventChunks.where('[agent+bucket]').between([agent, lo], [agent, hi], true, true);
  return dir === 'desc' ? where.reverse() : where;
}

/** The events of one bucket's chunks within the span, sorted in the direction asked. */
function mergeBucket(chunks: EventChunk[], { from, to }: TimeSpan, dir: 'asc' | 'desc'): EventRow[] {
  const events: EventRow[] = [];
  for (const chunk of chunks) for (const row of chunk.events) if (row.at >= from && row.at <= to) events.push(row);
  events.sort(compareEvents);
  return dir === 'desc' ? events.reverse() : events;
}

/**
 * The span's events (of `agent`, when given), one bucket's worth at a time, in time order (`dir`), each
 * yielded array sorted in that order. Empty buckets are skipped without a read of their own.
 */
export async function* eventsInOrder(db: AgentAssistDb, span: TimeSpan, agent: string | undefined, dir: 'asc' | 'desc'): AsyncGenerator<EventRow[]> {
  let lo = bucketOf(span.from);
  let hi = bucketOf(span.to);
  while (lo <= hi) {
    let chunks = await chunksBetween(db, lo, hi, agent, dir).limit(CHUNKS_PER_READ).toArray();
    if (chunks.length === 0) return;
    const last = chunks[chunks.length - 1].bucket;
    if (chunks.length === CHUNKS_PER_READ) {
      // The last bucket read may have more chunks: read it whole next time (or now, when it is the only one).
      const rest = chunks.filter((c) => c.bucket !== last);
      chunks = rest.length ? rest : await chunksBetween(db, last, last, agent, dir).toArray();
    }
    let start = 0;
    for (let i = 1; i <= chunks.length; i++) {
      if (i < chunks.length && chunks[i].bucket === chunks[start].bucket) continue;
      const events = mergeBucket(chunks.slice(start, i), span, dir);
      if (events.length) yield events;
      start = i;
    }
    const done = chunks[chunks.length - 1].bucket;
    if (dir === 'desc') hi = done - 1;
    else lo = done + 1;
  }
}

/** Every stored event, oldest first (an export, a test). */
export async function allEventRows(db: AgentAssistDb): Promise<EventRow[]> {
  const rows: EventRow[] = [];
  for await (const bucket of eventsInOrder(db, { from: -Infinity, to: Infinity }, undefined, 'asc')) rows.push(...bucket);
  return rows;
}
