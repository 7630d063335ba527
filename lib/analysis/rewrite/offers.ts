/**
 * What a rewrite offers: the team playbook's "what I can do" options that fit the ticket's topic, or, with none,
 * a next step the agent can always take themselves (look into it, update the customer) — never a concession the
 * team has not written down.
 *
 * A playbook option may name its topics before a colon: "refund, billing: refund the last charge (up to $50)"
 * is offered on refund and billing tickets only; an option without a prefix fits every ticket.
 */
import { TOPICS, type Topic } from '../../topic';

export interface PlaybookOption {
  text: string;
  /** Empty: offered on any ticket. */
  topics: Topic[];
}

const ALIASES: Record<string, Topic> = { account: 'account-access', access: 'account-access', login: 'account-access', shipping: 'delivery', cancel: 'cancellation' };
const topicNamed = (word: string): Topic | undefined => {
  const w = word.trim().toLowerCase();
  return (TOPICS as readonly string[]).includes(w) ? (w as Topic) : ALIASES[w];
};

export function parseOption(option: string): PlaybookOption {
  const m = /^\s*([a-z][a-z -]*(?:\s*,\s*[a-z][a-z -]*)*)\s*:\s*(\S.*)$/i.exec(option);
  if (m) {
    const topics = m[1]!.split(',').map(topicNamed);
    if (topics.every((t): t is Topic => !!t)) return { text: m[2]!.trim(), topics };
  }
  return { text: option.trim(), topics: [] };
}

/** The options to offer on a ticket about `topic`: those made for it first, then the general ones. */
export function optionsFor(canDo: readonly string[], topic: Topic | null | undefined): string[] {
  const parsed = canDo.map(parseOption).filter((o) => o.text);
  const forTopic = topic ? parsed.filter((o) => o.topics.includes(topic)) : [];
  return [...forTopic, ...parsed.filter((o) => o.topics.length === 0)].map((o) => o.text);
}

/** A step the agent takes themselves, by topic: a commitment, so the reply moves forward without a blank. */
const NEXT_STEP: Record<Topic | 'general', string> = {
  general: "I'm looking into this now and I'll update you as soon as I have news",
  refund: "I'm checking where your refund stands now and I'll update you as soon as I have news",
  delivery: "I'm checking where your order is with the carrier now and I'll update you as soon as I hear back",
  billing: "I'm going through the charges on your account now and I'll update you with what I find",
  'account-access': "I'm looking into your account access now and I'll update you as soon as you can get back in",
  bug: "I've passed this to our product team with your details, and I'll update you as soon as there's a fix",
  cancellation: "I'm checking your cancellation now and I'll update you as soon as it's done",
};

export function nextStep(topic: Topic | null | undefined): string {
  return NEXT_STEP[topic ?? 'general'];
}

/** A playbook option as it reads after "here's what I can do:": no end punctuation, lower case unless an acronym. */
export function asOption(option: string): string {
  const trimmed = option.trim().replace(/[.!?;,]+$/, '');
  return /^[A-Z][a-z]/.test(trimmed) && !/^I\b/.test(trimmed) ? trimmed.charAt(0).toLowerCase() + trimmed.slice(1) : trimmed;
}
