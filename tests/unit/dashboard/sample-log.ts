/**
 * A team's coaching log, generated deterministically: the dashboard's e2e tests and bench import it, and
 * compute what the dashboard must show from these events directly (see expectedFigures).
 */
import type { LoggedEvent } from '../../../lib/db/logged-event';
import { seededRandom } from '../../../lib/learn/random';
import type { FlagState } from '../../../lib/messages/log-events';
import type { ReplyCategory } from '../../../lib/taxonomy';

const DAY = 86_400_000;

/** Small, seedable, good enough to spread test data: the same mulberry32 the training uses. */
export const random = seededRandom;

export const SAMPLE_AGENTS = ['ana', 'bo', 'chen'] as const;
export const SAMPLE_HELPDESKS = ['zendesk', 'freshdesk', 'request-tracker'] as const;
export const SAMPLE_RULES: { rule: string; category: ReplyCategory; words: string }[] = [
  { rule: 'apology-empty', category: 'apology-without-help', words: 'sorry for the inconvenience' },
  { rule: 'apology-refusal', category: 'apology-without-help', words: "nothing I can do" },
  { rule: 'apology-policy', category: 'apology-without-help', words: "that's our policy" },
  { rule: 'blame-should-have', category: 'customer-blame', words: 'you should have read' },
  { rule: 'blame-repetition', category: 'customer-blame', words: 'as I already explained' },
  { rule: 'blame-user-error', category: 'customer-blame', words: 'user error' },
];
const OUTCOMES: (FlagState | null)[] = ['fixed', 'applied', 'applied', 'dismissed', 'sent', 'sent', null];
const SIGNALS = ['repeat-contact', 'long-wait', 'frustration', 'transfer', 'escalation-demand', 'unresolved'] as const;
const SUBJECTS = ['Refund for order', 'Package never arrived', 'Charged twice', 'Cannot log in', 'Cancel my plan', 'Wrong size sent'];

export interface SampleOptions {
  now?: number;
  /** Drafts (each with a reply sent) to generate. */
  drafts?: number;
  /** Spread over this many days before `now`. */
  days?: number;
  seed?: number;
  idPrefix?: string;
}

/** Drafts with their flags' lives (shown, then fixed/applied/dismissed/sent or nothing), the reply sent, and effort reports. */
export function sampleLog({ now = Date.now(), drafts = 60, days = 14, seed = 7, idPrefix = 'sample' }: SampleOptions = {}): LoggedEvent[] {
  const rnd = random(seed);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const events: LoggedEvent[] = [];
  let seq = 0;
  const id = () => `${idPrefix}-${String(++seq).padStart(7, '0')}`;
  for (let d = 0; d < drafts; d++) {
    const agent = SAMPLE_AGENTS[d % SAMPLE_AGENTS.length];
    const helpdesk = pick(SAMPLE_HELPDESKS);
    const ticketId = String(4000 + Math.floor(rnd() * 40));
    const ticket = { helpdesk, id: ticketId, url: `https://${helpdesk}.example.com/tickets/${ticketId}`, subject: `${pick(SUBJECTS)} ${ticketId}` };
    // Whole minutes, at least an hour in the past and inside the period.
    const start = now - 3_600_000 - Math.floor(rnd() * (days - 1) * 24 * 60) * 60_000;
    const flags = Math.floor(rnd() * 4);
    let stillThere = 0;
    const rules: string[] = [];
    for (let f = 0; f < flags; f++) {
      const r = pick(SAMPLE_RULES);
      const flagKey = `${id()}-key`;
      const base = { ticket, agent, flagKey, rule: r.rule, category: r.category, snippet: `… ${r.words} …`, words: r.words };
      events.push({ ...base, type: 'flag', eventId: id(), at: start + f * 60_000, state: 'shown' });
      const outcome = pick(OUTCOMES);
      if (outcome) {
        const extra = outcome === 'applied' ? { suggestion: 'Own it and give the action' } : outcome === 'dismissed' ? { dismissal: 'once' as const } : {};
        events.push({ ...base, type: 'flag', eventId: id(), at: start + 10 * 60_000, state: outcome, ...extra });
        if (outcome === 'sent') (stillThere++, rules.push(r.rule));
      }
    }
    events.push({ type: 'reply-sent', eventId: id(), at: start + 10 * 60_000, ticket, agent, flagsPresent: stillThere, rules });
    if (rnd() < 0.6) {
      const score = Math.round(rnd() * 100);
      const level = score >= 70 ? 'high' : score >= 40 ? 'medium' : 'low';
      const signals = score >= 40 ? [...new Set([pick(SIGNALS), pick(SIGNALS)])] : [];
      events.push({ type: 'effort', eventId: id(), at: start - 60_000, ticket, agent, score, level, signals, reasons: signals.map((s) => `customer: ${s}`) });
    }
  }
  return events.sort((a, b) => a.at - b.at);
}

export function toNdjson(events: LoggedEvent[], agent = 'team', exportedAt = Date.now()): string {
  const header = { format: 'agent-assist-log', version: 1, agent, exportedAt, events: events.length };
  return [header, ...events].map((e) => JSON.stringify(e)).join('\n') + '\n';
}

/** What the headline figures must say for these events, computed here from the events (not by lib/db). */
export function expectedFigures(events: LoggedEvent[]) {
  const flags = events.filter((e) => e.type === 'flag');
  const count = (s: FlagState) => flags.filter((f) => f.state === s).length;
  const resolved = count('fixed') + count('applied') + count('dismissed') + count('sent');
  const replies = events.filter((e) => e.type === 'reply-sent');
  // A ticket's effort is its latest report.
  const latest = new Map<string, Extract<LoggedEvent, { type: 'effort' }>>();
  for (const e of events) {
    if (e.type !== 'effort') continue;
    const key = `${e.ticket.helpdesk}|${e.ticket.id}`;
    const seen = latest.get(key);
    if (!seen || e.at > seen.at || (e.at === seen.at && e.eventId > seen.eventId)) latest.set(key, e);
  }
  const tickets = [...latest.values()];
  return {
    replies: replies.length,
    repliesWithFlags: replies.filter((r) => r.flagsPresent > 0).length,
    flags: count('shown'),
    fixedShare: resolved ? (count('fixed') + count('applied')) / resolved : null,
    resolved,
    applied: count('applied'),
    sent: count('sent'),
    effortAverage: tickets.length ? tickets.reduce((s, t) => s + t.score, 0) / tickets.length : null,
    effortTickets: tickets.length,
    highEffort: tickets.filter((t) => t.level === 'high').length,
  };
}
