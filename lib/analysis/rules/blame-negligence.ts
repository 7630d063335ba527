import type { RuleExamples } from '../rule-examples';
import type { RuleSpec } from '../rule-schema';

/** "you didn't / did not / never / failed to <an act>": the customer's own omission (not receiving, liking or wanting). */
const OMITTED = String.raw`(?<!\b(?:which|that|what|things|ones|anything|if|whether|unless)\s)\byou\s+(?:clearly\s+|simply\s+)?(?:didn't|did\s+not|never|failed\s+to)\s+(?!(?:receive|get|hear|see|like|love|want|mean|need|know|think|have|do\s+anything\s+wrong)\b)[a-z]+\b`;

/** Accusing the customer of not doing, or botching, what they were meant to do. */
export const blameNegligence: RuleSpec = {
  id: 'blame-negligence',
  category: 'customer-blame',
  when: 'always',
  triggers: ['receive', 'received', 'get', 'got', 'may', 'might', 'failed', 'neglected', 'forgot', 'forgotten', 'omitted', 'didn\'t', 'did not', 'never', 'haven\'t', 'have not', 'must', 'must\'ve', 'probably', 'clearly', 'obviously', 'apparently', 'ignored', 'overlooked', 'skipped', 'misread', 'misunderstood', 'are you sure', 'did you', 'only', 'wasn\'t', 'was not', 'weren\'t', 'were not', 'hadn\'t been', 'had not been'],
  patterns: [
    // The customer's lapse told as what we never got: "as we did not receive a rejection from you, the new rate took effect".
    String.raw`\b(?:as|since|because)\s+(?:we|i)\s+(?:did\s+not|didn't|never|have\s+not|haven't|had\s+not|hadn't)\s+(?:receive[d]?|get|got|gotten)\s+(?:a|an|any|the|your)?\s*(?:[a-z-]+\s+)?(?:rejection|objection|cancell?ation|notice\s+to\s+cancel|opt-out)\s+(?:request\s+)?from\s+you\b`,
    String.raw`\byou\s+(?:have\s+|had\s+|clearly\s+|obviously\s+|simply\s+)?(?:failed|neglected|forgot|forgotten|omitted)\s+to\b`,
    String.raw`\byou\s+(?:clearly\s+|obviously\s+|simply\s+|probably\s+|apparently\s+)?(?:didn't|did not|never)\s+(?:bother(?:ed)?\s+to\s+|even\s+|actually\s+|properly\s+|carefully\s+)?(?:follow|read|check|pay attention|back up|look at|notice|listen)\b`,
    String.raw`\byou\s+(?:haven't|have not)\s+(?:even\s+|actually\s+|properly\s+|carefully\s+)?(?:followed|read|bothered)\b`,
    String.raw`\byou\s+(?:must\s+have|must've|probably|clearly|obviously|apparently)\s+(?:have\s+)?(?:missed|ignored|skipped|overlooked|misread|misunderstood|deleted|entered|typed|clicked|disabled|turned off|forgot|forgotten)\b`,
    String.raw`\byou\s+(?:ignored|overlooked|skipped|misread|misunderstood)\s+(?:the|our|my|a|an|this|that|it|step|instructions|what)\b`,
    // Softened, but still "you didn't read it": "you may have missed the part of the email that explains…".
    String.raw`\byou\s+(?:may|might)\s+(?:have\s+)?(?:missed|overlooked|skipped|misread|misunderstood|not\s+(?:read|noticed|seen))\s+(?:the\s+)?(?:part|section|bit|line|paragraph|sentence|note|step|warning|notice|small print|fine print|instructions|terms|details)\b(?!\s+(?:because|as|since)\b)`,
    String.raw`\bare\s+you\s+sure\s+you\s+(?:didn't|did not|haven't|have not|did|have|read|followed|checked|saw)\b`,
    String.raw`\bdid\s+you\s+(?:even|actually|really|bother\s+to|ever)\s+(?:read|try|check|look|follow|open|bother)\b`,
    // The fault happens only when a step the customer owns was not done: "this only happens if the guide wasn't followed".
    String.raw`\bonly\s+(?:ever\s+)?(?:happens|occurs|appears|shows\s+up|comes\s+up|happened|occurred)\s+(?:if|when)\s+[^.!?\n]{0,40}?\b(?:wasn't|weren't|isn't|aren't|was\s+not|were\s+not|is\s+not|are\s+not|hasn't\s+been|haven't\s+been)\s+(?:properly\s+|correctly\s+|fully\s+)?(?:followed|read|completed|done|installed|updated|entered|charged|set\s+up|configured|registered|activated|plugged\s+in|paired)\b`,
    // The customer's omission told with its consequence or a deadline they missed: "you didn't complete the 3D Secure
    // step, so the seats were released", "you did not collect it from the depot within 7 days". Not what the customer
    // received or wanted, not "…so I've resent it" (our act follows), not a relative clause ("the ones you didn't like").
    String.raw`${OMITTED}[^.!?\n]{0,60}?,?\s+(?:so|therefore|which\s+is\s+why|that's\s+why|and\s+as\s+a\s+result)\s+(?!(?:i|we)\b|i'|we')`,
    String.raw`${OMITTED}[^.!?\n]{0,60}?\b(?:within\s+(?:the\s+)?(?:\d+|[a-z]+)\s*(?:days?|hours?|weeks?|months?|h)\b|in\s+time\b|(?:before|by)\s+the\s+(?:deadline|due\s+date|cut-?off))`,
    // The same lapse in the passive, given as the reason: "you were charged because the subscription wasn't cancelled
    // before the renewal date". Not under a condition ("if it isn't cancelled before…" is how renewal works).
    String.raw`\b(?:because|as|since)\s+(?!(?:we|i|our|my)\b)[^.!?\n]{0,60}?\b(?:wasn't|was\s+not|weren't|were\s+not|hadn't\s+been|had\s+not\s+been)\s+(?:cancell?ed|returned|collected|paid|submitted|claimed|redeemed|picked\s+up|registered)\s+(?:before|by|within|in\s+time|on\s+time|prior\s+to)\b(?![^.!?\n]{0,40}?\bby\s+(?:us|our|me|my)\b)`,
  ],
  unless: [
    String.raw`\b(?:if|in case|whether|unless)\s+you\s+(?:haven't|have not|didn't|did not|never|forgot)\b`,
    String.raw`\b(?:did nothing wrong|didn't do anything wrong|did not do anything wrong|not your fault)\b`,
  ],
  priority: 65,
  message: 'Accuses the customer of carelessness: describe the fix, not their failure.',
  why:
    '"You failed to…" and "you didn\'t follow…" put the customer on trial. Even when it\'s accurate, it makes them ' +
    'defend themselves instead of working with you, and the reply still has to explain what to do.',
  suggestions: [
    { label: 'State the missing step neutrally', scope: 'sentence', text: 'One step is still needed: [step]. Here is how: [steps].' },
    { label: 'Offer to do it with them', scope: 'sentence', text: "The [step] didn't go through — I can [do it for you / walk you through it] now." },
  ],
};

/**
 * Whole replies: each `match` must get a flag from the rule, each `allow` must not (tests/unit/analysis/rules.test.ts).
 * Test data only: rules/index.ts imports the rules above, never this table, so it stays out of the content script.
 */
export const examples: RuleExamples = {
  'blame-negligence': {
    match: [
      "You failed to update the app, so of course it crashes.",
      "You didn't follow the setup guide.",
      'You must have missed the confirmation screen.',
      'Did you even read the description?',
      'Are you sure you didn’t see the close button?',
      'You may have missed the section of the guide that covers this.',
      "This only happens if the setup guide wasn't followed. Please go back to step 3.",
      'As we did not receive a rejection from you, the new rate took effect on 1 June.',
      // An omission with its consequence, or with the deadline it missed.
      "You didn't complete the 3D Secure step, so the seats were released.",
      'You never confirmed your email address, so the account was never activated.',
      'Our records show you did not rebook the delivery or collect it from the depot within 7 days.',
      "Unfortunately you didn't register the product in time.",
      // The lapse in the passive, given as the reason.
      "Hi, you were charged because the subscription wasn't cancelled before the renewal date.",
      'The parcel went back to the sender as it was not collected within 7 days.',
    ],
    allow: [
      "If you haven't updated yet, tap Update in the Play Store.",
      "You didn't do anything wrong — the update removed that setting.",
      'You failed? No worries, the payment page timed out for many people today.',
      "Did you receive the code? If not, I'll resend it.",
      "You may have missed our email because it landed in Promotions — I've resent it.",
      'This only happens when the app is open in two tabs; the fix ships in 4.2.',
      "As we didn't receive the parcel from the courier, I have sent a replacement.",
      "Since we haven't received a response from you, I'll keep the ticket open for another week.",
      // What the customer did not receive or want, an omission under a condition, or our own act as the consequence.
      "You didn't get the confirmation email, so I've sent it again.",
      "You didn't receive the code within 5 minutes, so we're looking into the SMS provider.",
      "If you didn't mean to renew, we can refund it since it's within 48 hours.",
      "Tell us which things you didn't like, so we can change them in time.",
      "You didn't do anything wrong, so there's no charge.",
      // A condition (how renewal works), or our own lapse.
      "If the subscription isn't cancelled before the renewal date, it renews automatically. Tap Cancel in Settings to stop it.",
      'We are sorry: your refund was delayed because it was not submitted before the cut-off by our team. It is on its way now.',
    ],
  },
};
