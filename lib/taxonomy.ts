/**
 * The ids of ../shared/docs/taxonomy.md: the contract between the engine, the CLI, the log and the dashboard.
 * Everything else refers to these, never to string literals of its own.
 */
export const REPLY_CATEGORIES = ['apology-without-help', 'customer-blame'] as const;
export type ReplyCategory = (typeof REPLY_CATEGORIES)[number];

export const EFFORT_SIGNALS = [
  'repeat-contact',
  'repeated-information',
  'transfer',
  'channel-switch',
  'long-wait',
  'escalation-demand',
  'unresolved',
  'frustration',
] as const;
export type EffortSignalId = (typeof EFFORT_SIGNALS)[number];
