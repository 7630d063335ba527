import type { Topic } from '../topic';
import type { ReplyJudge } from './judge/judge';
import type { rewriteSentence } from './rewrite/rewrite';

export type SentenceRewriter = typeof rewriteSentence;
import type { ReplyCategory } from '../taxonomy';

/** One rewrite a card offers. `start`/`end` say exactly which part of the analysed text `text` replaces. */
export interface Suggestion {
  label: string;
  text: string;
  /** 'span' replaces the flagged words; 'sentence' replaces the whole sentence around them. */
  scope: 'span' | 'sentence';
  start: number;
  end: number;
}

export interface Flag {
  rule: string;
  category: ReplyCategory;
  /** UTF-16 offsets into the analysed text: text.slice(start, end) === match. */
  start: number;
  end: number;
  match: string;
  message: string;
  why: string;
  suggestions: Suggestion[];
}

export interface PlaybookPhrase {
  /** Words the team wants flagged (matched case-insensitively, apostrophe-insensitively, on word boundaries). */
  phrase: string;
  category: ReplyCategory;
  /** What the team prefers to say instead. */
  alternative: string;
  why?: string;
}

/** A team's own additions: phrases to flag and the "what I can do" options suggestions offer. */
export interface Playbook {
  phrases: PlaybookPhrase[];
  /**
   * e.g. "refund the last charge (up to $50)", "delivery: upgrade you to expedited shipping at no cost". A topic
   * prefix (refund, delivery, billing, account, bug, cancellation; several joined by commas) offers the option on
   * tickets about that topic only.
   */
  canDo: string[];
}

/** What rewrites need from the open ticket: what it is about (subject, the customer's messages) and who asked. */
export interface TicketContext {
  subject?: string;
  /** The customer's messages, oldest first. */
  thread?: readonly string[];
  requesterName?: string;
  /** Already read from subject and thread (the extension does it once per ticket reading); else read here. */
  topic?: Topic | null;
}

export interface AnalyzeOptions {
  /** Rule ids switched off. */
  disabledRules?: readonly string[];
  playbook?: Playbook;
  ticket?: TicketContext;
  /**
   * The learned whole-reply judge (lib/analysis/judge): when given, it decides whether each category's problem
   * exists in the reply, and the rules point at the words. Loaded apart (it is larger than the engine), so
   * analysis runs on the rules alone until it is there.
   */
  judge?: ReplyJudge;
  /**
   * Reshapes the agent's own sentence into the first suggestion (rewrite/). The full engine (lib/analysis) always
   * has it; the content script's engine (lib/analysis/core) gets it with the judge, loaded apart, and offers the
   * rules' templates until then.
   */
  rewrite?: SentenceRewriter;
}

export interface AnalysisResult {
  flags: Flag[];
}
