import type { RuleExamples } from '../rule-examples';
import type { RuleSpec } from '../rule-schema';

/** An apology welded to policy ("that's our policy", "the decision is final") with no alternative in the reply. */
export const apologyPolicy: RuleSpec = {
  id: 'apology-policy',
  category: 'apology-without-help',
  when: 'welded',
  triggers: ['polic*', 'decision', 'rules', 'fair', 'consistent', 'sales', 'non-refundable', 'nonrefundable', 'terms', 't&cs'],
  patterns: [
    String.raw`\b(?:that's|that is|this is|it's|it is)\s+(?:just\s+|simply\s+|unfortunately\s+)?(?:our|the|company|a|store)\s+(?:company\s+|store\s+|standard\s+)?polic(?:y|ies)\b`,
    String.raw`\b(?:company|store|airline|bank|strict|standard)\s+polic(?:y|ies)\b`,
    String.raw`\b(?:per|under|according to|in (?:line|accordance) with|due to|because of|as per)\s+(?:our|the|company|its)\s+(?:[a-z]+\s+)?(?:polic(?:y|ies)|terms(?: and conditions)?|t&cs|rules|guidelines|regulations)\b`,
    String.raw`\bpolic(?:y|ies)\s+(?:does not|doesn't|do not|don't|won't|will not)\s+(?:allow|permit|let)\b`,
    String.raw`\b(?:the|that|this|our|my)\s+decision\s+(?:is|was|will be|remains)\s+final\b`,
    String.raw`\b(?:booking|these|the|our|house|fare)\s+rules\s+apply\b`,
    String.raw`\b(?:we|i)\s+(?:have|need|must)\s+(?:to\s+)?(?:be\s+)?(?:fair|consistent)\s+(?:to|with)\s+(?:all|everyone|everybody|other)\b`,
    String.raw`\brules\s+are\s+rules\b`,
    String.raw`\b(?:all\s+)?sales\s+are\s+final\b`,
    String.raw`\bnon-?refundable\b`,
  ],
  priority: 75,
  message: 'Apology hiding behind policy: explain it briefly and offer what the policy does allow.',
  why:
    'Citing policy after an apology tells the customer the answer is no and the conversation is over. Customers accept ' +
    'a policy far better when it comes with the option that is still open to them.',
  suggestions: [
    {
      label: 'Explain and offer the alternative',
      scope: 'sentence',
      text: "Our [policy] doesn't let me [what they asked for], but here's what I can do instead: {canDo}.",
    },
    {
      label: 'Ask for an exception',
      scope: 'sentence',
      text: "I've asked [team lead/approver] whether we can make an exception here, and I'll get back to you by [when].",
    },
  ],
};

/**
 * Whole replies: each `match` must get a flag from the rule, each `allow` must not (tests/unit/analysis/rules.test.ts).
 * Test data only: rules/index.ts imports the rules above, never this table, so it stays out of the content script.
 */
export const examples: RuleExamples = {
  'apology-policy': {
    match: [
      "Sorry, that's our policy.",
      'Unfortunately the decision is final. We apologise for any disappointment.',
      "I'm afraid that ticket is non-refundable.",
      'We are sorry. We have to be fair to all of our guests, hence booking rules apply.',
    ],
    allow: [
      "Sorry — that fare is non-refundable, but I can move you to a later flight for free. Want me to do that?",
      "Unfortunately it's our policy not to refund opened items. Instead, I can offer an exchange for any other size.",
      'Our policy allows returns within 30 days, so you are covered.',
      "Per our terms, refunds take 5 business days. I've processed yours today.",
    ],
  },
};
