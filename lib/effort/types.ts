import type { EffortSignalId } from '../taxonomy';

export interface EffortSignal {
  id: EffortSignalId;
  /** UTF-16 offsets into the message text: text.slice(start, end) === match. */
  start: number;
  end: number;
  match: string;
}

export interface ThreadMessage {
  role: 'customer' | 'agent';
  text: string;
  /** ISO 8601 time or epoch milliseconds, when the helpdesk shows it. */
  at?: string | number;
  author?: string;
  /** An internal note: never the customer speaking, never counted as a reply to the customer. */
  internal?: boolean;
}

export interface Thread {
  messages: ThreadMessage[];
  reopened?: boolean;
}

export type EffortLevel = 'low' | 'medium' | 'high';

/** A signal found in one of the thread's customer messages. */
export interface ThreadSignal extends EffortSignal {
  /** Index into thread.messages. */
  message: number;
}

/** What the shape of the thread shows, which no single message does. */
export interface ThreadStructure {
  /** Customer messages (internal notes excluded). */
  customerMessages: number;
  /** Agent messages sent to the customer (internal notes excluded). */
  agentReplies: number;
  /** Different agents who replied to the customer, by `author`; 0 when no reply names its author. */
  distinctAgents: number;
  /** How many times the replying agent changed from one reply to the next (A→B→A is 2). */
  handoffs: number;
  /** Longest time between a customer message and the agent reply that answered it; null when times are unknown. */
  longestWaitMs: number | null;
  reopened: boolean;
}

export type StructureFactor = 'back-and-forth' | 'handoffs' | 'wait-before-reply' | 'reopened' | 'several-kinds';

/** One line of the explanation: what added points to the score, and how many. */
export interface ScoreReason {
  /** A signal id, or a structure factor. */
  source: EffortSignalId | StructureFactor;
  points: number;
  /** Plain language, e.g. "The customer says they contacted us before (2 messages)". */
  detail: string;
}

export interface EffortReport {
  /** 0..100; never lowered by more signals, more customer messages or a reopened ticket. */
  score: number;
  level: EffortLevel;
  signals: ThreadSignal[];
  structure: ThreadStructure;
  /** Everything that added points, largest first; their points sum to the score before the 100 cap. */
  reasons: ScoreReason[];
  /** One line, e.g. "High effort (72/100): repeat contact, escalation demand, reopened ticket." */
  summary: string;
}
