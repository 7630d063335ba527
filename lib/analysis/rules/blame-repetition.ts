import type { RuleSpec } from '../rule-schema';

const SAID = String.raw`(?:said|stated|explained|mentioned|noted|told you|pointed out|advised|indicated|informed you|outlined|wrote)`;

/** Exasperated repetition markers: "as I already explained", "per my last email", "like I said". */
export const blameRepetition: RuleSpec = {
  id: 'blame-repetition',
  category: 'customer-blame',
  when: 'always',
  triggers: ['said', 'stated', 'explained', 'mentioned', 'noted', 'told', 'pointed', 'advised', 'indicated', 'informed', 'outlined', 'wrote', 'discussed', 'communicated', 'already', 'previously', 'last', 'previous', 'earlier', 'prior', 'time', 'times', 'again', 'repeat', 'else', 'explain'],
  patterns: [
    String.raw`\bas\s+(?:i|we)(?:'ve|\s+have)?\s+(?:already\s+|previously\s+|clearly\s+)?${SAID}\s+(?:before|earlier|previously|already|several times|many times|multiple times|repeatedly|twice|in (?:my|our) (?:last|previous|earlier) (?:email|message|reply|response|note))\b`,
    String.raw`\bas\s+(?:i|we)(?:'ve|\s+have)?\s+(?:already|previously)\s+${SAID}\b`,
    String.raw`\bas\s+(?:i|we)(?:'ve|\s+have)\s+(?:said|stated|explained|mentioned|told you)\b`,
    String.raw`\bas\s+i\s+(?:said|told you)\b`,
    String.raw`\blike\s+(?:i|we)(?:'ve|\s+have)?\s+(?:already\s+)?(?:said|told you|mentioned|explained|stated)\b`,
    String.raw`\bas\s+(?:previously|already|earlier)\s+(?:stated|mentioned|explained|advised|noted|discussed|indicated|communicated|said)\b`,
    String.raw`\bas\s+(?:stated|mentioned|explained|advised|noted)\s+(?:before|earlier|previously|already)\b`,
    String.raw`\bper\s+my\s+(?:last|previous|earlier|prior)\s+(?:email|e-mail|message|reply|response|note|mail|comment)\b`,
    String.raw`\b(?:i|we)(?:'ve|\s+have)\s+already\s+(?:told|explained|said|answered|informed|mentioned|stated)\b`,
    String.raw`\b(?:i|we)(?:'ve|\s+have)\s+(?:already\s+)?(?:explained|told you|said|mentioned|answered)\s+(?:this|that|it)?\s*(?:to\s+you\s+)?(?:already|before|several|many|multiple|twice|three|repeatedly|more than once|a few)\b`,
    String.raw`\bas\s+(?:i\s+|we\s+)?(?:stated|mentioned|explained|advised|noted|outlined|said|wrote)\s+in\s+(?:my|our)\s+(?:last|previous|earlier|prior|first|original)\s+(?:email|e-mail|message|reply|response|note|mail|letter|comment)\b`,
    String.raw`^(?:once\s+)?again\s*,\s+(?:you|please|the|this|it|your|as)\b[^.!?\n]{0,60}?\b(?:must|needs?\s+to|have\s+to|has\s+to|should|is\s+required|are\s+required|only)\b`,
    String.raw`\bfor\s+the\s+(?:second|third|fourth|fifth|last|umpteenth|nth|hundredth|final)\s+time\b`,
    String.raw`\bhow\s+many\s+times\s+(?:do|must|should|have|will|does)\b`,
    String.raw`\b(?:here(?:'s| is)|sending|i'm sending)\s+(?:the|this|that)\s+(?:link|article|guide|faq|information|info)\s+again\b`,
    String.raw`^(?:once\s+)?again\s*,?\s+(?:you\s+(?:need|have|must|should|will need)|please\s+(?:read|check|follow|make sure|note))\b`,
    String.raw`\b(?:i\s+(?:will\s+)?|let\s+me\s+)repeat\b`,
    String.raw`\b(?:not sure|don't know|do not know)\s+how\s+(?:else|many (?:more )?times)\s+(?:to|i can|we can|i should)\s+(?:explain|say|put)\b|\bhow\s+else\s+(?:to|can i|can we)\s+(?:explain|say|put)\b`,
    String.raw`\b(?:read|see|check|refer to|look at|re-?read)\s+(?:my|our)\s+(?:previous|last|earlier|prior)\s+(?:message|email|e-mail|reply|response|note|answer)\b`,
  ],
  priority: 80,
  message: 'Exasperated repetition: restate the answer plainly, without pointing out you said it before.',
  why:
    '"As I already explained" tells the customer they are slow or not listening. If they missed it, the explanation ' +
    "didn't land — a short, fresh summary gets the point across without making them feel small.",
  suggestions: [
    { label: 'Recap neutrally', scope: 'span', text: 'to recap' },
    { label: 'Drop the reminder', scope: 'span', text: 'to sum up' },
    { label: 'Summarise the steps', scope: 'sentence', text: "Here's a quick summary of the steps: [steps]." },
  ],
  examples: {
    match: [
      'As I already explained, the refund takes 5 days.',
      'Per my last email, you need to reset the router.',
      'Like I said, the app does not support that.',
      "I've already told you the order shipped.",
      'Again, you need to log out and back in.',
    ],
    allow: [
      "As promised, I've refunded the shipping fee.",
      'Again, our apologies — the refund is on its way.',
      'Like many customers, you might prefer the annual plan.',
      'As mentioned in our FAQ, you can pause your plan any time: Settings > Plan > Pause.',
    ],
  },
};
