import type { RuleExamples } from '../rule-examples';
import type { RuleSpec } from '../rule-schema';
import { ADDRESSEES } from './fragments';

const ADVERB = String.raw`(?:really|simply|just|clearly|obviously|easily|first|at least|probably|definitely|honestly|always|already)`;
const PAST_ACTION = String.raw`(?:read|checked|looked|followed|contacted|emailed|called|asked|told us|backed up|saved|updated|waited|paid (?:more )?attention|noticed|reviewed|double-?checked|used|tried|reached out|kept|made sure|selected|entered|reported|provided|filled (?:in|out)|submitted|chosen|opened|clicked|installed|downloaded|registered|bothered|listened|taken the time|looked at)`;

const HOW_TO = [
  { label: 'Give the next step', scope: 'sentence' as const, text: "Here's how to [do it]: [steps]." },
  {
    label: 'Fix it together',
    scope: 'sentence' as const,
    text: "Let's get this sorted: [first step]. If that doesn't do it, reply here and I'll [what you'll do].",
  },
];

/** Lecturing the customer about what they should (or could) have done. */
export const blameShouldHave: RuleSpec = {
  id: 'blame-should-have',
  category: 'customer-blame',
  when: 'always',
  triggers: ['should', 'should\'ve', 'shouldn\'t', 'could', 'could\'ve', 'ought', 'supposed', 'if you', 'had you', 'if you had', 'you\'d', 'you would'],
  sequences: [
    {
      re: String.raw`\byou\s+(?:${ADVERB}\s+){0,2}(?:should(?:'ve|\s+(?:${ADVERB}\s+){0,2}have)|shouldn't\s+have|should\s+not\s+have|ought\s+to\s+have|ought(?:n't|\s+not)\s+to\s+have|could(?:'ve|\s+(?:${ADVERB}\s+){0,2}have)|were\s+supposed\s+to(?:\s+have)?)\s+(?:${ADVERB}\s+){0,2}`,
      then: 'lecture-verb',
    },
  ],
  patterns: [
    String.raw`\b(?:if\s+you(?:'d|\s+had)|had\s+you)\s+(?:simply\s+|just\s+|only\s+|actually\s+|bothered\s+to\s+|taken\s+the\s+time\s+to\s+|properly\s+|carefully\s+)?${PAST_ACTION}\b`,
    String.raw`\bif\s+you\s+(?:had\s+)?(?:bothered|cared)\s+to\b`,
    // A counterfactual about the customer's past with its consequence: "had you X…, Y would(n't) have…".
    String.raw`\b(?:if\s+you(?:'d|\s+had)|had\s+you)\s+(?:(?:simply|just|only|actually|properly|carefully|not|never)\s+)?(?!like\b|prefer\b|rather\b|want\b|been\s+(?:charged|billed|affected|given|sent|told\s+by))[a-z]+(?:\s+[a-z'-]+){0,10}?\s*,?\s+(?:you|it|this|that|we|they|the\s+[a-z]+(?:\s+[a-z]+)?|your\s+[a-z]+)(?:'d|\s+would|\s+could|\s+might)(?:n't|\s+not)?\s+(?:have|already|know|be)\b`,
    String.raw`\bif\s+you\s+(?:simply\s+|just\s+|actually\s+)?(?:read|check|checked|looked at|follow|followed)\s+(?:the|our|my)\b[^.!?\n]{0,60}?\byou(?:'d|\s+would)\s+(?:know|have|see|understand|find)\b`,
    String.raw`\byou(?:'d|\s+would)\s+(?:already\s+)?(?:know|have known|have seen|have noticed|have read)\s+(?:this|that|it)\b`,
  ],
  priority: 72,
  message: 'Lecture about what the customer should have done: give the next step instead.',
  why:
    'The customer cannot change the past. "You should have…" assigns blame, makes them defensive and still leaves the ' +
    'problem unsolved; telling them what to do now fixes it and teaches the same lesson without the sting.',
  suggestions: HOW_TO,
};

/** "Next time, please…": a lecture about future behaviour in place of help with the present problem. */
export const blameNextTime: RuleSpec = {
  id: 'blame-next-time',
  category: 'customer-blame',
  when: 'always',
  triggers: ['next time', 'why', 'future', 'going forward', 'from now on', 'before', 'reference', 'make sure', 'ensure', 'be sure', 'remember', 'this time'],
  patterns: [
    String.raw`\bnext\s+time\s*,\s*(?:please\s+|you\s+(?:should|need to|must|have to|will need to)\s+|make sure|be sure|try to|remember to|read|check|double-?check|ensure|do|contact|follow|don't|do not)`,
    String.raw`\bnext\s+time\s+(?:please|make sure|be sure|try to|remember to|read|double-?check|ensure|you\s+(?:should|must|ought))\b`,
    String.raw`\b(?:in\s+(?:the\s+)?future|going\s+forward|from\s+now\s+on|for\s+(?:future|your)\s+reference)\s*,?\s+(?:please\s+|kindly\s+)?(?:make sure|be sure|remember|read|check|double-?check|ensure|try to|avoid|don't|do not|you\s+(?:should|need to|must|have to|will need to)|contact\s+(?:us|me)\s+(?:first|before|directly))\b`,
    // "Please make sure to read the docs before opening a ticket": homework set as a condition for asking.
    String.raw`\b(?:please\s+|kindly\s+)?(?:make\s+sure|ensure|be\s+sure|remember)\s+(?:that\s+)?(?:to|you)\s+(?:(?:have|always|carefully|fully|properly)\s+)?(?:read|check|double-?check|review|look\s+at|go\s+through)\b[^.!?\n]{0,60}?\bbefore\s+(?:placing|ordering|purchasing|buying|booking|making|opening|raising|submitting|contacting|reaching|writing|emailing|calling|messaging|asking|complaining|leaving|posting|checking out|you\s+(?:order|book|buy|contact|write|call|open|complain|post))\b`,
    // "Please ensure you submit the claim form next time": the lesson set for the next time, at the sentence's end.
    String.raw`\b(?:please\s+|kindly\s+)?(?:ensure|make\s+sure|be\s+sure|remember)\s+(?:that\s+)?(?:to|you)\s+[^.!?\n]{0,60}?\bnext\s+time\b(?!\s+(?:you|we|i|that)\b)`,
    // The procedure told as the reason: "That's why we ask authors to keep text 6mm away from the spine fold."
    String.raw`\b(?:that|this|which|it)(?:'s|\s+is)\s+why\s+(?:we|our\s+[a-z]+)\s+(?:always\s+)?(?:ask|advise|recommend|require|remind|tell|urge)\s+(?:(?:${ADDRESSEES}|you)\s+)?(?:to|that)\b`,
    // "Please use the New Starter form next time (so we can plan ahead).", "please use the portal from now on.": a
    // request that closes on the next time asks the customer to do it differently; not a courtesy ("please feel free
    // to … next time", "please keep it for next time"), not "next time you…", not a change of ours ("please use the new
    // address from now on").
    String.raw`\b(?:please|kindly)\s+(?![^.!?\n]{0,80}?\b(?:the|our)\s+(?:new|updated|latest)\s+(?:address|url|link|portal|page|site|app|version|login|e-?mail)\b)(?!(?:feel|let|enjoy|keep|hold|come|visit|join|shop|accept|consider|don't|do\s+not|try\s+again|allow|bear)\b)[a-z]+\b[^.!?\n]{0,80}?(?:(?<!\bfor\s)\bnext\s+time|\bin\s+(?:the\s+)?future|\bfrom\s+now\s+on|\bgoing\s+forward|(?<!\b(?:after|at|by|until|before|for|from|during|around)\s)\bthis\s+time)(?:\s+so\s+(?:that\s+)?(?:we|i)\b[^.!?\n]{0,40})?\s*(?:[.!]|$)`,
    // "Plugged in this time, please :)", "Please remember to back up regularly.": the same lesson, set as a habit.
    String.raw`(?<!\b(?:after|at|by|until|before|for|from|during|around)\s)\bthis\s+time,?\s+please\b|\b(?:please|kindly)\s+remember\s+to\s+[a-z]+(?:\s+[a-z]+){0,3}?\s+(?:regularly|every\s+time|beforehand)\s*(?:[.!]|$)`,
    String.raw`\bbefore\s+(?:leaving|writing|posting|giving|submitting|publishing)\s+(?:(?:a|an|your|such|this|that|any)\s+)?(?:[a-z0-9-]+\s+)?(?:reviews?|ratings?|comments?|complaints?|feedback)\b`,
  ],
  priority: 60,
  message: '"Next time, please…" lectures the customer: solve this time first.',
  why:
    'Telling a customer how to behave next time implies this time was their fault and skips over the problem they ' +
    'came with. If a tip really helps, give it after the fix, as a tip.',
  suggestions: [
    {
      label: 'Fix now, tip later',
      scope: 'sentence',
      text: "I've [fixed/changed what they needed] for you. Handy for the future: [tip].",
    },
    HOW_TO[0]!,
  ],
};

/**
 * Whole replies: each `match` must get a flag from the rule, each `allow` must not (tests/unit/analysis/rules.test.ts).
 * Test data only: rules/index.ts imports the rules above, never this table, so it stays out of the content script.
 */
export const examples: RuleExamples = {
  'blame-should-have': {
    match: [
      'You should have read the instructions before installing.',
      'You could have simply emailed me instead of leaving a one-star review.',
      "If you had backed up your phone, the photos wouldn't be lost.",
      "You should’ve checked the size chart.",
      'Had you notified us of the theft straight away, the payments would have been covered.',
      'If you had kept the receipt, the store could have exchanged it.',
    ],
    allow: [
      'You should have received an email with your tracking number by now.',
      "You should have access to the premium features within an hour. If not, reply and I'll check.",
      "This isn't your fault — the confirmation email went out late.",
      "If you'd like, I can set up the backup for you on a quick call.",
      'If you had been charged twice, the second charge would have shown as pending — I checked and it has not.',
      "If you'd prefer a call, we'd be happy to ring you tomorrow.",
    ],
  },
  'blame-next-time': {
    match: [
      'Next time, please read the email before replying.',
      'In future, make sure you select the right size.',
      'Please check the app properly before leaving a negative review.',
      'The workout plans are explained in our FAQ. Please check there first before leaving negative reviews.',
      'Going forward, you need to contact us before returning anything.',
      'For future reference, please check your spam folder before chasing us.',
      'Please make sure you read the returns policy before placing an order.',
      'There is no record of a claim on your policy. Please ensure you submit the claim form next time rather than emailing photos.',
      "The invoice is from an independent garage, so we can't reimburse it. Please use the booking link in the driver app next time.",
      'The image sits within our tolerance. That is why we ask authors to keep text 6mm away from the spine fold.',
      "I've logged this one for you as REQ0192278, but please use the portal from now on.",
      'Please use the New Starter form next time so we can plan ahead.',
      'Kindly maintain balance to avoid such charges in future.',
      "I've reset your 2FA. Log in with your password and you'll be asked to set it up again. Please save the backup codes this time!",
      'It takes about 45 minutes. Plugged in this time, please :)',
      "Sorry, we can't recover deleted files after 30 days. Please remember to back up regularly.",
    ],
    allow: [
      'Next time you need help, just reply to this email and it comes straight to me.',
      "I've rebooked you on the 9:40. In the future you can also rebook yourself from the app's Trips tab.",
      'Before leaving, the courier will ask for a signature.',
      'We will add dark mode in a future release.',
      "For future reference, I've saved your gate code to your account so drivers always see it.",
      'Please make sure to check the spelling of the address before we print the label tomorrow — reply here if anything is off.',
      'Make sure you have your booking number handy next time you call, and I can rebook you on the spot.',
      'Please let us know next time.',
      'Please use the booking link next time you need a service, and the package covers it.',
      "That's why we ask for your order number: it lets us find the parcel.",
      "I've added a £5 voucher to your account — please feel free to use it next time.",
      'Please keep your reference number for next time.',
      "Please bear with us — we're adding this in future.",
      'Please reply here if it happens again next time you log in.',
      'The app is under scheduled maintenance from 00:00 to 04:00. Please try again after this time.',
      'Please remember to bring your booking number to the desk.',
      'Please save this code for next time.',
      'At this time, please note that categories are generated automatically.',
      "We've moved the service portal. Please use the new address from now on.",
      'Please send the logs again this time tomorrow if it recurs.',
    ],
  },
};
