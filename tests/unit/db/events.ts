/** Test events: valid log events with sensible defaults, overridable field by field. */
import type { LogEvent } from '../../../lib/messages/log-events';

let seq = 0;
const nextId = () => `test-event-${String(++seq).padStart(6, '0')}`;
export const T0 = new Date(2025, 4, 20, 10, 0).getTime();
const ticket = { helpdesk: 'zendesk', id: '4711', url: 'https://acme.zendesk.com/agent/tickets/4711', subject: 'Refund?' };

type Of<T extends LogEvent['type']> = Extract<LogEvent, { type: T }>;

export function flagEvent(over: Partial<Of<'flag'>> = {}): Of<'flag'> {
  const text = "I'm sorry, but there is nothing I can do about card 4111 1111 1111 1111 and its charge.";
  const start = text.indexOf('nothing I can do');
  return {
    type: 'flag',
    eventId: nextId(),
    at: T0,
    ticket,
    flagKey: 'k1',
    rule: 'apology-refusal',
    category: 'apology-without-help',
    state: 'shown',
    context: { text, start, end: start + 'nothing I can do'.length },
    ...over,
  };
}

export function replySent(over: Partial<Of<'reply-sent'>> = {}): Of<'reply-sent'> {
  return { type: 'reply-sent', eventId: nextId(), at: T0, ticket, flagsPresent: 0, rules: [], ...over };
}

export function effort(over: Partial<Of<'effort'>> = {}): Of<'effort'> {
  return { type: 'effort', eventId: nextId(), at: T0, ticket, score: 80, level: 'high', signals: ['repeat-contact'], reasons: ['third contact'], ...over };
}

export function adapterHealth(over: Partial<Of<'adapter-health'>> = {}): Of<'adapter-health'> {
  return { type: 'adapter-health', eventId: nextId(), at: T0, ticket, missing: ['editor'], ...over };
}
