/**
 * A reader pass (issue 12, h66): in a follow-up message, the thing the company handed over — a link, a code, a credit,
 * a replacement, a menu it described — tried and failed. The unresolved signal of a conversation already going on,
 * where the problem itself was told messages earlier and only the reaction is left.
 *
 *   "Followed the link you sent but it takes me to a page that says 404."
 *   "the menu you described to turn it off isnt there on my app"
 *   "The credit you applied disappeared from my account this month?"
 *   "password reset email arrived but the link says expired."
 *   "the replacement card turned up this morning, which is great, but it won't activate."
 *
 * The thing, named with the company as its giver ("you sent", "your colleague described") or told as arrived, then
 * within its sentence or the next a failure said of it. Not a condition or a plan ("let me know if the link doesn't
 * work"), not one that worked ("the code you sent worked"), not the customer's own thing ("my link").
 */
import type { EffortSignal } from './types';

/** What the company hands over in a conversation. */
const THING = String.raw`(?:link|url|code|promo code|discount code|voucher|coupon|credit|refund|replacement(?: \w+)?|new (?:card|sim|router|modem|box|part|password)|card|sim|reset|password reset|reset link|reset email|menu|option|setting|settings|button|tab|page|form|steps?|instructions|guide|workaround|fix|patch|update|number|address|login|pin|password|app version|firmware)`;
/** The company as its giver: "the link you sent", "the code your colleague gave me", "the menu u described". */
const GIVEN = String.raw`(?:you|u|ya|your (?:\w+ )?(?:colleague|agent|rep|team|support|email|message|dm|bot|chatbot|engineer|technician)|they|he|she|the (?:agent|rep|bot|chatbot|engineer|technician)) (?:just )?(?:sent|send|gave|give|suggested|described|mentioned|recommended|provided|applied|issued|linked|posted|shared|promised|set up|told me (?:about|to use)|pointed me to)`;
const HANDED = new RegExp(String.raw`\b(?:the|that|this|your) (?:[\w-]+ )?${THING} (?:that )?${GIVEN}\b|\b(?:(?:the|my|a|your) )?(?:[\w-]+ )?${THING} (?:finally )?(?:arrived|turned up|came(?: through)?|showed up|got here|was delivered)\b|\b(?:followed|used|clicked|tried|entered|opened|applied|installed|did) (?:the|that|this|your) (?:[\w-]+ )?${THING} (?:that )?${GIVEN}\b`, 'g');

/** A failure said of the thing. */
const FAILED = new RegExp(
  String.raw`\b(?:(?:says?|said|shows?|showing|saying|gives?|gave|comes? up(?: with)?|came up(?: with)?|takes? me to|took me to|goes to|went to|brings? (?:me )?(?:up|to))(?: (?:me|a|an|the|that|it's|its|it is|my))?(?: [\w-]+){0,3}? ["']?(?:expired|invalid|not valid|no longer valid|404|error|not found|page not found|not recognised|not recognized|declined|incorrect|doesn'?t exist|does not exist|unavailable|blank)|(?:isn'?t|is not|wasn'?t|was not|aren'?t|are not|isnt|arent|not) (?:there|showing|visible|valid|working|on (?:my|the) (?:app|account|bill|statement|screen|page))|(?:doesn'?t|does not|didn'?t|did not|won'?t|will not|wont|can'?t|cannot|couldn'?t|dont|didnt|doesnt) (?:\w+ )?(?:work|activate|open|load|apply|accept|exist|go through|let me|show|connect|pair|recogni[sz]e)|disappeared|vanished|(?:is|was|has) gone|did nothing|does nothing|locked(?: me)? out|(?:is|was|got) locked|(?:just )?(?:loops|spins|crashes|errors)\b)`,
);
/** Not a failure that happened: a condition, a wish, a plan. */
const NOT_HAPPENED = /\b(?:if|in case|whether|should|might|may|hope|hopefully|let me know|lmk|before)\b/;
/** The thing worked after all. */
const WORKED = /\b(?:worked|works (?:now|fine|great)|working (?:now|fine)|went through|all good|sorted|perfect)\b/;

const SENTENCE_END = /[.!?\n]+\s*/g;

export function readHandedOver(original: string, prepared: string): EffortSignal[] {
  const lower = prepared.toLowerCase();
  HANDED.lastIndex = 0;
  let h: RegExpExecArray | null;
  while ((h = HANDED.exec(lower)) !== null) {
    const start = h.index;
    const from = start + h[0].length;
    // the rest of the thing's sentence and the next one
    SENTENCE_END.lastIndex = from;
    const first = SENTENCE_END.exec(lower);
    let end = first === null ? lower.length : first.index + first[0].length;
    if (first !== null) {
      const second = SENTENCE_END.exec(lower);
      end = second === null ? lower.length : second.index;
    }
    const after = lower.slice(from, Math.min(end, from + 200));
    const f = FAILED.exec(after);
    if (f === null) continue;
    const between = after.slice(0, f.index);
    if (NOT_HAPPENED.test(between) || WORKED.test(between) || WORKED.test(after.slice(f.index + f[0].length, f.index + f[0].length + 40))) continue;
    const stop = from + f.index + f[0].length;
    return [{ id: 'unresolved', start, end: stop, match: original.slice(start, stop) }];
  }
  return [];
}
