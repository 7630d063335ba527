/**
 * A check on the channel-switch rules' matches (issue 12's tenth pass, precision): a channel the customer offers
 * for the reply, or says they would prefer, is not a channel they used or were sent to. Dropped, read by words in
 * the match's sentence:
 *
 *   "You can reach me by phone or email.", "Please call me on 07700 900123 after 5pm.", "Feel free to ring me at
 *   home", "I'd prefer a phone call if possible."
 *   "Does it have to be by post or is email ok?", "Could you send the quote by email rather than visiting?"
 *   (kept: "I called twice and was told to email", "I rang twice and nobody called me back. Please call me on…", "Your chat agent told me to call")
 *   (h52) a channel said not to be needed: "no need to go to a store or wait on hold"; a thing on hold, not a call:
 *   "Claim on hold."; the other side reaching the customer: "the bank sent a letter saying…", "Debt collector calls me
 *   8 times a day and hangs up", "I want them to stop calling me" (kept: "I sent a letter", "I was on hold"); a chat
 *   dropped, with no call named around it: "sorry, i got disconnected. is the same agent still here?"
 */
import { spanAround } from './match-span';
import { isThirdPartyAct } from './third-party-act';
import { isRateAfter } from './rate-check';

/** The customer offering a way to reach them, or a preference for one. */
const OFFER = /\b(?:you can|you could|you may|please|pls|feel free to|best to|happy to|can you|could you|just) (?:reach|contact|call|ring|phone|text|email|e-mail|message) (?:me|us)(?: back)? (?:on|at|by|via|through|over|using|if|any ?time|after|before|between|from)\b|\b(?:i'?d|i would|we'?d|we would) (?:much )?(?:prefer|rather)\b|\b(?:would|'d) be (?:much )?(?:easier|better|best|simpler|quicker|preferable) for (?:me|us)\b|\bif (?:someone|somebody|anyone|you) (?:could|can|would) (?:ring|call|phone|text|email|e-mail) (?:me|us)?|\bwhichever (?:you|suits|works|is)\b/;
/** A channel asked about, or preferred to another, for what is still to do (issue 12's eleventh pass): "does it have
 * to be by post or is email ok?", "can you deliver the quote by email rather than the visit" */
const PREFERRED = /\b(?:rather than|instead of)\b/;
const QUESTION = /\b(?:does it|do i|do we|can i|can we|should i|should we|may i|is it ok to|have to be|need to be)\b/;
/** Signs that a channel was used, or that a reply did not come: then the offer is part of a story of effort. */
const USED = /\b(?:on hold|holding|waiting|called|rang|phoned|emailed|e-mailed|chatted|messaged|texted|tweeted|visited|went|told me|sent me|again|still|never|nobody|no one|twice|times|\d+(?:st|nd|rd|th)|second|third|fourth|fifth)\b/;

/** A channel said not to be needed. */
const NO_NEED = /\b(?:no need to|without (?:having to |needing to )?|didn'?t (?:have|need) to|don'?t (?:have|need) to|never have to)\b[^,;]{0,50}$/;
/** A thing, right before "on hold" (with the verb between): "Claim on hold", "my order is still on hold". */
const THING_ON_HOLD = /\b(?:claim|order|account|payment|refund|card|application|booking|delivery|shipment|parcel|package|transfer|funds|money|loan|case|request|subscription|policy|transaction|deposit|withdrawal|check|cheque|project|membership)s?\s+(?:(?:is|was|are|were|has been|have been|been|still|now|currently|put|placed|remains?|remained|got|left|being|kept)\s+){0,3}$/;
/** What the other side does to reach the customer. */
const OTHER_SIDE_ACT = /^(?:sent (?:me )?(?:a |an )?(?:letter|text|email|e-mail|notice|sms)|sends? |calls? me|called me|keeps? calling|texted me|emailed me|mailed me)/;
/** Who the other side is: a third person, or a party named by its noun. */
const PARTY = String.raw`(?:they|he|she|(?:[a-z-]+ ){0,2}?(?:company|bank|collector|collectors|agency|servicer|lender|insurer|landlord|creditor|firm|lawyer|attorney|dealership|dealer|provider|carrier|department|store|school))`;
/** …as the subject right before the act ("the bank sent a letter"), or opening a sentence whose act follows "and"
 * ("Debt collector calls me 8 times a day and hangs up"). */
const OTHER_SUBJECT = new RegExp(String.raw`\b${PARTY}\s+(?:also |then |just |even |still |later |again |now |finally |only |never |keeps? |kept )?$`);
const OTHER_OPENS = new RegExp(String.raw`^\s*(?:the |a |an |this |that |their |one )?${PARTY}\b`);

/** (h80) Someone of the customer's own, as the subject of the sentence before an ask: "my mum owns the shop and asked
 * me to email", "our director wants me to write in" — their errand, not a channel the company sent them to. */
const OWN_PERSON_ASKED = /\b(?:my|our) (?:[a-z-]+ )?(?:mum|mom|mother|dad|father|parents?|wife|husband|partner|son|daughter|boss|manager|director|colleague|owner|ceo|team lead|line manager)\b(?:(?!\b(?:you|your|support|agent|they|he|she)\b)[^,;])*$/;
/** (h80) A channel as the way someone's decision reached the customer: "Margaret approved it by email yesterday". */
const DECIDED_BY = /\b(?:approved|authori[sz]ed|signed (?:it |this )?off|signed)(?: (?:it|this|that|them|the \w+))?\s+$/;

/** A call, named around a disconnection. */
const VOICE = /\b(?:call|calls|called|calling|phone\w*|rang|ring|line|hold|ivr|voicemail|hotline|helpline|dial\w*)\b/;

/** Whether a channel-switch rule's match between `start` and `end` of `lower` stays (see above). */
export function isChannelUse(lower: string, start: number, end: number): boolean {
  const { from, to } = spanAround(lower, start, end, '.!?\n');
  const sentence = lower.slice(from, to);
  const match = lower.slice(start, end);
  const before = lower.slice(Math.max(from, start - 60), start);
  // (h52) a channel said not to be needed: "no need to go to a store or wait on hold" (kept: "I had to go to a store")
  if (NO_NEED.test(before)) return false;
  // (h52) a thing put on hold, not a call: "Claim on hold.", "my order is still on hold" (kept: "I was on hold", "45 min on hold")
  if (/^on hold$/.test(match) && THING_ON_HOLD.test(before)) return false;
  // (h52) the other side reaching the customer, not the customer moving across channels: "the bank sent a letter saying",
  // "Debt collector calls me 8 times a day and hangs up", "asking them to stop calling me" (kept: "I sent a letter",
  // "they told me to call", "your agent hung up on me")
  if (OTHER_SIDE_ACT.test(match) && (OTHER_SUBJECT.test(before) || (/\band\s+$/.test(before) && OTHER_OPENS.test(sentence) && !/\b(?:i|we)\b/.test(lower.slice(from, start))))) return false;
  if (/^(?:hangs? up|hung up)/.test(match) && /\b(?:calls?|called|calling) (?:me|us)\b/.test(sentence) && OTHER_OPENS.test(sentence) && !/\b(?:i|we)\b/.test(lower.slice(from, start).replace(/\bwhen (?:i|we) (?:answer|pick)/, ''))) return false;
  // (h73) a third party's own act, as it reports it: "my employer says they emailed it back" (kept: "they emailed me")
  if (isThirdPartyAct(lower, start) && !/^(?:called|rang|phoned|emailed|e-mailed|messaged|texted|wrote) (?:me|us)\b/.test(match)) return false;
  if (/^stop (?:calling|texting|emailing|e-mailing|sending|contacting|writing)\b/.test(match) || /\bstop\s+$/.test(lower.slice(Math.max(from, start - 6), start))) return false;
  // (h52) a chat dropped and picked up again in chat, not a call: "sorry, i got disconnected. is the same agent still
  // here?", "Seems my previous chat got disconnected." (kept: "On hold for 23 mins before disconnected", "I call and get
  // disconnected")
  if (/disconnected$/.test(match) && !VOICE.test(lower.slice(Math.max(0, start - 200), Math.min(lower.length, end + 200)))) return false;
  // (h80) counted calls that are a machine's rate: "429 after about 60 calls a minute"
  if (/calls?$/.test(match) && isRateAfter(lower, end)) return false;
  // (h80) a phone that is a device, not a call: "The 2FA was on the phone of a former employee"
  if (/^on the (?:tele)?phone$/.test(match) && /^\s+of\b/.test(lower.slice(end, end + 5))) return false;
  // (h80) an errand for someone of the customer's own: "my mum owns the shop and asked me to email" (kept: "your chat
  // bot told me to email", "Dan said to email the serial numbers")
  if (/^(?:told|asked|instructed|wants?|wanted|says?|said|tells?)\b/.test(match) && OWN_PERSON_ASKED.test(lower.slice(from, start))) return false;
  // (h80) a decision that reached the customer by a channel: "Margaret approved it by email yesterday (forwarding now)"
  if (/^(?:by|via) e-?mail$/.test(match) && DECIDED_BY.test(before)) return false;
  // (h80) the customer's own site's form: "the contact form emails go to spam", "our contact form" (kept: "I filled in
  // your contact form twice")
  if (/form$/.test(match) && (/^\s+(?:emails?|submissions?|entries|notifications?|plugin|messages|page|on (?:our|my))\b/.test(lower.slice(end, end + 20)) || /\b(?:our|my) (?:\w+ )?$/.test(lower.slice(Math.max(from, start - 20), start)))) return false;
  // a channel preferred to another, or asked about in a question (spanAround stops before the "?")
  const asked = PREFERRED.test(sentence) || (lower[to] === '?' && QUESTION.test(sentence));
  return !(OFFER.test(sentence) || asked) || USED.test(sentence);
}

/**
 * An e-mail told inside an e-mail (issue 12's eleventh pass, precision on helpdesk mail): a customer writing to the
 * helpdesk by e-mail who says they e-mailed before has not switched channel — that is repeat contact's to read.
 * True when the message is shaped as an e-mail (paragraphs, or a greeting or sign-off on a line of its own), every
 * channel-switch match names e-mail, and the message names no other channel: "Hello,\n\nI've emailed on 8 April and
 * 22 April with no reply.\n\nRegards" (kept: "I have now emailed you 4 times, called twice, and used the chat", and
 * "emailed twice" in a tweet or a chat).
 */
export function isEmailInEmail(lower: string, matches: string[]): boolean {
  if (!matches.every((m) => /e-?mail/.test(m))) return false;
  if (!/\n\s*\n|^\s*(?:dear|hello|hi|good (?:morning|afternoon|evening)|to whom)\b[^\n]{0,40}\n|\n\s*(?:regards|kind regards|best|thanks|thank you|many thanks|sincerely|yours \w+|cheers)\b[^\n]{0,20}(?:\n|$)/.test(lower)) return false;
  return !OTHER_CHANNEL.test(lower);
}
/** A channel other than e-mail, named anywhere in the message. */
const OTHER_CHANNEL = /\b(?:call|calls|called|calling|phon\w*|rang|ring|rung|chat\w*|on hold|hotline|helpline|branch|in person|store|shop|counter|desk|post|posted|letter|tweet\w*|dms?|twitter|facebook|instagram|whatsapp|messenger|text|texted|sms|voicemail|web ?form|form|portal|online|app|bot|visit\w*)\b/;
