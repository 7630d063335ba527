/**
 * A check on the escalation rules' matches of leaving (issue 12's tenth pass, precision): a cancel or a close is a
 * threat to leave only when it is not the customer's plain request for a transaction. Dropped, read by words:
 *
 *   the thing cancelled is a transaction, not the customer's custom: "I'd like to cancel my appointment on Friday
 *     and rebook", "cancel the duplicate booking" (kept: "cancel my subscription", "close my account")
 *   the customer asks how or where to do it, in the same sentence or just after: "I want to cancel my gym membership.
 *     I moved to another city. How do I do this without coming to the club?", "I'd like to cancel my plan. where do
 *     I do that online?" (kept: "Cancel my account today or I dispute the charge.")
 *   (issue 12's eleventh pass) the customer's own manager or team doing their part: "Our legal team requires it for
 *     the NDAs", "I've checked with my line manager and he says he approved it" (kept: "our legal team will be in touch")
 *   the company asked to open a claim on the customer's behalf: "Can you open a claim with the courier please?"
 *   a lawyer who is someone in the story, not one the customer turns to: "My lawyer says the proof of service is
 *     signed by…", "a buyer's attorney contacting me about it" (kept: "I will be speaking to my lawyer", "I'm about
 *     to take this to the state attorney general")
 *   (h52) the company's or a third party's words quoted ('a letter saying the bank "has decided to end our banking
 *     relationship"'); a police or FTC report of a crime done to the customer by someone else ("my flat was broken
 *     into… I filed a police report"; kept: "I will report you to the FTC"); a claim the company said it would open
 *     ("they'd open a claim with the carrier"); rights known or stated on paper ("I know my rights"; kept: "a
 *     violation of my rights")
 */
import { afterMarkBefore, isQuotedFromOthers, spanAround } from './match-span';
/** A lawyer named, then what that lawyer says or does in the story; or someone else's lawyer. */
const LAWYER = /^(?:lawyers?|attorneys?|solicitors?)$/;
const LAWYER_ACTS = new Set(['says', 'said', 'told', 'tells', 'contacting', 'contacted', 'called', 'calling', 'sent', 'asked', 'asks', 'is', 'was', 'has', 'had', 'confirmed', 'advised', 'wrote', 'writes']);
/** What the customer's own manager or team does in the story. */
const OWN_SIDE_ACTS = new Set(['requires', 'required', 'needs', 'needed', 'wants', 'wanted', 'says', 'said', 'approved', 'asked', 'asks', 'signed', 'confirmed', 'told', 'is', 'was', 'has', 'had', 'uses', 'prefers']);
/** Things one cancels without leaving. */
const TRANSACTION = new Set(['order', 'orders', 'booking', 'bookings', 'appointment', 'appointments', 'reservation', 'reservations', 'delivery', 'visit', 'flight', 'flights', 'trip', 'ticket', 'tickets', 'room', 'duplicate', 'transfer', 'payment', 'meeting', 'call', 'callback', 'collection', 'installation', 'engineer', 'slot']);
const LEAVE = /\b(?:cancel|close|closing|terminat|unsubscrib|end(?:ing)? (?:my|our|the|this))/;
/** A question about how, or where, to do it. */
const PROCEDURE = /\b(?:how|where) (?:do|can|could|should|would|will) (?:i|we)\b|\bwhat (?:do|should) (?:i|we) (?:need to )?do\b|\bwhat(?:'s| is) the (?:process|procedure)\b/;

/**
 * Whether an escalation rule's match between `start` and `end` of `lower` (the prepared text, ASCII lower-cased)
 * stays: false for a cancel or close that reads as a plain request, or a lawyer in the story (see above).
 */
export function isThreat(lower: string, start: number, end: number): boolean {
  const match = lower.slice(start, end);
  // (h52) the company's or a third party's words, quoted by the customer: 'a letter saying the bank "has decided to
  // end our banking relationship"', 'a text saying "Final notice before the account is forwarded to an attorney"'
  if (isQuotedFromOthers(lower, start, end)) return false;
  // (h52) a report of a crime done to the customer by someone else, not a complaint about us: "I filed a police report
  // the same day" after a break-in, "an FTC identity theft report" (kept: "I will report you to the FTC", "I filed a
  // police report against your driver")
  if (/^(?:police|ftc)\b/.test(match) || /\b(?:police|ftc)(?: report)?$/.test(match)) {
    const { from, to } = spanAround(lower, start, end, '.!?\n');
    const sentence = lower.slice(from, to);
    const around = lower.slice(Math.max(0, start - 300), Math.min(lower.length, end + 120));
    if (CRIME.test(around) && !/\b(?:against|about|on) (?:you|your|the (?:company|bank|driver|agent|store))\b|\b(?:will|going to|gonna|i'?ll) (?:report|go|contact|file)\b/.test(sentence)) return false;
  }
  // (h52) rights known, or a paper that states them, not rights invoked against us: "Cash refund. I know my rights.",
  // "Nobody gave me a written statement of my rights" (kept: "this is a violation of my rights", "I will enforce my rights")
  if (/^my (?:legal |consumer )?rights$/.test(match) && /\b(?:know|knows|knew|knowing|aware of|statement of|notice of|explanation of|list of|copy of|information (?:on|about)|told (?:me|us) (?:about|of))\s+$/.test(lower.slice(Math.max(0, start - 24), start)))
    return false;
  // (h52) a claim or a dispute the company said it would open: "Retailer chat said they'd open a claim with the
  // carrier" (kept: "I'll open a dispute with my bank", "they told me to open a claim")
  if (/^(?:open|file|raise|start|lodge|submit)\w* (?:a |an )?(?:claim|dispute|investigation|trace)\b/.test(match) && /\b(?:they|he|she|it|you)(?:'d|'ll| would| will| were going to| are going to)\s+$/.test(lower.slice(Math.max(0, start - 24), start)))
    return false;
  if (LAWYER.test(match)) {
    const next = /^\s+([a-z']+)/.exec(lower.slice(end, end + 20))?.[1];
    return !(next !== undefined && LAWYER_ACTS.has(next)) && !/'s\s+$/.test(lower.slice(Math.max(0, start - 4), start));
  }
  // the customer's own people, doing their part in the story: "Our legal team requires it for the NDAs", "I've
  // checked with my line manager and he says he approved it" (kept: "our legal team will be in touch")
  if (/(?:manager|team|department|supervisor)$/.test(match) && /\b(?:my|our)\s+(?:\w+\s+)?$/.test(lower.slice(Math.max(0, start - 12), start))) {
    const next = /^\s+(?:and\s+(?:he|she|they)\s+)?([a-z']+)/.exec(lower.slice(end, end + 24))?.[1];
    if (next !== undefined && OWN_SIDE_ACTS.has(next)) return false;
  }
  // the company asked to open a claim or a dispute on the customer's behalf: "Can you open a claim with the courier
  // please?" (kept: "I'll open a dispute with my bank")
  if (/^(?:open|file|raise|start|lodge|submit)\w* (?:a |an )?(?:claim|dispute|investigation|trace)\b/.test(match) && /\b(?:can|could|would|will) you (?:please |kindly |just )?$|\bplease $/.test(lower.slice(Math.max(0, start - 24), start)))
    return false;
  if (!LEAVE.test(match)) return true;
  // the words after "cancel"/"close", in the match or right after it
  const at = match.search(LEAVE);
  const object = lower.slice(start + at, end + 40).split(/[^a-z']+/).slice(1, 5);
  if (object.some((w) => TRANSACTION.has(w))) return false;
  // a question about the procedure, in the sentence or within the next 160 characters
  return !PROCEDURE.test(lower.slice(afterMarkBefore(lower, start, '.'), end + 160));
}

/**
 * A cancel or close asked for plainly (issue 12's eleventh pass, precision on helpdesk mail): "Please cancel my
 * membership effective end of this month", "I'd like to cancel my subscription please. Nothing wrong, just cutting
 * back", "I'm writing to formally cancel my contract", "Cancel my subscription please." — or said not to be wanted:
 * "Don't want to cancel, love the recipes", "I don't want to cancel yet". detect.ts drops a plain request only in a
 * message where the rules find no other effort and no reason to leave is given ("Please close my account. I've had
 * enough." stays), so a cancel inside a complaint still counts.
 */
export function isLeaveRequest(lower: string, start: number, end: number): 'request' | 'unwanted' | null {
  const match = lower.slice(start, end);
  const at = match.search(LEAVE);
  if (at < 0) return null;
  const leaveAt = start + at;
  const sentenceStart = afterMarkBefore(lower, leaveAt - 1, '.\n!?');
  const lead = lower.slice(sentenceStart, leaveAt);
  if (/\b(?:don'?t|do not|not|never|no need to)\s+(?:\w+\s+){0,2}$/.test(lead)) return 'unwanted';
  // the bare imperative at the sentence's start ("Cancel my subscription please"), not a statement ("Cancelling at end of month")
  if (/^\s*(?:hi,?\s+|hello,?\s+)?(?:please\s+|pls\s+|kindly\s+)?$/.test(lead)) return /^(?:cancel|close|terminate|end)\b/.test(lower.slice(leaveAt, leaveAt + 10)) ? 'request' : null;
  return /\b(?:please|pls|kindly|i'?d like to|i would like to|i want to|i wish to|writing to(?: formally)?|can you|could you|would you|requesting to|request to)\s+(?:\w+\s+)?$/.test(lead)
    ? 'request'
    : null;
}

/** A crime done to the customer by someone else: what a police or FTC report is for. */
const CRIME = /\b(?:identity theft|stolen|stole|theft|broken into|broke into|break-in|break in|burglar\w*|robbed|robbery|fraudulent(?:ly)?|scam(?:mer|med)?s?|impersonat\w*)\b/;

/** A reason to leave given with a plain request: then it is a threat after all ("Three months of this is enough", h50). */
export const LEAVE_REASON = /\b(?:had enough|i'?m done|im done|i am done|we'?re done|we are done|done with (?:you|this|your)|fed up|sick of|tired of|unacceptable|ridiculous|disgust\w*|disappoint\w*|terrible|awful|worst|appalling|useless|joke|because (?:you|of you|your)|since you|after you|unless|or i|or else|if (?:this|it|you|i|the)|last straw|no longer trust|(?:this|that|it)(?: is|'s) enough|enough is enough)\b/;
