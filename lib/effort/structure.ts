/** What the shape of a thread shows: how many messages, which agents, how long the customer waited. */
import type { Thread, ThreadMessage, ThreadStructure } from './types';

/** Epoch milliseconds of a message's time, or null when it has none or it cannot be read. */
export function messageTime(message: ThreadMessage): number | null {
  const { at } = message;
  if (typeof at === 'number') return Number.isFinite(at) ? at : null;
  if (typeof at === 'string') {
    const t = Date.parse(at);
    return Number.isNaN(t) ? null : t;
  }
  return null;
}

export function threadStructure(thread: Thread): ThreadStructure {
  let customerMessages = 0;
  let agentReplies = 0;
  const agents = new Set<string>();
  let handoffs = 0;
  let lastAuthor: string | null = null;
  // Earliest time of the customer messages not yet answered: a reply answers all of them at once.
  let waitingSince: number | null = null;
  let longestWaitMs: number | null = null;

  for (const message of thread.messages) {
    if (message.internal) continue;
    const time = messageTime(message);
    if (message.role === 'customer') {
      customerMessages++;
      if (time !== null && (waitingSince === null || time < waitingSince)) waitingSince = time;
      continue;
    }
    agentReplies++;
    const author = message.author?.trim();
    if (author) {
      agents.add(author);
      if (lastAuthor !== null && lastAuthor !== author) handoffs++;
      lastAuthor = author;
    }
    if (time !== null && waitingSince !== null) {
      const wait = time - waitingSince;
      if (wait >= 0 && (longestWaitMs === null || wait > longestWaitMs)) longestWaitMs = wait;
    }
    waitingSince = null;
  }
  return {
    customerMessages,
    agentReplies,
    distinctAgents: agents.size,
    handoffs,
    longestWaitMs,
    reopened: thread.reopened === true,
  };
}
