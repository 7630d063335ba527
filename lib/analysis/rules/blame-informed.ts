import type { RuleExamples } from '../rule-examples';
import type { RuleSpec } from '../rule-schema';

/** "We did send it, but it bounced / went to your old address": the reply owns the miss. */
const OWNED_MISS = String.raw`\b(?:but|however|though|although|unfortunately)\b[^.!?\n]{0,80}?\b(?:bounced|never\s+(?:arrived|reached|got\s+to|went\s+out)|didn't\s+(?:arrive|reach|go\s+out)|went\s+to\s+(?:an?\s+|your\s+)?(?:old|wrong|previous|outdated)|wrong\s+address|old\s+address|spam|junk|our\s+(?:mistake|fault|error|side|end)|my\s+(?:mistake|fault|error))\b`;
const EMPHASIS = String.raw`(?:twice|(?:two|three|four|five|several|multiple|many|numerous|countless|\d+)\s+(?:separate\s+)?(?:times|reminders|emails|e-mails|letters|messages|notices|warnings|texts|notifications)|repeatedly|more\s+than\s+once|on\s+(?:several|multiple|numerous)\s+occasions|well\s+in\s+advance)`;
const INFO = String.raw`(?:policy|terms|conditions|instructions|details|information|reminders?|warnings?|notices?|notifications?|letters?|guide|manual|rules|deadline|price\s+change|cancellation\s+policy|returns?\s+policy)`;

/**
 * The information was there and the customer didn't use it: "we did send you three reminders", "we reminded you
 * twice", "the policy was sent to you with your booking", "it's in bold on the first page".
 */
export const blameWasInformed: RuleSpec = {
  id: 'blame-was-informed',
  category: 'customer-blame',
  when: 'always',
  triggers: ['did', 'twice', 'times', 'reminders', 'emails', 'e-mails', 'letters', 'messages', 'notices', 'warnings', 'texts', 'notifications', 'repeatedly', 'once', 'occasions', 'advance', 'sent', 'emailed', 'e-mailed', 'posted', 'given', 'provided', 'communicated', 'explained', 'shown', 'handed', 'mailed', 'texted', 'bold', 'red', 'capitals', 'caps', 'print'],
  sequences: [
    // The emphatic "did": "we did send you", "I did tell you".
    { re: String.raw`\b(?:we|i)\s+did\s+(?:(?:actually|already|clearly|in\s+fact|definitely)\s+)?`, then: 'inform-base', after: String.raw`\s+(?:(?:this|that|it|them)\s+)?(?:to\s+)?you\b` },
    // Counted or early: "we reminded you twice", "I sent you three emails".
    {
      re: String.raw`\b(?:we|i)(?:'ve|\s+have|\s+had)?\s+(?:(?:already|also|repeatedly|previously|actually)\s+)?`,
      then: 'inform-past',
      after: String.raw`\s+you\b[^.!?\n]{0,60}?\b${EMPHASIS}\b(?!\s+(?:by\s+(?:mistake|accident)|in\s+error))`,
    },
  ],
  patterns: [
    String.raw`\b${INFO}\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:already|clearly|also|previously|repeatedly)\s+)?(?:sent|emailed|e-mailed|posted|given|provided|communicated|explained|shown|handed|mailed|texted)\s+(?:out\s+)?to\s+you\b(?!\s+(?:again|now|today|just\s+now)\b)`,
    String.raw`\b(?:is|are|was|were)\b[^.!?\n]{0,60}?\bin\s+(?:bold|red|capitals|caps|block\s+capitals|large\s+print|big\s+letters)\b`,
  ],
  unless: [OWNED_MISS],
  priority: 57,
  message: 'Points out that the customer was told: give the information again, plainly, with the next step.',
  why:
    '"We did send you three reminders" is true and useless: the customer knows now that they missed it and feels ' +
    'foolish. What helps is the information itself and what can still be done.',
  suggestions: [
    { label: 'Give it again, plainly', scope: 'sentence', text: 'Here is the key information: [summary]. Here is what we can do now: {canDo}.' },
    { label: 'Give the next step', scope: 'sentence', text: "Here's how to [do it]: [steps]." },
  ],
};

/**
 * Whole replies: each `match` must get a flag from the rule, each `allow` must not (tests/unit/analysis/rules.test.ts).
 * Test data only: rules/index.ts imports the rules above, never this table, so it stays out of the content script.
 */
export const examples: RuleExamples = {
  'blame-was-informed': {
    match: [
      'We did email you about the maintenance window.',
      'I reminded you three times that the offer ended on Friday.',
      'The cancellation policy was sent to you with your booking.',
      'The deadline is printed in bold on the first page.',
    ],
    allow: [
      'We did email you, but it went to your old address — I have updated it and resent the invoice.',
      'Your replacement was sent to you this morning by courier.',
      'We texted you twice by mistake — please ignore the duplicate.',
      'The instructions were sent to you just now — check your inbox.',
    ],
  },
};
