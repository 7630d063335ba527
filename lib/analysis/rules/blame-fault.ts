import type { RuleExamples } from '../rule-examples';
import type { RuleSpec } from '../rule-schema';

const EXONERATION = String.raw`\b(?:not|isn't|wasn't|is not|was not|never|no|none of (?:this|it) (?:is|was))\s+(?:at all\s+|in any way\s+|remotely\s+|even\s+)?(?:your|the customer's)\s+(?:own\s+)?(?:fault|mistake|error|doing)\b|\bno fault of your own\b|\b(?:did nothing wrong|didn't do anything wrong|not on your (?:end|side))\b`;
const DEVICE = String.raw`(?:device|phone|handset|computer|pc|mac|laptop|tablet|browser|network|connection|internet|wi-?fi|router|settings|setup|set-up|system|bank|provider|carrier|antivirus|firewall)`;

/** Saying outright that the problem is the customer's doing. */
export const blameUserError: RuleSpec = {
  id: 'blame-user-error',
  category: 'customer-blame',
  when: 'always',
  triggers: ['user', 'operator', 'human', 'pebkac', 'end', 'side', 'lies', 'rests', 'wrong', 'incorrect', 'invalid', 'on you', 'rtfm', 'fault', 'mistake', 'negligence', 'carelessness', 'oversight', 'caused', 'created', 'broke', 'messed', 'part', 'device', 'phone', 'handset', 'computer', 'pc', 'mac', 'laptop', 'tablet', 'browser', 'network', 'connection', 'internet', 'wifi', 'wi-fi', 'router', 'settings', 'setup', 'set-up', 'system', 'bank', 'provider', 'carrier', 'antivirus', 'firewall'],
  patterns: [
    String.raw`\b(?:user|operator|human)\s+error\b|\bpebkac\b`,
    String.raw`\b(?:the\s+|this\s+|that\s+|your\s+)?(?:problem|issue|fault|error|mistake)\s+(?:is|was|lies|seems to be|appears to be|is clearly|is definitely)\s+(?:clearly\s+|entirely\s+|definitely\s+)?(?:on|at|with|in)\s+your\s+(?:end|side)\b`,
    String.raw`\b(?:your|the customer's|the user's)\s+(?:own\s+)?(?:fault|mistake|negligence|carelessness|oversight)\b`,
    String.raw`\b(?:caused|created)\s+by\s+(?:you|yourself)\b(?!')`,
    String.raw`\byou\s+(?:caused|broke|messed up)\s+(?:it|this|that|the)\b`,
    String.raw`\b(?:due to|because of|caused by|a result of)\s+your\s+(?:own\s+)?(?:mistake|error|negligence|carelessness|oversight|misuse|incorrect|wrong|failure)\b`,
    String.raw`\b(?:mistake|error|oversight|negligence)\s+on\s+your\s+part\b`,
    String.raw`\b(?:problem|issue|fault|error|blame)\s+(?:lies|rests)\s+(?:entirely\s+|squarely\s+|solely\s+)?(?:with|in|on)\s+(?:you|your)\b`,
    String.raw`\bfault\s+(?:is|was)\s+(?:with|in|on)\s+your\b`,
    String.raw`\byou(?:'re|\s+are)\s+(?:using|doing)\s+it\s+wrong\b|\byou\s+must\s+be\s+doing\s+something\s+wrong\b|\bthat(?:'s|\s+is)\s+on\s+you\b|\brtfm\b`,
    String.raw`\byou\s+(?:have\s+)?(?:entered|typed|chose|chosen|picked|selected|gave us|provided|ordered|bought|booked)\s+(?:the\s+|a\s+|an\s+)?(?:wrong|incorrect|invalid)\b`,
    String.raw`\b(?:an?\s+)?(?:issue|problem|fault|bug)\s+(?:is\s+|lies\s+|was\s+)?(?:with|on|in|of)\s+your\s+(?:own\s+)?${DEVICE}\s*,?\s*(?:and\s+)?not\s+(?:with\s+|in\s+|on\s+)?(?:the\s+|our\s+|my\s+)?[a-z]+`,
    String.raw`\b(?:mistake|error|fault|problem)\s+(?:was|is)\s+(?:entirely\s+|all\s+)?yours\b`,
  ],
  // A test with two outcomes: "If it stays stable on the test socket, the fault is in your internal wiring. If it
  // still drops, it's on the line" diagnoses; it does not blame.
  unless: [EXONERATION, String.raw`\bif\b[^.!?\n]{3,80},\s*(?:then\s+)?(?:the\s+)?(?:fault|problem|issue)\s+(?:is|lies)\s+(?:in|with|on|at)\s+your\b`],
  priority: 75,
  message: "Blames the customer for the problem: diagnose neutrally and give the fix.",
  why:
    '"User error" and "the problem is on your end" tell the customer they are the problem. Whether or not it is true, ' +
    'they stop listening; a neutral diagnosis with the fix gets the same result without the insult.',
  suggestions: [
    {
      label: 'Neutral diagnosis + fix',
      scope: 'sentence',
      text: "This can happen when [cause] — here's how to fix it: [steps].",
    },
    { label: 'Fix it together', scope: 'sentence', text: "Let's get this working: [first step], and I'll stay on this until it's sorted." },
  ],
};

/** Disclaiming responsibility: "that's not our fault", "we're not responsible". */
export const blameDeflection: RuleSpec = {
  id: 'blame-deflection',
  category: 'customer-blame',
  when: 'always',
  triggers: ['intended', 'designed', 'it should', 'correct', 'accurate', 'valid', 'responsible', 'liable', 'accountable', 'blame', 'fault', 'problem', 'responsibility', 'concern', 'doing', 'issue', 'bug', 'nothing', 'held', 'end', 'side', 'not us', 'not by us', 'not from us', 'not me', 'not our', 'not the app'],
  patterns: [
    String.raw`(?:\bnot|n't)\s+(?:our|my)\s+(?:fault|problem|responsibility|concern|doing|issue)\b`,
    String.raw`\bnot\s+(?:a|the)\s+(?:fault|problem|issue|bug)\s+(?:of|with|in|on)\s+(?:the|our|my)\s+(?:app|application|product|service|software|system|site|website|side|end|platform|team|company)\b`,
    // "not a fault with TimeTune", "not a fault from the app": "fault" alone names blame, whatever the product is called.
    String.raw`\bnot\s+(?:a|the)\s+fault\s+(?:of|with|in|on|from)\s+(?:the\s+|our\s+|my\s+)?[a-z0-9]+`,
    String.raw`\bnot\s+(?:the|our|my)\s+(?:app|application|product|service|software|system|site|website|platform|team|company)'s\s+fault\b`,
    String.raw`\b(?:we|i)(?:'re|'m|\s+are|\s+am)\s+not\s+(?:responsible|liable|accountable|to blame)\s+for\b`,
    String.raw`\b[a-z0-9]+\s+(?:is|are)\s+not\s+responsible\s+for\s+(?:the|your|any|this|that)\b`,
    String.raw`\bnothing\s+to\s+do\s+with\s+(?:us|me|our\s+[a-z]+)\b`,
    String.raw`\b(?:we|i)\s+(?:can't|cannot|can not)\s+be\s+held\s+(?:responsible|liable|accountable)\b`,
    // "… isn't something we can be held responsible for".
    String.raw`\b(?:isn't|is\s+not|wasn't|was\s+not)\s+(?:something|anything)\s+(?:that\s+)?(?:we|i)\s+(?:can|could)\s+be\s+held\s+(?:responsible|liable|accountable)\b`,
    String.raw`\b(?:isn't|is\s+not|wasn't|was\s+not)\s+(?:something|anything)\s+(?:that\s+)?(?:we|i)(?:'re|'m|\s+are|\s+am|\s+were|\s+was)\s+(?:responsible|liable|accountable)\s+for\b`,
    // The customer's doing as the cause, set against ours: "caused by the app you installed, not by us", "it's your router that drops it, not our servers".
    String.raw`\b(?:caused\s+by|because\s+of|due\s+to|comes?\s+from|coming\s+from|(?:it|this|that)(?:'s|\s+is|\s+was))\s+[^.!?\n,]{0,50}?\b(?:you|your)\b[^.!?\n,]{0,50},\s*not\s+(?:by\s+|from\s+|with\s+)?(?:us|me|our\s+[a-z]+|the\s+(?:app|service|product|site|website|system))\b`,
    String.raw`\bthere(?:'s| is)\s+nothing\s+wrong\s+(?:with|on)\s+(?:the|our|my)\s+(?:app|application|product|service|software|system|site|website|side|end)\b`,
    String.raw`\b(?:isn't|is not)\s+(?:on|at)\s+our\s+(?:end|side)\b`,
    String.raw`\b(?:app|application|product|service|software|system|site|website|feature|platform|game|device|update)\s+(?:is\s+)?(?:works?|working|functions?|functioning|behaves|behaving|operates|operating)\s+(?:exactly\s+|perfectly\s+)?as\s+(?:intended|designed|it should)\b(?!\s*,?\s+(?:once|after|when|if|with|now|again)\b)`,
    String.raw`\b(?:charge|fee|bill|invoice|amount|price)\s+(?:is|was)\s+(?:correct|accurate|valid)\s*(?:[.;!]|$|,?\s+(?:and|so)\s+(?:there(?:'s|\s+is)\s+nothing|we\s+(?:can't|cannot|won't)|no\s+(?:further\s+)?action))`,
    String.raw`\b(?:don't|do not|can't|cannot)\s+blame\s+(?:us|me|the\s+(?:app|company|store|shop|team))\b`,
    String.raw`\b(?:we|i)(?:'re|'m|\s+are|\s+am)\s+not\s+(?:liable|accountable)\b`,
  ],
  priority: 70,
  message: 'Deflects responsibility: own the next step even when the cause is elsewhere.',
  why:
    'The customer did not write to find out whose fault it is; "not our fault" sounds like "not our problem" and leaves ' +
    'them to sort it out alone. Saying what causes it and what you will do about it keeps them on your side.',
  suggestions: [
    {
      label: 'Explain the cause, own the next step',
      scope: 'sentence',
      text: "This comes from [cause], and here's how we can get it working: [steps].",
    },
    { label: 'Offer what you can do', scope: 'sentence', text: "Even though [cause] is outside our app, here's what I can do: {canDo}." },
  ],
};

/**
 * Whole replies: each `match` must get a flag from the rule, each `allow` must not (tests/unit/analysis/rules.test.ts).
 * Test data only: rules/index.ts imports the rules above, never this table, so it stays out of the content script.
 */
export const examples: RuleExamples = {
  'blame-user-error': {
    match: [
      'This is user error.',
      'The problem is on your end, not ours.',
      'Unfortunately this is an issue with your device not our app.',
      'That was your own mistake when ordering.',
      'The line tests fine. The fault is in your internal wiring, so it is a job for your electrician.',
    ],
    allow: [
      "Plug the router into the test socket. If the internet stays stable there for an hour, the fault is in your internal wiring. If it still drops, it's on the line.",
      "This isn't your fault — our payment page timed out.",
      'The problem was on our end and it is fixed now.',
      "Your phone's storage looks full — here's how to free some space: Settings > Storage > Clean up.",
      'No action is needed on your part.',
    ],
  },
  'blame-deflection': {
    match: [
      "It's not our fault the package was late.",
      'This happens because the device blocks background tasks, it is not a fault with the app.',
      "Your phone's battery saver stops the alarm, it's not a fault with TimeKeeper.",
      "The device is blocking our notifications, it's not the app's fault.",
      'We are not responsible for delays caused by customs.',
      'The outage has nothing to do with us.',
      '@user The crash was caused by the launcher you installed, not by us. ^AB',
      "It's your modem that keeps dropping the signal, not our network.",
      'Hi, this isn\'t our fault. Your bank declined the payment. Please contact your bank.',
      'The problem with sound we think is coming from your bluetooth headset, not our app.',
      "Parcels left unattended at your request isn't something we can be held responsible for.",
      "Your internet connection is too slow for video calls, which isn't something we're responsible for.",
      'The app works as intended.',
      'The charge is correct and there is nothing we can change.',
    ],
    allow: [
      "It's not your fault at all — I've reset the account for you.",
      'This was our mistake, and I have refunded the charge.',
      'Your photos are stored on your phone, not our servers.',
      'This was caused by our update, not by anything you did, and I have rolled it back.',
      "It's your call, not ours: both plans include the same support.",
      'Not a problem! Your replacement ships today.',
      "This isn't our usual delivery time, and I've refunded the shipping.",
      'The hum is coming from the power adapter we sent you, so I have shipped a new one.',
      "There's nothing wrong with asking twice — here's the tracking link again for convenience.",
      'The app works as intended once the update is installed: tap Update in the App Store.',
      "I've restarted the service and the site is working as it should again.",
      'The charge is correct for the annual plan, but I can switch you to monthly and refund the difference.',
    ],
  },
};
