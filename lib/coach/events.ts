import type { EffortReport } from '../effort';
import type { FlagEvent, FlagState, LogEvent, TicketRef } from '../messages/log-events';
import { loggedFlagKey, type KeyedFlag } from './flag-key';

type EffortEvent = Extract<LogEvent, { type: 'effort' }>;
type AdapterHealthEvent = Extract<LogEvent, { type: 'adapter-health' }>;

/** The sentence around [start, end): the log client trims and masks it before anything is written. */
export function sentenceAround(text: string, start: number, end: number): { text: string; start: number; end: number } {
  const before = text.slice(0, start);
  const lastBreak = Math.max(before.search(/[.!?\n][^.!?\n]*$/), -1);
  let from = lastBreak + 1;
  while (from < start && /\s/.test(text[from]!)) from++;
  const after = text.slice(end).search(/[.!?\n]/);
  let to = after < 0 ? text.length : end + after + (text[end + after] === '\n' ? 0 : 1);
  from = Math.max(from, start - 2000);
  to = Math.min(to, end + 2000);
  return { text: text.slice(from, to), start: start - from, end: end - from };
}

export interface EventFactory {
  ticket: () => TicketRef;
  newId: () => string;
  now?: () => number;
}

export function flagEvent(
  make: EventFactory,
  flag: KeyedFlag,
  draft: string,
  state: FlagState,
  extra: Pick<FlagEvent, 'suggestion' | 'dismissal'> = {},
): FlagEvent {
  return {
    type: 'flag',
    eventId: make.newId(),
    at: (make.now ?? Date.now)(),
    ticket: make.ticket(),
    flagKey: loggedFlagKey(flag),
    rule: flag.rule,
    category: flag.category,
    state,
    context: sentenceAround(draft, flag.start, flag.end),
    ...(extra.suggestion !== undefined ? { suggestion: extra.suggestion.slice(0, 300) } : {}),
    ...(extra.dismissal !== undefined ? { dismissal: extra.dismissal } : {}),
  };
}

/** On send: a 'sent' per flag still in the reply, then the reply-sent event itself. */
export function sentEvents(make: EventFactory, flags: readonly KeyedFlag[], draft: string): LogEvent[] {
  return [
    ...flags.map((f) => flagEvent(make, f, draft, 'sent')),
    {
      type: 'reply-sent',
      eventId: make.newId(),
      at: (make.now ?? Date.now)(),
      ticket: make.ticket(),
      flagsPresent: flags.length,
      rules: [...new Set(flags.map((f) => f.rule))].slice(0, 200),
    },
  ];
}

/** The ticket's effort report as the log keeps it: the score, the level, which signals, and why. */
export function effortEvent(make: EventFactory, report: EffortReport): EffortEvent {
  return {
    type: 'effort',
    eventId: make.newId(),
    at: (make.now ?? Date.now)(),
    ticket: make.ticket(),
    score: report.score,
    level: report.level,
    signals: [...new Set(report.signals.map((s) => s.id))],
    reasons: report.reasons.slice(0, 50).map((r) => r.detail.slice(0, 300)),
  };
}

/** A site adapter could not read parts its page should have. */
export function adapterHealthEvent(make: EventFactory, missing: readonly string[]): AdapterHealthEvent {
  return {
    type: 'adapter-health',
    eventId: make.newId(),
    at: (make.now ?? Date.now)(),
    ticket: make.ticket(),
    missing: missing.slice(0, 50),
  };
}

/** With snippets off, a flag event carries no draft word: its context is dropped before it is logged. */
export function withoutDraftWords(event: LogEvent): LogEvent {
  if (event.type !== 'flag' || !event.context) return event;
  const { context: _context, ...rest } = event;
  return rest;
}
