import type { RuleExamples } from '../rule-examples';
import type { RuleSpec } from '../rule-schema';
import { ELSEWHERE } from './fragments';

const SEND_AWAY = String.raw`(?:contact|call|ring|phone|email|e-mail|reach out to|reach out|reach|get in touch with|speak (?:to|with)|talk to|check with|write to|report (?:it|this|the matter|the issue|this issue) to|refer to|raise (?:it|this) with|take (?:it|this|that) up with|visit|go to)`;

/** In an apologising reply, sending the customer elsewhere without taking ownership. */
export const apologyRedirect: RuleSpec = {
  id: 'apology-redirect',
  category: 'apology-without-help',
  when: 'apology-no-help',
  triggers: ['contact*', 'call', 'ring', 'phone', 'email', 'e-mail', 'reach*', 'touch', 'speak', 'talk', 'check with', 'write', 'report', 'refer', 'raise', 'take it', 'take this', 'take that', 'visit*', 'go to', 'use this', 'use the', 'use our', 'tried', 'take'],
  patterns: [
    String.raw`\b(?:you(?:'ll| will|'d| would)?\s+(?:need|have)\s+to|you\s+(?:should|must|may want to|might want to|can)|please|kindly|i(?:'d| would)\s+(?:suggest|recommend|advise)(?:\s+you)?|(?:it's\s+)?best\s+to|request\s+you\s+to|be\s+sure\s+to)\s*,?\s+(?:to\s+)?${SEND_AWAY}\s+(?:(?:your|the|their|our|a|another|an|other|that|this|its)\s+)?(?:[a-z'-]+\s+){0,3}?${ELSEWHERE}\b`,
    String.raw`\b(?:please\s+|kindly\s+)?use\s+(?:this|the|our)\s+(?:link|form|page)(?:\s+[a-z]+)?\s+to\s+(?:contact|reach|message|get in touch with)\s+(?:us|our \w+|the \w+)\b`,
    String.raw`\b(?:please\s+|kindly\s+)(?:reach out(?:\s+to\s+(?:us|our\s+[a-z]+))?|contact\s+us|get\s+in\s+touch|write\s+to\s+us|email\s+us|message\s+us|call\s+us)\s+(?:at|via|through|using|on|here|by)\b`,
    String.raw`\bhave\s+you\s+tried\s+(?:reporting|contacting|reaching out to|calling|emailing|writing to)\b`,
    String.raw`\byou(?:'ll|\s+will|'d|\s+would)?\s+(?:need|have)\s+to\s+(?:contact|call|ring|phone|email|e-mail|reach out to|get in touch with|speak (?:to|with)|talk to|check with|write to|take (?:it|this|that) up with|raise (?:it|this|that) with|go (?:back )?to)\s+(?!us\b|me\b)[a-z]`,
  ],
  priority: 50,
  message: 'Bare redirection: take ownership of the hand-off instead of sending the customer away.',
  why:
    "Pointing the customer to another team, the carrier or a web form adds a contact, a queue and a retelling of the story. " +
    'A hand-off you make yourself, with a follow-up, is help; "please contact X" is not.',
  suggestions: [
    {
      label: 'Make the hand-off yourself',
      scope: 'sentence',
      text: "I've contacted [team/partner] for you with all the details, and I'll update you by [when] — no need to explain it again.",
    },
    {
      label: 'Give a warm hand-off',
      scope: 'sentence',
      text: "[Team/partner] handles this, so I've opened a case with them (ref [number]); they'll reach you by [when], and I'll check in if they don't.",
    },
  ],
};

/**
 * Whole replies: each `match` must get a flag from the rule, each `allow` must not (tests/unit/analysis/rules.test.ts).
 * Test data only: rules/index.ts imports the rules above, never this table, so it stays out of the content script.
 */
export const examples: RuleExamples = {
  'apology-redirect': {
    match: [
      "I'm really sorry that happened. Please reach out to our team at the link below.",
      "Sorry about the delay, you'll need to contact the carrier.",
      "We're sorry to hear this. Please use this link to contact us.",
      'Apologies for the trouble. Have you tried reporting this to our support team?',
    ],
    allow: [
      "Sorry about the delay. I've contacted the carrier myself and I'll update you by Friday.",
      'Please contact the carrier if you want to change the delivery slot.',
      "I'm sorry this happened. Please contact us via the link so we can look into your account.",
      "Sorry! Please email us at help@example.com with your order number and we'll sort it out.",
    ],
  },
};
