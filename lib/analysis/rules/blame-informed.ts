import type { RuleExamples } from '../rule-examples';
import type { RuleSpec } from '../rule-schema';

/** "We did send it, but it bounced / went to your old address": the reply owns the miss. */
const OWNED_MISS = String.raw`\b(?:but|however|though|although|unfortunately)\b[^.!?\n]{0,80}?\b(?:bounced|never\s+(?:arrived|reached|got\s+to|went\s+out)|didn't\s+(?:arrive|reach|go\s+out)|went\s+to\s+(?:an?\s+|your\s+)?(?:old|wrong|previous|outdated)|wrong\s+address|old\s+address|spam|junk|our\s+(?:mistake|fault|error|side|end)|my\s+(?:mistake|fault|error))\b`;
const EMPHASIS = String.raw`(?:twice|(?:two|three|four|five|several|multiple|many|numerous|countless|\d+)\s+(?:separate\s+)?(?:times|reminders|emails|e-mails|letters|messages|notices|warnings|texts|notifications)|repeatedly|more\s+than\s+once|on\s+(?:several|multiple|numerous|many|two|three|four|five|six|\d+)\s+(?:separate\s+|different\s+)?occasions|well\s+in\s+advance)`;
/** The terms a message told: "the daily rate", "the fees". */
const TERMS = String.raw`(?:[a-z]+\s+)?(?:rate|fee|price|charge|term|polic(?:y|ie)|rule)s?`;
const INFO = String.raw`(?:policy|terms|conditions|instructions|details|information|reminders?|warnings?|notices?|notifications?|letters?|guide|manual|rules|deadline|price\s+change|cancellation\s+policy|returns?\s+policy)`;

/**
 * The information was there and the customer didn't use it: "we did send you three reminders", "we reminded you
 * twice", "the policy was sent to you with your booking", "it's in bold on the first page".
 */
export const blameWasInformed: RuleSpec = {
  id: 'blame-was-informed',
  category: 'customer-blame',
  when: 'always',
  triggers: ['declined', 'refused', 'given', 'gave', 'giving', 'despite', 'received', 'got', 'note', 'advised', 'mind', 'clear', 'clarify', 'told', 'informed', 'warned', 'did', 'twice', 'times', 'reminders', 'emails', 'e-mails', 'letters', 'messages', 'notices', 'warnings', 'texts', 'notifications', 'repeatedly', 'once', 'occasions', 'advance', 'sent', 'emailed', 'e-mailed', 'posted', 'provided', 'communicated', 'explained', 'shown', 'handed', 'mailed', 'texted', 'bold', 'red', 'capitals', 'caps', 'print'],
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
    // The notice the customer had: "you were given 60 days' notice", "giving 60 days notice as required".
    String.raw`\b(?:you\s+were\s+given|we\s+gave\s+you|(?:we|i)\s+(?:had\s+)?(?:already\s+)?given\s+you)\s+(?:\d+|ample|plenty\s+of|sufficient|adequate|enough|two|three|four|six|thirty|sixty|ninety)\s+(?:(?:days|weeks|months)'?\s+)?notice\b|\bgiving\s+(?:you\s+)?\d+\s+(?:days|weeks|months)'?\s+notice\s+as\s+required\b`,
    // "despite letters and calls on 12 occasions", "despite our reminders".
    String.raw`\bdespite\s+(?:(?:our|the|my|several|multiple|numerous|repeated|many|two|three|four|five|\d+)\s+){0,2}(?:reminders?|letters|emails|e-mails|calls|phone\s+calls|warnings|notices|notifications|messages|texts|attempts\s+to\s+(?:contact|reach)\s+you)\b`,
    // Counted reminders the customer "should have received": not the neutral "you should have received an email".
    String.raw`\byou\s+(?:should|would|will)\s+have\s+(?:received|got|had)\s+(?:two|three|four|five|several|multiple|numerous|\d+)\s+(?:reminders?|warnings?|notices?|reminder\s+(?:emails|e-mails|letters|messages|texts)|warning\s+(?:emails|e-mails|letters|messages))\b`,
    // A reminder or warning that should have reached the customer before it happened: "You should have received a
    // reminder email 2 days before." Not "you should have received an email with your tracking number".
    String.raw`\byou\s+should\s+have\s+(?:received|got)\s+(?:a|an|the|our)\s+(?:[a-z-]+\s+)?(?:reminder|warning)\b`,
    // Word of the terms sent when it mattered: "a text was sent when you arrived explaining the daily rate", "a welcome
    // text with the daily rate was sent when you landed"; "you received an email with the reason".
    String.raw`\b(?:text|e-?mail|letter|message)\s+(?:with\s+the\s+${TERMS}\s+was\s+sent|was\s+sent\s+[^.!?\n]{0,30}?\bexplaining\s+the\s+${TERMS})\b`,
    String.raw`\byou\s+(?:received|were\s+sent|got)\s+an?\s+(?:e-?mail|letter|text|message|notice)\s+(?:with\s+the\s+reason|explaining\s+the\s+${TERMS})\b`,
    // What was offered and turned down: "the option of X-rays was offered and declined on the day".
    String.raw`\b(?:offered|recommended|advised|suggested)\s+(?:to\s+you\s+)?and\s+(?:you\s+)?(?:declined|refused)\b`,
    // A reminder of the telling: "please note that we notified you of this change by letter".
    String.raw`\b(?:please\s+note|note|be\s+advised|bear\s+in\s+mind|to\s+be\s+clear|just\s+to\s+(?:be\s+clear|clarify))\s*,?\s+(?:that\s+)?(?:we|i)\s+(?:had\s+|have\s+|did\s+)?(?:already\s+|previously\s+)?(?:notified|informed|told|wrote\s+to|warned|advised|reminded|alerted)\s+you\b`,
    // "We told you on chat last week that the voucher could only be used once."
    String.raw`\b(?:we|i)\s+(?:already\s+|previously\s+)?(?:told|informed|advised|warned)\s+you\s+(?:on|in|by|over|via|during)\s+(?:the\s+|our\s+|my\s+|a\s+)?(?:chat|phone|call|email|e-mail|letter|message|dm|tweet)\b[^.!?\n]{0,30}?\bthat\b(?!\s+(?:we|i|we'd|i'd|we'll|i'll)\b)`,
    String.raw`\b${INFO}\s+(?:(?:of|for)\s+(?:the|your|our)\s+(?:[a-z-]+\s+){0,3})?(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:already|clearly|also|previously|repeatedly)\s+)?(?:sent|emailed|e-mailed|posted|given|provided|communicated|explained|shown|handed|mailed|texted)\s+(?:out\s+)?to\s+you\b(?!\s+(?:again|now|today|just\s+now)\b)`,
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
      "Sorry, we can't change how the trial works. You should have received a reminder email 2 days before.",
      'The option of X-rays was offered and declined on the day, as recorded in the clinical notes.',
      'Roaming is charged daily. A text was sent when you arrived explaining the daily rate.',
      'You received an email with the reason on the date of suspension.',
      'We did email you about the maintenance window.',
      'I reminded you three times that the offer ended on Friday.',
      'The cancellation policy was sent to you with your booking.',
      'The deadline is printed in bold on the first page.',
      'We wrote to you on 3 occasions before applying the charges.',
      'No payments were received from March to July, despite letters and calls on 12 occasions.',
      'You should have received three reminder emails about updating your payment method.',
      'Please note that we notified you of this change by letter dated 1 April.',
      'We told you on chat last week that the voucher could only be used once.',
      "You were given 60 days' notice of the price change.",
      'The terms and conditions of the tenancy deposit scheme were provided to you at the start of your contract.',
    ],
    allow: [
      'You should have received a notification in Creator Studio once the code is ready.',
      'We offered and arranged a replacement on the day.',
      'A text was sent when you arrived with your room number.',
      'You received an email with the tracking link this morning.',
      'An email was sent on Monday explaining the delay.',
      'We did email you, but it went to your old address — I have updated it and resent the invoice.',
      'Your replacement was sent to you this morning by courier.',
      'We texted you twice by mistake — please ignore the duplicate.',
      'The instructions were sent to you just now — check your inbox.',
      'You should have received an email with your tracking number by now.',
      'You should have received two emails from us: the invoice and the tracking link.',
      'Despite our best efforts the parcel is lost, so I have refunded you in full.',
      'We told you on the phone that we would refund you, and the refund went out today.',
      'Please note that we have notified the courier and they will redeliver tomorrow.',
      "We will give you 30 days' notice before any price change.",
    ],
  },
};
