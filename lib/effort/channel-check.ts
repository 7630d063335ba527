/**
 * A check on the channel-switch rules' matches (issue 12's tenth pass, precision): a channel the customer offers
 * for the reply, or says they would prefer, is not a channel they used or were sent to. Dropped, read by words in
 * the match's sentence:
 *
 *   "You can reach me by phone or email.", "Please call me on 07700 900123 after 5pm.", "Feel free to ring me at
 *   home", "I'd prefer a phone call if possible."
 *   (kept: "I called twice and was told to email", "I rang twice and nobody called me back. Please call me on…", "Your chat agent told me to call")
 */
import { spanAround } from './match-span';

/** The customer offering a way to reach them, or a preference for one. */
const OFFER = /\b(?:you can|you could|you may|please|pls|feel free to|best to|happy to|can you|could you|just) (?:reach|contact|call|ring|phone|text|email|e-mail|message) (?:me|us)(?: back)? (?:on|at|by|via|through|over|using|if|any ?time|after|before|between|from)\b|\b(?:i'?d|i would|we'?d|we would) (?:much )?(?:prefer|rather)\b/;
/** Signs that a channel was used, or that a reply did not come: then the offer is part of a story of effort. */
const USED = /\b(?:called|rang|phoned|emailed|e-mailed|chatted|messaged|texted|tweeted|visited|went|told me|sent me|again|still|never|nobody|no one|twice|times)\b/;

/** Whether a channel-switch rule's match between `start` and `end` of `lower` stays (see above). */
export function isChannelUse(lower: string, start: number, end: number): boolean {
  const { from, to } = spanAround(lower, start, end, '.!?\n');
  const sentence = lower.slice(from, to);
  return !OFFER.test(sentence) || USED.test(sentence);
}
