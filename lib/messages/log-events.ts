/**
 * What content scripts tell the background worker to log. The worker checks every message with these schemas
 * on arrival; nothing else may write to the coaching log. Each event carries its own id so that a retried
 * send is stored once.
 */
import * as z from 'zod/mini';
import '../zod-locale';
import { EFFORT_SIGNALS, REPLY_CATEGORIES } from '../taxonomy';

export const TicketRefSchema = z.object({
  /** The site adapter's id ('zendesk', 'request-tracker', …) or 'generic'. */
  helpdesk: z.string().check(z.minLength(1), z.maxLength(64)),
  id: z.nullable(z.string().check(z.maxLength(200))),
  url: z.string().check(z.maxLength(2048)),
  subject: z.optional(z.string().check(z.maxLength(500))),
});
export type TicketRef = z.infer<typeof TicketRefSchema>;

/** What happened to a flag: shown; fixed by the agent's own edit; replaced by a suggestion; dismissed; still there when sent. */
export const FLAG_STATES = ['shown', 'fixed', 'applied', 'dismissed', 'sent'] as const;
export type FlagState = (typeof FLAG_STATES)[number];

const base = {
  eventId: z.string().check(z.minLength(8), z.maxLength(64)),
  at: z.int().check(z.nonnegative()),
  ticket: TicketRefSchema,
};

export const FlagEventSchema = z.object({
  ...base,
  type: z.literal('flag'),
  /**
   * Stable for one flag's life within one draft, so its shown → fixed/applied/dismissed/sent can be joined: the
   * rule and a salted hash of the flagged words and their occurrence, never the words themselves.
   */
  flagKey: z.string().check(z.minLength(1), z.maxLength(200)),
  rule: z.string().check(z.minLength(1), z.maxLength(120)),
  category: z.enum(REPLY_CATEGORIES),
  state: z.enum(FLAG_STATES),
  /**
   * The flagged words with the few words around them, masked by the content script before anything is written
   * (the worker makes the stored snippet of it). Absent when snippets are off: then no draft word leaves the page.
   */
  context: z.optional(z.object({ text: z.string().check(z.maxLength(5000)), start: z.int(), end: z.int() })),
  /** The label of the suggestion applied, for state 'applied'. */
  suggestion: z.optional(z.string().check(z.maxLength(300))),
  /** 'always' when the agent dismissed the rule for good, for state 'dismissed'. */
  dismissal: z.optional(z.enum(['once', 'always'])),
});

export const ReplySentEventSchema = z.object({
  ...base,
  type: z.literal('reply-sent'),
  /** How many flags were still present when the agent sent the reply, and their rules. */
  flagsPresent: z.int().check(z.nonnegative()),
  rules: z.array(z.string().check(z.maxLength(120))).check(z.maxLength(200)),
});

export const EffortEventSchema = z.object({
  ...base,
  type: z.literal('effort'),
  score: z.number().check(z.gte(0), z.lte(100)),
  level: z.enum(['low', 'medium', 'high']),
  signals: z.array(z.enum(EFFORT_SIGNALS)).check(z.maxLength(500)),
  reasons: z.array(z.string().check(z.maxLength(300))).check(z.maxLength(50)),
});

export const AdapterHealthEventSchema = z.object({
  ...base,
  type: z.literal('adapter-health'),
  /** The parts the adapter could not find on the page (e.g. 'subject', 'thread', 'editor'). */
  missing: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(50)),
});

export const LogEventSchema = z.discriminatedUnion('type', [
  FlagEventSchema,
  ReplySentEventSchema,
  EffortEventSchema,
  AdapterHealthEventSchema,
]);
export type LogEvent = z.infer<typeof LogEventSchema>;
export type FlagEvent = z.infer<typeof FlagEventSchema>;

/** The envelope on the runtime messaging channel. */
export const LogMessageSchema = z.object({
  kind: z.literal('agent-assist/log'),
  events: z.array(LogEventSchema).check(z.minLength(1), z.maxLength(500)),
});
export type LogMessage = z.infer<typeof LogMessageSchema>;
/**
 * The worker's answer. `stored` counts the events that were new (a resend of stored events is acked with 0).
 * A refusal is final (the message is invalid) unless `retryable`, which says the worker could not write it now.
 */
export type LogAck = { ok: true; stored: number } | { ok: false; error: string; retryable?: boolean };
