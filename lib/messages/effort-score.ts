/**
 * "Score this thread": the content script asks the background worker for a ticket's effort report (issue 12: the
 * effort detector runs off the page's main thread, and the page never loads it). Both sides check what they
 * receive with these schemas: the worker the request, the content script the answer.
 *
 * The request carries only what the detector reads of each message (role, text, time, author, internal note) and
 * the reopened flag, within the caps below; `capThread` makes any thread fit them, and a thread within them is
 * sent as it is, so its report is the one the page used to compute itself.
 */
import * as z from 'zod/mini';
import '../zod-locale';
import { EFFORT_SIGNALS } from '../taxonomy';
import type { EffortReport, Thread, ThreadMessage } from '../effort/types';

export const EFFORT_MESSAGE_KIND = 'agent-assist/effort' as const;

/**
 * The caps. The page-side scoring had none (it scored whatever the adapter read); a message between extension
 * parts is copied whole, so the request is bounded: no helpdesk thread an agent reads comes near them (the bench's
 * long escalated thread is 300 messages and ~62,000 words, ~350 K characters).
 */
/** Messages sent; the oldest beyond this are left out (their signals' indices are shifted back on return). */
export const MAX_THREAD_MESSAGES = 5000;
/** Characters of one message's text: longer texts are cut (the detector's hostile-text budget is for 100 KB). */
export const MAX_MESSAGE_CHARS = 100_000;
/** Characters of all texts together: past this, the oldest messages are sent without their text (their place, role,
 *  time and author still count in the thread's shape). */
export const MAX_THREAD_CHARS = 1_000_000;
const MAX_AUTHOR = 200;
const MAX_AT = 100;

const ThreadMessageSchema = z.object({
  role: z.enum(['customer', 'agent']),
  text: z.string().check(z.maxLength(MAX_MESSAGE_CHARS)),
  at: z.optional(z.union([z.string().check(z.maxLength(MAX_AT)), z.number()])),
  author: z.optional(z.string().check(z.maxLength(MAX_AUTHOR))),
  internal: z.optional(z.boolean()),
});

export const EffortRequestSchema = z.object({
  kind: z.literal(EFFORT_MESSAGE_KIND),
  thread: z.object({
    messages: z
      .array(ThreadMessageSchema)
      .check(
        z.maxLength(MAX_THREAD_MESSAGES),
        z.refine((ms) => ms.reduce((n, m) => n + m.text.length, 0) <= MAX_THREAD_CHARS, `at most ${MAX_THREAD_CHARS} characters of text in all`),
      ),
    reopened: z.optional(z.boolean()),
  }),
});
export type EffortRequest = z.infer<typeof EffortRequestSchema>;

const SOURCES = [...EFFORT_SIGNALS, 'back-and-forth', 'handoffs', 'wait-before-reply', 'reopened', 'several-kinds'] as const;

export const EffortReportSchema = z.object({
  score: z.number().check(z.gte(0), z.lte(100)),
  level: z.enum(['low', 'medium', 'high']),
  signals: z.array(
    z.object({
      id: z.enum(EFFORT_SIGNALS),
      start: z.int().check(z.nonnegative()),
      end: z.int().check(z.nonnegative()),
      match: z.string(),
      message: z.int().check(z.nonnegative()),
    }),
  ),
  structure: z.object({
    customerMessages: z.int().check(z.nonnegative()),
    agentReplies: z.int().check(z.nonnegative()),
    distinctAgents: z.int().check(z.nonnegative()),
    handoffs: z.int().check(z.nonnegative()),
    longestWaitMs: z.nullable(z.number()),
    reopened: z.boolean(),
  }),
  reasons: z.array(z.object({ source: z.enum(SOURCES), points: z.number(), detail: z.string() })),
  summary: z.string(),
});

/** The worker's answer: the report, or why there is none (a refused request is not worth sending again). */
export type EffortAnswer = { ok: true; report: EffortReport } | { ok: false; error: string; retryable?: boolean };

export const EffortAnswerSchema = z.union([
  z.object({ ok: z.literal(true), report: EffortReportSchema }),
  z.object({ ok: z.literal(false), error: z.string(), retryable: z.optional(z.boolean()) }),
]);

/** Lets other listeners' messages pass untouched. */
export function isEffortRequest(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { kind?: unknown }).kind === EFFORT_MESSAGE_KIND;
}

/** The text's first `max` characters, never half of a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** Only the fields the detector reads, cut to the caps. */
function sentMessage(m: ThreadMessage, text: string): ThreadMessage {
  const out: ThreadMessage = { role: m.role, text };
  if (m.at !== undefined) out.at = typeof m.at === 'string' ? cut(m.at, MAX_AT) : m.at;
  if (m.author !== undefined) out.author = cut(m.author, MAX_AUTHOR);
  if (m.internal !== undefined) out.internal = m.internal;
  return out;
}

/**
 * The thread as sent, and how many of its oldest messages were left out (`dropped`: add it to a signal's message
 * index to find the message in the thread). A thread within the caps keeps every message and every character.
 */
export function capThread(thread: Thread): { thread: Thread; dropped: number } {
  const dropped = Math.max(0, thread.messages.length - MAX_THREAD_MESSAGES);
  const kept = dropped ? thread.messages.slice(dropped) : thread.messages;
  // Newest first: each message's text, cut to MAX_MESSAGE_CHARS, while the thread's budget lasts.
  let budget = MAX_THREAD_CHARS;
  const texts: string[] = new Array(kept.length);
  for (let i = kept.length - 1; i >= 0; i--) {
    const text = cut(kept[i].text, MAX_MESSAGE_CHARS);
    texts[i] = text.length <= budget ? text : '';
    // Once one text does not fit, no older one is sent: the texts sent are always the newest.
    budget = texts[i] === text ? budget - text.length : 0;
  }
  const messages = kept.map((m, i) => sentMessage(m, texts[i]));
  return { thread: { messages, ...(thread.reopened !== undefined ? { reopened: thread.reopened } : {}) }, dropped };
}

/** A report on the capped thread, its signals pointing into the whole thread again. */
export function uncapReport(report: EffortReport, dropped: number): EffortReport {
  return dropped ? { ...report, signals: report.signals.map((s) => ({ ...s, message: s.message + dropped })) } : report;
}
