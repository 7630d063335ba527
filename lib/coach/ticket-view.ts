/** From a site adapter's reading to what the store holds: the ticket's summary and its effort report. */
import type { EffortReport, Thread, ThreadMessage } from '../effort/types';
import type { SiteAdapter, Ticket } from '../sites';
import type { EffortSummary, TicketSummary } from './store';
import { classifyTopic } from '../topic';

/** An internal note is an agent's message whatever the adapter says: it is never the customer speaking. */
export function customerFacing(messages: readonly ThreadMessage[]): ThreadMessage[] {
  return messages.map((m) => (m.internal && m.role !== 'agent' ? { ...m, role: 'agent' } : m));
}

export function ticketSummary(adapter: Pick<SiteAdapter, 'id' | 'name'>, ticket: Ticket): TicketSummary {
  const messages = { customer: 0, agent: 0, internal: 0 };
  for (const m of ticket.messages) {
    if (m.internal) messages.internal++;
    else if (m.role === 'customer') messages.customer++;
    else messages.agent++;
  }
  return {
    helpdesk: adapter.id,
    helpdeskName: adapter.name,
    id: ticket.id,
    ...(ticket.number ? { number: ticket.number } : {}),
    url: ticket.url,
    ...(ticket.subject ? { subject: ticket.subject } : {}),
    ...(ticket.requester ? { requester: ticket.requester } : {}),
    ...topicOf(ticket),
    messages,
  };
}

/** What the ticket is about, read once per reading from the subject and the customer's messages (for rewrites). */
function topicOf(ticket: Ticket): { topic?: NonNullable<TicketSummary['topic']> } {
  const thread = customerFacing(ticket.messages).filter((m) => m.role === 'customer').map((m) => m.text);
  const topic = classifyTopic({ subject: ticket.subject, thread });
  return topic ? { topic } : {};
}

/**
 * Scores a thread: in the extension, the background worker's effort detector (lib/coach/effort-client.ts); rejects
 * when no score can be had.
 */
export type ThreadScorer = (thread: Thread) => Promise<EffortReport>;

/** The thread the ticket's effort is scored on; null when no message was read (a reply-only page has no thread). */
export function effortThread(ticket: Ticket): Thread | null {
  if (ticket.messages.length === 0) return null;
  return { messages: customerFacing(ticket.messages), reopened: ticket.reopened };
}

export function effortSummary(report: EffortReport): EffortSummary {
  return {
    score: report.score,
    level: report.level,
    signals: report.signals.map((s) => ({ id: s.id, match: s.match, message: s.message })),
    reasons: report.reasons.map((r) => ({ detail: r.detail, points: r.points })),
  };
}

/** What makes two reports different for the log: the score, the level and the set of signals. */
export function effortKey(report: EffortReport): string {
  return JSON.stringify([report.score, report.level, [...new Set(report.signals.map((s) => s.id))].sort()]);
}
