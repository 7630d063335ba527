import type { RuleExamples } from '../rule-examples';
import type { RuleSpec } from '../rule-schema';
import { CUSTOMER_ROLE_PATTERN } from '../../language/roles';

/** Not after a condition: "if you forgot to…", "in case you ignored…" describe a possibility, not a charge. */
const NOT_CONDITIONAL = String.raw`(?<!\b(?:if|whether|unless|case|when|once|until|before|after)\s)`;
const EXONERATION = String.raw`\b(?:not|isn't|wasn't|is not|was not|never|no|none of (?:this|it) (?:is|was))\s+(?:at all\s+|in any way\s+)?(?:your|the customer's)\s+(?:own\s+)?(?:fault|mistake|error|doing)\b|\bno fault of your own\b|\b(?:did nothing wrong|didn't do anything wrong|did not do anything wrong)\b`;
const ROLE = CUSTOMER_ROLE_PATTERN;

/**
 * The customer as the agent of a fault: "you" + a fault verb ("you ignored the warning", "you chose not to…"),
 * a choice they are reminded they made "yourself", or the duty named as theirs ("it was your job to…").
 */
export const blameCustomerFault: RuleSpec = {
  id: 'blame-customer-fault',
  category: 'customer-blame',
  when: 'always',
  // The fault verbs, "yourself", the duties and the adverbs: "you" alone would run the rule on most sentences.
  triggers: ['failed', 'neglected', 'forgot', 'omitted', 'refused', 'chose', 'decided', 'opted', 'elected', 'bother', 'bothered', 'ignored', 'disregarded', 'overlooked', 'skipped', 'misread', 'misunderstood', 'misused', 'mishandled', 'waited', 'left', 'yourself', 'job', 'duty', 'obligation', 'task', 'onus', 'obviously', 'clearly', 'evidently', 'apparently', 'plainly'],
  sequences: [
    {
      re: String.raw`${NOT_CONDITIONAL}\byou(?:rself)?\s+(?:(?:have|had|then|also|clearly|obviously|evidently|apparently|simply|just|still|completely|totally)\s+){0,2}`,
      then: 'fault',
    },
    { re: String.raw`${NOT_CONDITIONAL}\byou\s+(?:(?:personally|already|actually|originally)\s+)?`, then: 'choice', after: String.raw`[^.!?\n]{0,60}?\byourself\b` },
  ],
  patterns: [
    String.raw`\b(?:it|this|that)(?:'s|\s+is|\s+was|\s+has\s+always\s+been)\s+(?:entirely\s+|solely\s+|always\s+|really\s+)?your\s+(?:own\s+)?(?:job|duty|obligation|task)\s+to\b`,
    String.raw`\bthe\s+onus\s+(?:is|was|lies|lay|rests|rested|falls|fell)\s+(?:entirely\s+|squarely\s+|solely\s+|firmly\s+)?(?:on|with|upon)\s+(?:you|the\s+${ROLE})\b`,
    // "which you obviously didn't see": the adverb says the customer should have.
    String.raw`\byou\s+(?:obviously|clearly|evidently|apparently|plainly)\s+(?:didn't|did\s+not|haven't|have\s+not|hadn't|had\s+not|never|don't|do\s+not|weren't|were\s+not|can't|cannot|couldn't)\b`,
  ],
  unless: [EXONERATION],
  priority: 58,
  message: 'Casts the customer as the one at fault: say what happened neutrally and what happens next.',
  why:
    '"You ignored the warning" or "you authorised this yourself" may be accurate, but it puts the customer on trial. ' +
    'They defend themselves instead of working with you; the neutral facts plus the next step get the same result.',
  suggestions: [
    { label: 'State it neutrally', scope: 'sentence', text: 'Here is what happened: [neutral facts]. Here is what we can do now: {canDo}.' },
    { label: 'Give the next step', scope: 'sentence', text: "Here's how to [do it]: [steps]." },
  ],
};

/**
 * Obligations and contracts held against the customer when the reply offers nothing else: "you are expected to
 * monitor your usage", "clause 7.2 of the agreement you signed", "you selected standard shipping, so the fee
 * stands". With help in the reply these are neutral instructions or diagnoses ("you're required to show ID —
 * bring your passport"), so the rule only fires when the reply gives no help.
 */
export const blameObligation: RuleSpec = {
  id: 'blame-obligation',
  category: 'customer-blame',
  when: 'no-help',
  // The duties, the contracts and the adverse consequences.
  triggers: ['expected', 'required', 'supposed', 'obliged', 'obligated', 'meant', 'responsible', 'must', 'has to', 'have to', 'needs to', 'need to', 'clause', 'section', 'paragraph', 'article', 'agreement', 'contract', 'lease', 'terms', 'policy', 'conditions', 'form', 'quote', 'quotation', 'mandate', 'schedule', 'wording', 't&cs', 'stand', 'stands', 'apply', 'applies', 'valid', 'binding', 'final', 'non-refundable', 'nonrefundable', 'covered', 'refundable', 'eligible', 'liable', 'yours', 'cost', 'expense', 'risk', 'problem', 'can\'t', 'cannot', 'won\'t', 'will not', 'unable', 'able', 'refund', 'refunds', 'compensation', 'exception', 'exceptions', 'correct', 'due', 'payable', 'owed', 'forfeit', 'forfeited', 'void'],
  patterns: [
    // The same duty put on the customer's role: "students are required to…", "passengers are expected to…".
    String.raw`\b(?:all\s+)?${ROLE}s\s+(?:are|were)\s+(?:always\s+|clearly\s+|therefore\s+)?(?:required|expected|obliged|obligated|supposed|responsible\s+for)\s+(?:to\s+)?(?!be\s+(?:charged|billed|sent|given|offered|refunded|contacted|notified|told|able)\b)[a-z]+`,
    // One customer by role: "the user is responsible for keeping…", "customer have to read the conditions before…".
    String.raw`\b(?:the|a|each|every|any)\s+${ROLE}\s+(?:is|was)\s+(?:always\s+|solely\s+|fully\s+|therefore\s+)?(?:required|expected|obliged|obligated|supposed|responsible\s+for)\s+(?:to\s+)?(?!nothing\b|be\s+(?:charged|billed|sent|given|offered|refunded|contacted|notified|told|able)\b)[a-z]+`,
    String.raw`\b(?:(?:the|a|each|every|all)\s+)?${ROLE}s?\s+(?:has|have|must|needs?)\s+(?:to\s+)?(?:always\s+|first\s+)?(?:read|check|follow|verify|ensure|make\s+sure|review)\b`,
    String.raw`\byou(?:'re|\s+are)\s+(?:always\s+|also\s+|still\s+|therefore\s+)?(?:expected|required|supposed|obliged|obligated|meant)\s+to\s+(?!be\s+(?:charged|billed|sent|given|offered|refunded|contacted|notified|told|able)\b|receive\b|get\b|see\b|hear\b|have\s+(?:received|got|been)\b)[a-z]+`,
  ],
  sequences: [
    // "clause 7.2 of the agreement", "section 4(b) of your lease".
    { re: String.raw`\b(?:clause|section|paragraph|article|term|condition)\s+\d+(?:\.\d+)*(?:\s*\([a-z0-9]+\))?\s+of\s+(?:the|your|our|this)\s+`, then: 'contract' },
    // "you signed the proposal form", "you accepted the quote".
    {
      re: String.raw`\byou\s+(?:have\s+|had\s+|already\s+)?(?:signed|accepted|agreed\s+to|initialled|approved|consented\s+to|read\s+and\s+accepted)\s+(?:the|our|your|this|these|a)\s+`,
      then: 'contract',
    },
    // "the agreement you signed", "the terms that you accepted".
    {
      re: String.raw`\b(?:the|your|our|this)\s+`,
      then: 'contract',
      after: String.raw`\s+(?:that\s+|which\s+)?you\s+(?:have\s+|had\s+)?(?:signed|accepted|agreed\s+to|initialled|approved|consented\s+to|read\s+and\s+accepted|confirmed)\b`,
    },
    // "the rental agreement states that…".
    {
      re: String.raw`\b(?:the|your|our|this)\s+`,
      then: 'contract',
      after: String.raw`\s+(?:clearly\s+|explicitly\s+|expressly\s+)?(?:states|stipulates|specifies|requires|sets\s+out|makes\s+(?:it\s+)?clear)\s+that\b`,
    },
    // A choice the customer made, then an adverse consequence: "you picked standard shipping, so the fee stands".
    {
      re: String.raw`(?<!\b(?:if|whether|unless|case|when|once|as|since)\s)\byou(?:'ve|\s+have|\s+had|\s+already|\s+originally|\s+personally)?\s+`,
      then: 'choice',
      after: String.raw`[^.!?\n;]{0,80}?(?:,\s*|\s)(?:so|therefore|hence|thus|which\s+(?:is\s+why|means|makes)|meaning|and\s+(?:so|therefore|thus))\b[^.!?\n]{0,60}?\b(?:stands?|appl(?:y|ies)|valid|binding|final|non-?refundable|not\s+(?:covered|refundable|eligible|liable|responsible)|can(?:not|'t)\s+be\s+(?:held|refunded|reversed|reinstated|undone|cancell?ed)|(?:is|are)\s+yours|yours\s+to|at\s+your\s+(?:own\s+)?(?:cost|expense|risk)|your\s+(?:own\s+)?(?:cost|expense|responsibility|problem)|we\s+(?:can't|cannot|won't|will\s+not|are\s+unable|aren't\s+able)|no\s+(?:refunds?|compensation|exceptions?)|(?:is|are|was|were)\s+(?:correct|due|payable|owed)|liable|forfeit(?:ed)?|void)\b`,
    },
  ],
  unless: [EXONERATION],
  priority: 56,
  message: 'Holds an obligation or a contract against the customer without helping: explain it and give the option that is left.',
  why:
    'Quoting the clause they signed or the duty they had wins the argument and leaves the customer stuck. The same ' +
    'facts next to what they can do now read as information, not as a verdict.',
  suggestions: [
    { label: 'Explain and offer', scope: 'sentence', text: 'Here is how this works: [plain explanation]. Here is what I can do: {canDo}.' },
    { label: 'Give the next step', scope: 'sentence', text: "Here's how to [do it]: [steps]." },
  ],
};

/**
 * Whole replies: each `match` must get a flag from the rule, each `allow` must not (tests/unit/analysis/rules.test.ts).
 * Test data only: rules/index.ts imports the rules above, never this table, so it stays out of the content script.
 */
export const examples: RuleExamples = {
  'blame-customer-fault': {
    match: [
      'You disregarded the low-battery warning for a week.',
      'You chose not to add insurance at checkout.',
      'You authorised the transfer yourself in the app.',
      'It was your job to check the delivery address.',
      'The onus is on the tenant to report leaks.',
      'The code was in the email, which you obviously didn’t open.',
    ],
    allow: [
      "If you ignored the first email, no problem — here's the link again: example.com/verify.",
      "You didn't do anything wrong — you ignored nothing, the alert never fired. I've fixed it.",
      'You can change it yourself in Settings > Address, or I can do it for you.',
      "It's your call whether to keep it or return it; the label is attached either way.",
      'We failed to send the reminder, and I have waived the late fee.',
    ],
  },
  'blame-obligation': {
    match: [
      'You are expected to check your statements every month.',
      'We refer you to clause 9.1 of the service agreement.',
      'The booking conditions you accepted do not allow name changes.',
      'You selected the basic plan, so the overage fee applies.',
      'The tenancy agreement clearly states that pets are not allowed.',
      'Passengers are required to check in 45 minutes before departure.',
      'The account holder is responsible for keeping the password secret.',
      'The buyer has to check compatibility before ordering. No returns for that.',
    ],
    allow: [
      "You're required to verify your identity first: tap Verify in the app and hold your ID up to the camera.",
      "You're expected to be charged £12 on the 1st — that's the prorated amount.",
      'You selected the basic plan, so the overage fee applies — I have waived it this once.',
      'Under clause 9.1 of the agreement you can cancel at any time, so I have cancelled it for you.',
      'Passengers are required to carry a passport: you can upload a photo of it in the app under Trips > Documents.',
      'The cardholder must verify the payment: tap Approve in your banking app and the order goes through.',
      'The user is responsible for nothing here; we have reversed the charge.',
    ],
  },
};
