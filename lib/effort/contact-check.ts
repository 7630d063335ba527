/**
 * A check on the repeat-contact rules' matches (issue 12's eleventh pass, precision on helpdesk mail and ticket
 * follow-ups): a contact the customer mentions in passing inside a ticket is not a contact made again. Read as
 * structure (where the match sits, what the number names, who was contacted), with small word sets over the match's
 * sentence, so it adds nothing to compile. Dropped:
 *
 *   a reference number that is the thread's own subject line: "Re: [Ticket 20931] Meter reading dispute", "Re: Case
 *     00481923 — Premium adjustment" (kept: "RE: RE: RE: Ticket 4471902", a chain of replies)
 *   a reference whose own noun names a thing, not a contact: "Job ref RP-6671.", "hotel ref 3349201, child is 6",
 *     "Application ref APP-20931-K" (kept: a ticket, a case, a claim or a bare reference, "claim ref W-88213")
 *   an earlier ticket said to have gone well: "Ticket #30091 from August — you helped me recover my account then"
 *   a contact with a third party of the customer's, not with us: "As you asked, I spoke with my bank. They say…",
 *     "my insurer hasn't paid. I called them this morning and they said…" (kept: "I called your billing team");
 *     (h52) a friend or a relative: "A friend told me I didn't have to pay"
 *   a contact said as a condition: "Side gate is unlocked if nobody answers" (kept: "Nobody answers the phone")
 *   the customer correcting their own earlier message: "I gave you the wrong account number in my last message",
 *     "the 8 was a typo on my part in the first email" (kept: "Per my last email, could you confirm receipt")
 */
import { afterMarkBefore, spanAround } from './match-span';
import { isRateAfter } from './rate-check';

/** What a reference number may name: a contact with us, or something else the customer has with us. */
const REFERENCE = /^(?:ticket|case|reference|ref|claim|complaint|incident|request|sr)\b/;
/** The noun right before a reference that names a thing, not a contact. */
const THING_BEFORE = /\b(?:job|hotel|application|policy|member|membership|course|student|contract|subscription|installation|appointment|property|vehicle|meter|payment|purchase)\s*[(,:]?\s*$/;
/** An earlier ticket that went well. */
const WENT_WELL = /\b(?:you|they|which|that|it|someone|[a-z]+ from your team) (?:\w+ )?(?:helped|resolved|sorted|fixed|solved)\b|\b(?:was|got|been|all) (?:resolved|sorted|fixed|solved)\b|\bthanks? (?:you )?again\b/;
/** …unless it is said not to have, or to have come back. */
const NOT_WELL = /\b(?:but|still|again|now|until|nothing|not|never|no|hasn't|wasn't|isn't|didn't|haven't)\b|n't\b/;
const THANKS_AGAIN = /\bthanks? (?:you )?again\b/g;
/** (h80) "now" that says a thing is settled, not that it came back: "all sorted now", "resolved now". */
const SETTLED_NOW = /\b(sorted|resolved|fixed|solved)(?: out)? now\b/g;
/** What NOT_WELL reads: the thanks and the settled "now" taken out. */
const settledText = (s: string) => s.replace(THANKS_AGAIN, '').replace(SETTLED_NOW, '$1');
/** (h80) Things a count may name that a customer also has or handles without contacting anyone. */
const COUNTED = /\b(?:calls|emails|e-mails|messages|requests|complaints|tickets|letters|chats)$/;
/** Mail handled as items, right before the count: "I have deleted many emails" (kept: "I sent 5 emails"). */
const MAIL_HANDLED = /\b(?:deleted|archived|removed|moved|cleared|filtered|blocked|lost|purged|exported|imported|migrated)\s+$/;
/** A third party of the customer's: their bank, insurer, employer… */
const THIRD_PARTY = /\b(?:my|our) (?:bank|insurer|insurance(?: company)?|employer|landlord|letting agent|gp|doctor|accountant|card (?:company|issuer|provider)|credit card company|building society|broker|mortgage lender|payroll|hr|solicitor|school|university)\b/;
const THIRD_PARTY_ALL = new RegExp(THIRD_PARTY.source, 'g');
const THIRD_PARTY_BEFORE = new RegExp(`(?:${THIRD_PARTY.source})\\s+$`);
/** (h52) A friend or a relative of the customer's, right before what they said. */
const KIN_BEFORE = /\b(?:a|my|our|some|other|some of (?:the|our|my)) (?:friend|neighbou?r|colleague|coworker|co-worker|brother|sister|mother|mum|mom|father|dad|son|daughter|husband|wife|partner|relative|cousin|uncle|aunt|kid|family|guest)(?:s| members?)?\s+$/;
/** What a follow-up is on when it chases a contact: the contact, or a time. */
const FOLLOWED_UP_ON = /\b(?:message|e-?mail|call|ticket|case|thread|request|complaint|chat|conversation|letter|reply|voicemail|from|since|ago|last|previous|earlier|yesterday|week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday|still|again|\d+)\b/;
/** A match that ends on the contact itself, its party named next. */
const CONTACTED = /\b(?:called|rang|rung|phoned|contacted|e-?mailed|messaged|spoken?(?: to| with)?|talked(?: to| with)?|checked with|wrote(?: to)?)$/;
/** The customer's own mistake in an earlier message. */
const OWN_MISTAKE = /\b(?:wrong|typo|mistake|incorrect|error|misspel\w*|forgot|left out|missed)\b/;

/**
 * Whether a repeat-contact rule's match between `start` and `end` of `lower` (the prepared text, ASCII lower-cased)
 * stays: false when it reads as a contact mentioned in passing (see above).
 */
export function isContactAgain(lower: string, start: number, end: number): boolean {
  const match = lower.slice(start, end);
  const { from, to } = spanAround(lower, start, end, '.!?\n');
  const sentence = lower.slice(from, to);
  if (REFERENCE.test(match)) {
    const lineStart = afterMarkBefore(lower, start - 1, '\n');
    // the thread's own subject: the first line, one "re:" (a chain of them is a story of replies)
    if (lineStart === 0 && /^\s*re: ?(?!re:)/.test(lower.slice(0, start)) && !/re: ?re:/.test(lower.slice(0, start))) return false;
    const next = lower.slice(end, to);
    if (WENT_WELL.test(next) && !NOT_WELL.test(settledText(next))) return false;
    // a reference whose own noun names a thing the customer has with us, not a contact: "Job ref RP-6671", "hotel ref
    // 3349201", "Application ref APP-20931-K" (the rule itself already leaves out a booking's or an order's)
    return !THING_BEFORE.test(lower.slice(Math.max(0, start - 14), start));
  }
  // a contact with the customer's own third party: named right after the match, or just before a "them"/"they"
  if (CONTACTED.test(match) && /^\s*(?:with |to )?(?:my|our)\b/.test(lower.slice(end, end + 10)) && THIRD_PARTY.test(lower.slice(end, end + 40))) return false;
  if (/\b(?:them|they)\b/.test(match + lower.slice(end, end + 6))) {
    // "them"/"they" is the third party when it was the last party named before the match
    const before = lower.slice(Math.max(0, start - 120), start);
    let last = -1;
    for (const m of before.matchAll(THIRD_PARTY_ALL)) last = m.index! + m[0].length;
    if (last >= 0 && !/\b(?:you|your|support|agent|team)\b(?!')/.test(before.slice(last))) return false;
  }
  // an earlier contact said, in the same sentence, to have gone well: "Following up on ticket #55102 from last month –
  // that was sorted, thank you"
  const after = lower.slice(end, to);
  if (WENT_WELL.test(after) && !NOT_WELL.test(settledText(after))) return false;
  // (h80) counted things that are no contacts of the customer's: a machine's rate ("after about 60 calls a minute"), an
  // HTTP error's name ("429 Too Many Requests"), mail handled as items ("I have deleted many emails"), complaints the
  // customer's own customers made ("We've had two complaints and a refund today") (kept: "I have made two complaints")
  if (COUNTED.test(match)) {
    const just = lower.slice(Math.max(0, start - 24), start);
    if (isRateAfter(lower, end) || MAIL_HANDLED.test(just)) return false;
    if (/^too many requests$/.test(match) && /\b[45]\d\d\s+$/.test(just)) return false;
    if (/complaints$/.test(match) && /\b(?:had|received|got)\s+$/.test(just)) return false;
  }
  // what the customer's own third party told them: "My bank told me to raise it with you"
  if (/^(?:told|said|advised|says)\b/.test(match) && THIRD_PARTY_BEFORE.test(lower.slice(Math.max(0, start - 40), start))) return false;
  // (h52) what a friend or a relative told them: "A friend told me I didn't have to pay" (kept: "your agent told me");
  // (h73) or what they were told, not the customer: "Some family members were told 11 and some 11.30"
  if (/^(?:(?:been|being|was|were) )?(?:told|said|advised|says)\b/.test(match) && KIN_BEFORE.test(lower.slice(Math.max(0, start - 30), start))) return false;
  // (h73) tickets the customer holds for an event, not support tickets: "i have 4 tickets for the friday", "we bought
  // two tickets to the show" (kept: "I have raised 4 tickets", "I have 3 tickets open")
  if (/tickets$/.test(match) && /\b(?:have|has|had|got|bought|booked|ordered|purchased|paid for)\s+$/.test(lower.slice(Math.max(0, start - 12), start)) && /^\s+(?:for|to)\b/.test(lower.slice(end, end + 6))) return false;
  // the agent who chased, not the customer: "Really appreciate you chasing it"
  if (/^chasing\b/.test(match) && /\b(?:you|your \w+|they|he|she)\s+$/.test(lower.slice(Math.max(0, start - 16), start))) return false;
  // a greeting again that opens a reply to what the agent asked or sent: "Hello again, Thanks for the tracking link"
  if (/^(?:hello|hi|hey) again$/.test(match) && /^[\s,.!]*(?:[a-z]+[,.!]?\s+)?(?:thanks|thank you|as you asked|as requested|got it|great|perfect)\b/.test(lower.slice(end, end + 40)))
    return false;
  // following up on a topic, not on a contact or a time: "Following up on my statement question. I've now got the EOB"
  if (/^follow(?:ing|ed)?[- ]?up on$/.test(match) && !FOLLOWED_UP_ON.test(lower.slice(end, to))) return false;
  // a contact that has not happened, said as a condition: "Side gate is unlocked if nobody answers"
  if (/^(?:no ?one|nobody)\b/.test(match) && /\b(?:if|in case|when|unless)\s+$/.test(lower.slice(Math.max(0, start - 10), start))) return false;
  // the customer correcting an earlier message of their own
  if (/\b(?:message|e-?mail|reply)s?$/.test(match) && OWN_MISTAKE.test(sentence)) return false;
  return true;
}
