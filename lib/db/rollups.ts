/**
 * Daily tallies and each ticket's latest effort report, kept up to date as events are written and deleted,
 * so that the dashboard reads a few thousand small rows instead of every event of the period.
 */
import type { Table } from 'dexie';
import { addToDayTallies, type DayTallyTable } from './day-tallies';
import type { FlagState, TicketRef } from '../messages/log-events';
import type { EventRow } from './logged-event';

/** One counter for one day (stored by day, ./day-tallies.ts). `key` is a JSON array naming what is counted, e.g. ["flag","customer-blame","rule-x","shown"]. */
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

  /**
   * sign +1 for a row written, -1 for a row deleted. A written effort report is offered as its ticket's latest,
   * unless `withReport` is false (an import offers its reports apart, ./pending-ticket-reports.ts).
   */
  count(row: EventRow, sign: 1 | -1, withReport = true): void {
    for (const parts of talliesOf(row)) this.add(row.day, parts, sign);
    if (sign === 1 && withReport) this.offerReport(row);
  }

  /** An effort report, as its ticket's latest unless a newer one is known; applyTickets writes it. Other rows are ignored. */
  offerReport(row: EventRow): void {
    if (row.type === 'effort') {
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

  /**
   * Whether applyTickets has anything to do. Await it only then: inside a Dexie transaction, awaiting an async
   * function that made no request loses the transaction's zone, and the next request runs outside it.
   */
  get hasTicketReports(): boolean {
    return this.latest.size > 0;
  }

  /** How many tickets have a report waiting to be written. */
  get ticketReports(): number {
    return this.latest.size;
  }

  /**
   * Writes the tickets' latest reports that changed; a report that becomes a ticket's latest moves the ticket's
   * 'latest-effort' tallies, so this comes before the tallies are written.
   */
  async applyTickets(tickets: Table<TicketRow, string>): Promise<void> {
    const candidates = [...this.latest.values()];
    this.latest.clear();
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

  /** Writes everything collected, inside the caller's transaction. */
  async apply(tallies: DayTallyTable, tickets: Table<TicketRow, string>): Promise<void> {
    if (this.hasTicketReports) await this.applyTickets(tickets);
    const changes = [...this.counts.values()].filter((c) => c.n !== 0);
    this.counts.clear();
    if (changes.length) await addToDayTallies(tallies, changes);
  }
}
