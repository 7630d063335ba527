/**
 * Daily tallies and each ticket's latest effort report, kept up to date as events are written and deleted,
 * so that the dashboard reads a few thousand small rows instead of every event of the period.
 */
import Dexie, { type Table } from 'dexie';
import type { FlagState, TicketRef } from '../messages/log-events';
import type { EventRow } from './logged-event';

/** One counter for one day. `key` is a JSON array naming what is counted, e.g. ["flag","customer-blame","rule-x","shown"]. */
export interface TallyRow {
  day: string;
  key: string;
  n: number;
}

export type TallyKey =
  | ['flag', category: string, rule: string, state: FlagState]
  | ['phrase', words: string]
  | ['reply', 'clean' | 'with-flags']
  | ['effort', level: string]
  | ['adapter-health', helpdesk: string]
  | ['agent', agent: string, what: `flag-${FlagState}` | 'reply' | 'reply-with-flags']
  /** Tickets whose latest effort report is of that day (n: how many), and the sum of those reports' scores. */
  | ['latest-effort', level: TicketRow['level']]
  | ['latest-effort-score'];

/** Every event counts once in one of these tallies (see talliesOf). */
export const ONE_PER_EVENT = new Set<TallyKey[0]>(['flag', 'reply', 'effort', 'adapter-health']);

/** The latest effort report of a ticket. */
export interface TicketRow {
  ticketKey: string;
  ticket: TicketRef;
  agent: string;
  eventId: string;
  effortAt: number;
  /** The day of `effortAt` when written: the day whose 'latest-effort' tallies count this report. */
  day: string;
  score: number;
  level: 'low' | 'medium' | 'high';
  signals: string[];
  reasons: string[];
}

/** How "top phrases" groups flagged words: case, curly quotes and spacing do not make a new phrase. */
export function phraseKey(words: string): string {
  return words.toLowerCase().replace(/[\u2018\u2019\u02BC]/g, "'").replace(/\s+/g, ' ').trim();
}

export function talliesOf(row: EventRow): TallyKey[] {
  switch (row.type) {
    case 'flag': {
      const keys: TallyKey[] = [
        ['flag', row.category, row.rule, row.state],
        ['agent', row.agent, `flag-${row.state}`],
      ];
      if (row.state === 'shown' && row.words) keys.push(['phrase', phraseKey(row.words)]);
      return keys;
    }
    case 'reply-sent': {
      const flagged = row.flagsPresent > 0;
      const keys: TallyKey[] = [['reply', flagged ? 'with-flags' : 'clean'], ['agent', row.agent, 'reply']];
      if (flagged) keys.push(['agent', row.agent, 'reply-with-flags']);
      return keys;
    }
    case 'effort':
      return [['effort', row.level]];
    case 'adapter-health':
      return [['adapter-health', row.ticket.helpdesk]];
  }
}

function newer(a: { effortAt: number; eventId: string }, b: { effortAt: number; eventId: string }): boolean {
  return a.effortAt > b.effortAt || (a.effortAt === b.effortAt && a.eventId > b.eventId);
}

const SEPARATOR = '\u0001';

/** Changes this many or more are read as whole days (one request a day) instead of one request per tally. */
const READ_WHOLE_DAYS_FROM = 100;

/** The stored counts of the tallies changed (undefined where there is none yet). */
async function currentCounts(tallies: Table<TallyRow, [string, string]>, changes: { day: string; key: string }[]): Promise<(number | undefined)[]> {
  if (changes.length < READ_WHOLE_DAYS_FROM) return (await tallies.bulkGet(changes.map((c) => [c.day, c.key]))).map((row) => row?.n);
  const days = [...new Set(changes.map((c) => c.day))];
  const stored = new Map<string, number>();
  const read = await Promise.all(days.map((day) => tallies.where('[day+key]').between([day, Dexie.minKey], [day, Dexie.maxKey], true, true).toArray()));
  for (const row of read.flat()) stored.set(`${row.day}\u0000${row.key}`, row.n);
  return changes.map((c) => stored.get(`${c.day}\u0000${c.key}`));
}

/** Changes to the rollups collected over many rows, then written in one go inside the caller's transaction. */
export class RollupChanges {
  private readonly counts = new Map<string, { day: string; key: string; n: number }>();
  private readonly latest = new Map<string, TicketRow>();

  private add(day: string, parts: TallyKey, n: number): void {
    // An import counts millions of events into a few thousand tallies: the key's JSON is made once per tally,
    // and looked up by the parts joined (by its JSON, which starts with '[' as no kind does, when a part holds the separator).
    const id = `${day}${SEPARATOR}${parts.some((part) => part.includes(SEPARATOR)) ? JSON.stringify(parts) : parts.join(SEPARATOR)}`;
    const c = this.counts.get(id);
    if (c) c.n += n;
    else this.counts.set(id, { day, key: JSON.stringify(parts), n });
  }

  /** sign +1 for a row written, -1 for a row deleted. */
  count(row: EventRow, sign: 1 | -1): void {
    for (const parts of talliesOf(row)) this.add(row.day, parts, sign);
    if (sign === 1 && row.type === 'effort') {
      const candidate: TicketRow = {
        ticketKey: row.ticketKey,
        ticket: row.ticket,
        agent: row.agent,
        eventId: row.eventId,
        effortAt: row.at,
        day: row.day,
        score: row.score,
        level: row.level,
        signals: row.signals,
        reasons: row.reasons,
      };
      const seen = this.latest.get(row.ticketKey);
      if (!seen || newer(candidate, seen)) this.latest.set(row.ticketKey, candidate);
    }
  }

  /** A ticket's latest report counted in (+1: it became the latest) or out (-1: replaced, or deleted). */
  countLatest(ticket: Pick<TicketRow, 'day' | 'level' | 'score'>, sign: 1 | -1): void {
    this.add(ticket.day, ['latest-effort', ticket.level], sign);
    if (ticket.score !== 0) this.add(ticket.day, ['latest-effort-score'], sign * ticket.score);
  }

  /** The changes collected, as tally rows (for a caller that writes them as they are). */
  tallies(): TallyRow[] {
    return [...this.counts.values()];
  }

  async apply(tallies: Table<TallyRow, [string, string]>, tickets: Table<TicketRow, string>): Promise<void> {
    // Tickets first: a report that becomes a ticket's latest moves the ticket's 'latest-effort' tallies.
    const candidates = [...this.latest.values()];
    if (candidates.length) {
      const current = await tickets.bulkGet(candidates.map((t) => t.ticketKey));
      const replacing: TicketRow[] = [];
      candidates.forEach((t, i) => {
        const was = current[i];
        if (was && !newer(t, was)) return;
        if (was) this.countLatest(was, -1);
        this.countLatest(t, 1);
        replacing.push(t);
      });
      await tickets.bulkPut(replacing);
    }
    const changes = [...this.counts.values()].filter((c) => c.n !== 0);
    if (changes.length) {
      const current = await currentCounts(tallies, changes);
      const rows = changes.map((c, i) => ({ day: c.day, key: c.key, n: (current[i] ?? 0) + c.n }));
      await tallies.bulkPut(rows.filter((r) => r.n > 0));
      const emptied = rows.filter((r) => r.n <= 0).map((r) => [r.day, r.key] as [string, string]);
      if (emptied.length) await tallies.bulkDelete(emptied);
    }
    this.counts.clear();
    this.latest.clear();
  }
}
