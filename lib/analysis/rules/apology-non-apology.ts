import type { RuleExamples } from '../rule-examples';
import type { RuleSpec } from '../rule-schema';

const HEAD = String.raw`(?:(?:i'm|we're|i am|we are)\s+(?:(?:so|very|really|truly)\s+)?)?`;

/** Apologies that apologise for the customer's feelings, or for a hypothetical, instead of for what happened. */
export const apologyNonApology: RuleSpec = {
  id: 'apology-non-apology',
  category: 'apology-without-help',
  when: 'no-help',
  triggers: ['sorry', 'apolog*', 'regret'],
  patterns: [
    String.raw`\b${HEAD}sorry\s+(?:that\s+|if\s+)?you\s+(?:feel|felt|think|thought|see it)\b(?:\s+(?:that way|this way|so|like that|like this))?`,
    String.raw`\b(?:(?:i|we)\s+(?:do\s+)?)?(?:${HEAD}sorry|apologi[sz]e|apologies|apology)\s+(?:for|about)\s+any\s+(?:inconvenience|trouble|confusion|frustration|disappointment|issues?|problems?|upset)(?:\s+(?:this|that|it|which|we)\s+(?:may|might|could)\s+(?:have\s+)?(?:caused|created)(?:\s+you)?)?`,
    String.raw`\b${HEAD}sorry\s+if\s+(?:you|this|that|it|we|our|my|anything|the)\b[^.!?\n]{0,60}?\b(?:feel|felt|were|was|are|is|have|has|had|found|find|think|thought|caused|seemed|seems|experienced|offended|upset|confused|disappointed|misunderstood)\b`,
    String.raw`\b(?:my\s+|our\s+)?apologies\s+if\s+(?:you|this|that|it|we|our|my|the)\b`,
    String.raw`\b${HEAD}sorry\s+(?:that\s+)?(?:you're|you are|you were|you've been|you have been)\s+(?:so\s+)?(?:upset|unhappy|disappointed|dissatisfied|frustrated|annoyed|not happy|not satisfied|unsatisfied|offended)\b`,
    String.raw`\b${HEAD}sorry\s+(?:that\s+)?(?:it|this|the app|the product|the service|our \w+|\w+)\s+(?:isn't|wasn't|is not|was not|didn't|did not)\s+(?:your cup of tea|for you|work out for you|what you (?:wanted|expected|were looking for)|meet your expectations)`,
    String.raw`\b(?:i|we)\s+regret\s+that\s+you\s+(?:feel|felt|are|were|aren't|weren't|have|had)\b`,
    String.raw`\b${HEAD}sorry\s+to\s+disappoint(?:\s+you)?`,
    String.raw`\b${HEAD}sorry\s+(?:that\s+)?you\s+(?:didn't|did not|don't|do not)\s+(?:like|enjoy|love)\b`,
  ],
  priority: 40,
  message: "Non-apology: it apologises for the customer's feelings, not for what happened — and offers no help.",
  why:
    '"Sorry you feel that way" and "sorry for any inconvenience this may have caused" put the problem in the customer\'s ' +
    'reaction and read as a brush-off; the customer hears that nothing will change.',
  suggestions: [
    {
      label: 'Name the problem and act on it',
      scope: 'sentence',
      text: "I'm sorry [what went wrong] — I've [action you took] and I'll [next step] by [when].",
    },
    { label: 'Offer what you can do', scope: 'sentence', text: "I'm sorry this happened — here's what I can do: {canDo}." },
  ],
};

/**
 * Whole replies: each `match` must get a flag from the rule, each `allow` must not (tests/unit/analysis/rules.test.ts).
 * Test data only: rules/index.ts imports the rules above, never this table, so it stays out of the content script.
 */
export const examples: RuleExamples = {
  'apology-non-apology': {
    match: [
      "We're sorry you feel that way. We value every customer.",
      'Sorry for any inconvenience this may have caused.',
      'We apologize for any inconvenience. Your feedback has been noted.',
      'Sorry if you were confused by our message.',
      "Sorry the app wasn't your cup of tea, but thanks for giving it a try!",
    ],
    allow: [
      "I'm sorry you feel that way — I've gone ahead and refunded the last charge, it'll show within 3 days.",
      "Sorry for any confusion! Tap the gear icon, then 'Billing', to see every invoice.",
      "I'm sorry the replacement arrived damaged. I've sent another one by express; it arrives Thursday.",
      'Sorry for the delay. Please send me your booking reference so I can rebook you.',
    ],
  },
};
