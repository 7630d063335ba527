import type { RuleExamples } from '../rule-examples';
import type { RuleSpec } from '../rule-schema';
import { CANNOT } from './fragments';

// "can't" followed by these is enthusiasm or emphasis, not a refusal.
const NOT_A_REFUSAL = String.raw`(?!\s*(?:wait|believe|thank|stress|imagine|emphasi[sz]e|express|tell you how|apologi[sz]e|say enough|recommend|praise|promise you enough)\b)`;

/** An apology welded to a refusal or to powerlessness, with no alternative anywhere in the reply. */
export const apologyRefusal: RuleSpec = {
  id: 'apology-refusal',
  category: 'apology-without-help',
  when: 'welded',
  triggers: ['nothing', 'can', 'cannot', 'can\'t', 'couldn\'t', 'could not', 'won\'t be able', 'will not be able', 'unable', 'not able', 'not in a position', 'authori*', 'allowed', 'permitted', 'hands', 'control', 'remit', 'authority', 'ability', 'power', 'access', 'permission', 'option', 'means', 'regret to', 'decline', 'refund*', 'exchange*', 'compensation', 'exception*', 'credit*', 'replacement*', 'cash back', 'eligible', 'entitled', 'qualify'],
  patterns: [
    String.raw`\b(?:there(?:'s| is)\s+(?:really\s+|absolutely\s+|unfortunately\s+|honestly\s+)?)?nothing\s+(?:else\s+|more\s+|further\s+|at all\s+)?(?:that\s+)?(?:i|we)\s+(?:can|could|are able to|am able to)\s+do\b`,
    String.raw`\b(?:i|we)(?:'m|'re|\s+am|\s+are)\s+(?:currently\s+|simply\s+|just\s+|still\s+|unfortunately\s+)?(?:unable|not able|not in a position|not authori[sz]ed|not allowed|not permitted)\s+to\s+[a-z]+`,
    String.raw`\b(?:i|we)\s+(?:really\s+|simply\s+|just\s+|unfortunately\s+|sadly\s+|still\s+)?${CANNOT}${NOT_A_REFUSAL}\s+[a-z]+`,
    String.raw`\b(?:my|our)\s+hands\s+are\s+(?:\w+\s+)?tied\b`,
    String.raw`\b(?:out of|beyond|outside(?: of)?)\s+(?:my|our)\s+(?:control|hands|remit)\b`,
    String.raw`\bnot\s+(?:something|anything)\s+(?:that\s+)?(?:i|we)\s+(?:can|could|are able to|am able to)\b`,
    // Chat, with the subject dropped: "server maintenance runs till 6am, can't do anything to speed it up".
    String.raw`(?:^|[,;:]\s+|\b(?:and|but|so)\s+)can(?:'t|not)\s+do\s+(?:anything|much)\b`,
    String.raw`\b(?:i|we)\s+(?:don't|do not)\s+have\s+(?:the\s+)?(?:authority|ability|power|access|permission|option|means)\b`,
    String.raw`\b(?:i|we)\s+(?:regret\s+to\s+inform\s+you|have\s+to\s+decline|must\s+decline)\b`,
    String.raw`\byou\s+(?:can't|cannot|can not)\s+do\s+(?:that|this|so)\b`,
    String.raw`\b(?:we|i)\s+(?:don't|do not|won't|will not)\s+(?:offer|provide|give|issue|accept|allow|support|do)\s+(?:refunds?|exchanges?|compensation|exceptions?|credits?|replacements?|partial refunds?|cash back)\b`,
    String.raw`\bnot\s+(?:eligible|entitled)\s+(?:for|to)\b`,
    String.raw`\b(?:does\s+not|doesn't|do\s+not|don't)\s+qualify\b`,
    String.raw`\bcan(?:'t|not)\s+be\s+(?:refunded|changed|cancell?ed|undone|reversed|recovered|restored|exchanged|returned|transferred|modified|replaced|reinstated|reopened|reactivated|extended)\b`,
  ],
  priority: 70,
  message: "Apology welded to a refusal: tell the customer what you CAN do instead.",
  why:
    '"Sorry, but there\'s nothing I can do" ends the conversation with the customer still stuck. The apology makes the ' +
    'refusal sound final, and the customer has to escalate or give up. An alternative keeps them moving.',
  suggestions: [
    { label: 'Lead with what you can do', scope: 'sentence', text: "I can't [what you can't do], but here's what I can do: {canDo}." },
    {
      label: 'Escalate and commit',
      scope: 'sentence',
      text: "This needs [team/approval] — I've passed it to them with all the details and I'll update you by [when].",
    },
  ],
};

/**
 * Whole replies: each `match` must get a flag from the rule, each `allow` must not (tests/unit/analysis/rules.test.ts).
 * Test data only: rules/index.ts imports the rules above, never this table, so it stays out of the content script.
 */
export const examples: RuleExamples = {
  'apology-refusal': {
    match: [
      "Sorry, but there's nothing I can do about the delay.",
      "I'm afraid we're unable to offer a refund for this order.",
      'Unfortunately my hands are tied on this one.',
      "We apologise. I'm not authorized to change the booking.",
      'Unfortunately, you can not do that. See this article for more information.',
      "Hi Max, sorry mate, server maintenance runs till 6am UTC, can't do anything to speed it up. Check back after!",
    ],
    allow: [
      "I'm sorry, I can't change the price — but I can switch you to annual billing, which works out 20% cheaper.",
      "Unfortunately we're unable to refund the fee, so I've added a $20 credit to your account instead.",
      "We can't wait to see what you build! Let us know how it goes.",
      "There's nothing I can do about the weather, ha. Your order ships today.",
      "Sorry, I can't see an order under that email — could you send me the order number so I can find it?",
      "Sorry for the wait, the app can't do much offline. I've synced your account, so it works now.",
    ],
  },
};
