/**
 * The effort reports of an import's events, kept as each ticket's latest and written to the tickets together
 * instead of with every batch. A team's quarter mentions a ticket in two or three batches, and putting a
 * ticket's row (with its index) is most of what the browser's storage spends on a batch's tickets: written
 * once per flush, each ticket costs one get and one put instead of one of each per batch that mentions it.
 *
 * Writing a report is idempotent (a ticket keeps the newer of its row and the report, and its 'latest-effort'
 * tallies move only when the row changes), so reports an import held when it was stopped are found again by
 * reading its file from the checkpoint's `ticketsLine` (./transfer.ts).
 */
import { RollupChanges } from './rollups';
import type { EventRow } from './logged-event';
import type { AgentAssistDb } from './schema';

export class PendingTicketReports {
  private changes = new RollupChanges();

  /** The row's report, if it is an effort report, as its ticket's latest unless a newer one is held. */
  offer(row: EventRow): void {
    this.changes.offerReport(row);
  }

  /** How many tickets have a report waiting. */
  get size(): number {
    return this.changes.ticketReports;
  }

  /**
   * Writes the reports held (each ticket's row and its 'latest-effort' tallies) inside the caller's transaction
   * on db.tickets and db.dayTallies, and forgets them. Await it only when `size` > 0: see
   * RollupChanges.hasTicketReports.
   */
  async write(db: AgentAssistDb): Promise<void> {
    const changes = this.changes;
    this.changes = new RollupChanges();
    await changes.apply(db.dayTallies, db.tickets);
  }
}
