import type { EffortSignalId } from '../taxonomy';

export interface EffortSignal {
  id: EffortSignalId;
  /** UTF-16 offsets into the message text. */
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
