import type { RuleExamples } from '../rule-examples';
import type { RuleSpec } from '../rule-schema';

/** Implying the customer is ignorant or not clever enough for the product. */
export const blameCondescension: RuleSpec = {
  id: 'blame-condescension',
  category: 'customer-blame',
  when: 'always',
  triggers: ['complicated', 'complex', 'tricky', 'confusing', 'any', 'every', 'normal', 'regular', 'average', 'just', 'simply', 'maybe', 'perhaps', 'try', 'reading', 'checking', 'look', 'glance', 'understand', 'get it', 'get the point', 'grasp', 'know', 'point', 'purpose', 'idea', 'too', 'hard', 'difficult', 'complicated', 'rocket', 'obvious', 'common sense', 'obviously', 'wish', 'if only', 'get to know', 'learn', 'why', 'wrong', 'mistaken', 'that\'s what', 'that is what', 'surprise', 'straightforward', 'simple', 'easy', 'there', 'arrived', 'came', 'got', 'turned', 'showed'],
  patterns: [
    String.raw`\byou\s+(?:clearly\s+|obviously\s+|simply\s+|just\s+|still\s+)?(?:don't|do not|didn't|did not)\s+(?:seem to\s+)?(?:understand|get it|get the point|grasp|know what you're|know how (?:to use )?(?:the|this|my|our|your))\b`,
    String.raw`\byou(?:'ve|\s+have)?\s+(?:completely\s+|clearly\s+|totally\s+|simply\s+)?(?:missed|misunderstood|misread)\s+(?:the\s+)?(?:whole\s+|entire\s+)?(?:point|purpose|idea)\b`,
    String.raw`\bmiss(?:ed)?\s+the\s+(?:whole\s+|entire\s+)?point\b`,
    String.raw`\btoo\s+(?:complicated|complex|difficult|hard|confusing|advanced|technical)\s+for\s+you\b`,
    String.raw`\b(?:it's|it is|this is|that's|that is)\s+(?:really\s+|honestly\s+|just\s+)?not\s+(?:that|so|very)\s+(?:hard|difficult|complicated)\b|\bnot\s+rocket\s+science\b`,
    String.raw`\b(?:it's|it is)\s+(?:pretty\s+|quite\s+|really\s+|very\s+|just\s+)?(?:obvious|common sense)\b|\bobviously,?\s+you\b`,
    // What the customer should have seen coming: "so the total shouldn't have been a surprise".
    String.raw`\b(?:shouldn't|should\s+not|should\s+never)\s+(?:have\s+)?(?:been|come\s+as|be)\s+(?:a|any)\s+surprise\b`,
    String.raw`\b(?:it|this|that)(?:'s\s+|\s+is\s+|\s+)(?:really\s+|honestly\s+|just\s+|genuinely\s+)?(?:not|isn't)\s+(?:really\s+|that\s+|so\s+|very\s+|at\s+all\s+)?(?:hard|difficult|complicated|complex|tricky|confusing)\b(?!\s+to\s+(?:fix|sort|solve|change|set\s+up|miss)\b)`,
    // What "any user" would have known: the customer is below the norm.
    String.raw`\b(?:any|every|most|a\s+normal|a\s+regular|an\s+average)\s+(?:(?:regular|normal|reasonable|sensible|experienced)\s+)?(?:user|customer|person|adult|driver|owner|member|player|buyer|traveller|traveler|reader)s?\s+(?:would|should|will|could)\s+(?:have\s+)?(?:know|known|understand|understood|realise|realize|realised|realized|see|seen|figure|figured|notice|noticed|read)\b`,
    // A glance would have answered it: "simply reading the email would have saved…".
    String.raw`\b(?:reading|checking|looking\s+at|a\s+(?:quick\s+|brief\s+|simple\s+)?(?:look|glance)\s+at)\b[^.!?\n]{0,60}?\bwould\s+have\s+(?:saved|shown|told|avoided|prevented|answered|cleared\s+up|explained|spared)\b`,
    String.raw`\b(?:i|we)\s+wish\s+(?:users|people|customers|you)\s+would\b|\bif\s+only\s+(?:users|people|customers|you)\s+would\b`,
    String.raw`\bget\s+to\s+know\s+(?:their|your)\s+(?:own\s+)?(?:devices?|phones?|computers?)\b`,
    String.raw`\blearn\s+(?:how\s+)?to\s+(?:read|use\s+(?:a|your|the))\b`,
    String.raw`\bwhy\s+do\s+(?:users|people|customers|you)\s+(?:think|always|never|expect)\b`,
    String.raw`\b(?:you're|you are)\s+(?:simply\s+|clearly\s+|just\s+)?(?:wrong|mistaken)\b`,
    // "It's a very straightforward process", "it is right there": the customer should have managed alone.
    String.raw`\b(?:it's|it\s+is|this\s+is|that's|that\s+is)\s+(?:a\s+|an\s+)?(?:very|really|pretty|extremely|incredibly|super|perfectly)\s+(?:straightforward|simple|easy)\s+(?:process|procedure|step|task|thing\s+to\s+do)\b`,
    String.raw`\b(?:it|this|that|the\s+(?:option|button|setting|feature|menu|link))(?:'s|\s+is|\s+was)\s+(?:literally\s+)?right\s+there\b`,
    // "The size chart is right there on the product page", "the instructions are right there on the first screen".
    String.raw`\b(?:is|are|was|were)\s+(?:literally\s+)?right\s+there\s+(?:on|in|at)\s+(?:the|our|your)\s+(?:[a-z-]+\s+)?(?:page|screen|menu|settings|listing|description|app|website|site|box|label|receipt|invoice|email|manual|guide)\b`,
    // A guess at the customer's lapse set against the staff's word: "perhaps you arrived at the end of service".
    String.raw`\b(?:perhaps|maybe|possibly|probably)\s+you\s+(?:arrived|came|got\s+there|turned\s+up|showed\s+up)\s+(?:too\s+)?(?:late|after|at\s+(?:the\s+)?end|near\s+(?:the\s+)?end|towards?\s+(?:the\s+)?end|just\s+before)\b`,
    String.raw`\bthat(?:'s|\s+is)\s+what\s+(?:the|our)\s+(?:faq|manual|help (?:page|centre|center|section)|instructions|guide|documentation|docs|user guide)\s+(?:is|are)\s+for\b`,
  ],
  sequences: [
    // "Just read the FAQ", "maybe try reading the tutorial": homework instead of an answer.
    { re: String.raw`\b(?:just|simply|maybe|perhaps|why\s+not)\s+(?:try\s+)?(?:reading|read|re-?read|looking\s+at|look\s+at|checking|check)\s+(?:the|our|my)\s+`, then: 'docs' },
    { re: String.raw`\btry\s+(?:reading|re-?reading)\s+(?:the|our|my)\s+`, then: 'docs' },
  ],
  unless: [String.raw`\bif\s+you\s+(?:don't|do not|didn't|did not)\b`],
  priority: 60,
  message: 'Condescending: it implies the customer lacks the skill or sense to use the product.',
  why:
    'Customers who feel talked down to disengage or escalate. If something confused them, that is information about ' +
    'the product or the docs; guiding them through it builds trust instead.',
  suggestions: [
    { label: 'Guide them through it', scope: 'sentence', text: "Here's how to [do it], step by step: [steps]." },
    {
      label: 'Ask what tripped them up',
      scope: 'sentence',
      text: "Which part was confusing? Tell me what you were trying to do and I'll walk you through it.",
    },
  ],
};

/** Singling the customer out: "you're the only one", "most users find it easy". */
export const blameIsolating: RuleSpec = {
  id: 'blame-isolating',
  category: 'customer-blame',
  when: 'always',
  triggers: ['first', 'only', 'else', 'no other', 'most', 'works', 'tested'],
  patterns: [
    // Our testing against the customer's report: "this game was tested on over 300 devices", "works on my test devices".
    String.raw`\b(?:was|were|has\s+been|have\s+been|is|are)\s+(?:thoroughly\s+|extensively\s+|fully\s+)?tested\s+on\s+(?:over\s+|more\s+than\s+|hundreds\s+of\s+|thousands\s+of\s+|\d[\d,]*\s+)(?:\d[\d,]*\s+)?(?:different\s+)?(?:devices|phones|models|machines|computers|browsers)\b`,
    String.raw`\bworks\s+(?:fine\s+|perfectly\s+|well\s+)?on\s+(?:all\s+)?(?:my|our)\s+(?:own\s+)?test\s+(?:devices|phones|machines)\b`,
    String.raw`\byou(?:'re|\s+are)\s+the\s+(?:first|only)\s+(?:one\s+|person\s+|user\s+|customer\s+)?(?:to|who|with)\b`,
    String.raw`\b(?:no\s*one|nobody)\s+else\s+(?:has|had|is|was|seems|reported|complained|experienced|gets|got)\b`,
    String.raw`\bno\s+other\s+(?:users?|customers?|people)\s+(?:has|have|had|is|are|reported|complained)\b`,
    String.raw`\bmost\s+(?:of\s+(?:our|my)\s+)?(?:users|people|customers|clients)\s+(?:say|said|find|found|mention|have no|had no|don't have|manage|understand|figure|seem|get|love|are able|can)\b`,
    String.raw`\bworks\s+(?:fine|perfectly|great|well|correctly)\s+for\s+(?:everyone|everybody|all|other|thousands|millions|most)\b`,
    String.raw`\b(?:everyone|everybody)\s+else\s+(?:manages|seems|can|is able|has no)\b`,
  ],
  priority: 60,
  message: "Singles the customer out: drop the comparison and help with their case.",
  why:
    '"You\'re the only one with this problem" and "most users find it easy" imply the customer is the odd one out — the ' +
    'problem is them. It doesn\'t help them and suggests you won\'t look into it.',
  suggestions: [
    {
      label: 'Take their case seriously',
      scope: 'sentence',
      text: "Thanks for reporting this — I haven't seen it before, so I'd like to dig in: could you send me [detail needed]?",
    },
    { label: 'Give the next step', scope: 'sentence', text: "Here's how to [do it]: [steps]." },
  ],
};

/** Disputing or scolding the customer: "this is not true", "give proof", "instead of leaving a bad review". */
export const blameAccusation: RuleSpec = {
  id: 'blame-accusation',
  category: 'customer-blame',
  when: 'always',
  triggers: ['inaccurate', 'wrong', 'exists', 'bug', 'beginning', 'start', 'day one', 'reproduce', 'replicate', 'force', 'forcing', 'forces', 'true', 'untrue', 'false', 'lie', 'incorrect', 'proof', 'prove', 'accordingly', 'reconsider', 'revise', 'better', 'unfair', 'vague', 'misleading', 'sarcastic', 'unjustified', 'fake', 'dishonest', 'instead', 'courtesy', 'shouting', 'yelling', 'swearing', 'refrain', 'stop', 'avoid', 'civil', 'polite', 'respectful', 'mind', 'appears', 'seems', 'looks', 'multiple', 'several', 'duplicate', 'repeated', 'same'],
  patterns: [
    String.raw`^(?:(?:hi|hello|hey|dear)\s+[a-z]+\s*[,.!]\s*)?(?:this|that|it)(?:'s|\s+is)\s+(?:simply\s+|just\s+|completely\s+|absolutely\s+)?(?:not\s+true|untrue|false|a lie|incorrect)\b(?!\s+(?:of|for|in|any\s*more|since|with))`,
    String.raw`\b(?:give|show|provide|send)\s+(?:us\s+|me\s+)?(?:some\s+)?proof\s+(?:of\s+what\s+you|that\s+you)\b|\bprove\s+(?:it|what\s+you)\b`,
    String.raw`\b(?:review|reconsider|revise|correct|change|update)\s+your\s+(?:feedback|review|rating|comment)\s+accordingly\b|\b(?:reconsider|revise)\s+your\s+(?:review|rating)\b`,
    String.raw`\bcheck\s+(?:it|things|this)\s+better\b`,
    String.raw`\b(?:unfair|vague|false|misleading|sarcastic|unjustified|fake|dishonest)\s+(?:review|feedback|rating|comments?|rubbish|claims?|accusations?)\b`,
    String.raw`\binstead\s+of\s+(?:leaving|writing|posting|going\s+straight|complaining|giving|whining|ranting|spreading|attacking)\b`,
    String.raw`\b(?:do|done|doing)\s+(?:me|us)\s+the\s+(?:simple\s+|basic\s+|common\s+)?courtesy\b`,
    String.raw`\b(?:shouting|yelling|swearing)\s+at\s+(?:me|us)\b`,
    // Contradicting the review itself: "this review is inaccurate", "a missing feature that actually exists".
    String.raw`\b(?:this|your|the)\s+(?:review|comment|feedback|rating|claim|post)\s+(?:is|was)\s+(?:simply\s+|completely\s+)?(?:inaccurate|incorrect|untrue|false|misleading|wrong|not\s+(?:accurate|true|correct))\b`,
    String.raw`\b(?:feature|option|setting|function|functionality|button)s?\b[^.!?\n]{0,40}?\b(?:that|which)\s+(?:actually|already|does)\s+exists?\b`,
    String.raw`\b(?:it|this|that)(?:'s|\s+is|\s+was)\s+(?:not|n't)\s+a\s+bug\b|\b(?:it|this|that)\s+(?:isn't|wasn't)\s+a\s+bug\b|\bbut\s+it(?:'s|\s+is)\s+not\s+a\s+bug\b`,
    String.raw`\b(?:is|are|has\s+been|have\s+been|was)\s+(?:there|in\s+(?:the|your)\s+(?:[a-z]+\s+)?(?:page|screen|menu|settings|app|tab|section|options|toolbar))\s+(?:from|since)\s+(?:the\s+)?(?:very\s+)?(?:beginning|start|day\s+one|launch|the\s+first\s+version)\b`,
    String.raw`\bcan(?:'t|not)\s+fix\s+what\s+(?:we|i)\s+can(?:'t|not)\s+(?:reproduce|replicate|see)\b`,
    String.raw`\b(?:we|i)\s+(?:don't|do\s+not|didn't|did\s+not|never)\s+force\s+(?:anyone|anybody|you|users|people|customers)\b|\b(?:nobody|no\s+one)\s+(?:is\s+)?forc(?:es|ed|ing)\s+you\b`,
    String.raw`\b(?:please|kindly)\s+(?:refrain|stop|avoid)\s+(?:from\s+)?(?:contacting|messaging|emailing|calling|writing|spamming|tagging|posting|chasing|shouting|using\s+(?:caps|capitals|all\s+caps|bad|foul|offensive|abusive|that\s+(?:language|tone)|such\s+language|profanit[a-z]*|swear[a-z]*))\b`,
    // Scolding the way they wrote, or calling the review fake: "please keep it civil", "this review appears to be fake".
    String.raw`\b(?:please|kindly)\s+(?:keep\s+it|be|stay)\s+(?:civil|polite|respectful)\b|\bmind\s+your\s+(?:language|tone|manners)\b`,
    String.raw`\b(?:review|complaint|rating|post)\s+(?:appears|seems|looks)\s+to\s+be\s+(?:fake|false|fraudulent|made\s+up)\b`,
    // Scolding how they contact us, in live chat: "please do not open multiple chats about the same issue", "can you
    // please stop sending the same message?". Not "you don't need to open another chat".
    String.raw`\b(?:do\s+not|don't|stop)\s+(?:opening|open|starting|start|creating|create|sending|send|raising|raise|submitting|submit)\s+(?:multiple|several|duplicate|repeated|so\s+many|the\s+same)\s+(?:chats?|tickets?|messages?|requests?|cases?|complaints?|emails?|questions?)\b`,
  ],
  priority: 65,
  message: 'Argues with or scolds the customer: acknowledge their experience and look into it.',
  why:
    'Calling a complaint untrue, demanding proof or scolding the way they complained turns support into a dispute. ' +
    'Even when the customer is mistaken, asking for details and checking wins them back; arguing never does.',
  suggestions: [
    {
      label: 'Acknowledge and investigate',
      scope: 'sentence',
      text: "Thanks for letting us know — that's not what should happen. Could you send me [screenshot/details] so I can check it?",
    },
    { label: 'Correct gently', scope: 'sentence', text: "I can see why it looks that way — here's how it actually works: [explanation]." },
  ],
};

/**
 * Whole replies: each `match` must get a flag from the rule, each `allow` must not (tests/unit/analysis/rules.test.ts).
 * Test data only: rules/index.ts imports the rules above, never this table, so it stays out of the content script.
 */
export const examples: RuleExamples = {
  'blame-condescension': {
    match: [
      "You simply don't understand how the app works.",
      'Unfortunately, we think you missed the whole point of the app.',
      'Sorry the app was too complicated for you.',
      "It's not that hard to find the settings button.",
      'I wish users would get to know their devices better!',
      "It honestly isn't complicated: the red button turns it off.",
      'Fees are listed at checkout before you confirm, so the total shouldn\'t have been a surprise.',
      'Any experienced driver would know to check the tyre pressure.',
      'Just read the user manual, everything is in there.',
      'A quick glance at the invoice would have answered that.',
      'Simply click on "Forgot password" on the login page. It\'s a very straightforward process.',
      'The export is under the three dots on the main screen. It is right there.',
      'The size chart is right there on the product page.',
      'Our chef tells us the buffet was refilled regularly. Perhaps you arrived at end of service time.',
    ],
    allow: [
      "If you don't understand a charge, reply and I'll go through it line by line.",
      "I understand — the new layout moved a lot of things. Here's where the settings went: Menu > Settings.",
      'That setup is too complicated for most people, so I have simplified it for you.',
      'You are right, and I have corrected the invoice.',
      "It's not hard to miss, so I've moved the button to the top of the screen.",
      'Any user can switch plans from the Billing page; I have switched yours.',
      'Simply reply with your order number and I will check it.',
      "It's a simple process: tap Settings, then Plan, then Cancel.",
      'The option is there once you update to 4.2: tap Update in the store.',
      'Maybe you arrived before the parcel did — it is at the locker now, code 4471.',
      'I came back to you as soon as the lab replied: your repair is done.',
      'Your parcel is right there at the pickup point, and I have extended the hold to Friday.',
    ],
  },
  'blame-isolating': {
    match: [
      'You are the only one to have this issue.',
      "You're the first to report anything like this.",
      'Most users say the app is simple and intuitive.',
      'It works fine for everyone else.',
      "Hi, this game was tested on over 300 devices before launch. The crash you're experiencing is most likely due to your device.",
    ],
    allow: [
      "You're the first on my list this morning — your refund is done.",
      'Most users prefer the annual plan because it works out cheaper; I can switch you if you like.',
      'Nobody should have to wait this long — I have escalated it.',
      'You are the owner of the account, so you can change the plan.',
      'The fix was tested on your phone model and ships in 4.3 tomorrow.',
    ],
  },
  'blame-accusation': {
    match: [
      "This is not true. The app doesn't show ads.",
      'Please give proof of what you are saying.',
      'Kindly review your feedback accordingly.',
      'You could have done me the courtesy of emailing me instead of leaving a bad review.',
      'This review is inaccurate. Our app does not sell your data.',
      'Your review mentions a missing feature that actually exists. Swipe left on any item to see it.',
      "We're sorry to hear about the bug but it's not a bug. The streak resets at midnight.",
      'You can change currency in Settings > Preferences > Currency. It is in the settings page from beginning.',
      "Not sure what you mean by 'nothing works'. We can't fix what we can't reproduce.",
      "You can choose to not enable notifications. We don't force anyone.",
      "We understand you're frustrated, but please keep it civil so we can help.",
      'We have no record of this customer visiting our store. This review appears to be fake.',
      'Please stop using caps, we can read you fine.',
      'Please do not open multiple chats about the same issue, it slows things down for everyone.',
      "Can you please stop sending the same message? I've seen it.",
    ],
    allow: [
      "That's not true of the new version — we removed the ads in 4.2, so an update should fix it.",
      'Please send proof of purchase and I will start the warranty claim.',
      'Thanks for the review! I have passed it to the team.',
      'Check out the new release — it fixes the sync bug.',
      'Your review was right: the export was broken, and 2.1 fixes it.',
      'The feature you asked for is coming in 3.0; I have added your vote.',
      "It's a bug on our side, and we have fixed it in 2.4.",
      'Your account has been in good standing since the start, so I have waived the fee.',
      'We force-quit the stuck job on our side and it has finished.',
      // Safety advice, not a scolding; a review that looks fine; a civil exchange promised.
      "So sorry to hear about the reaction. Please stop using the product and DM us your batch number so we can look into it.",
      'Your review seems to be about our old app; the new one fixes the login, please update.',
      "We'll keep it polite and short: your refund is on its way.",
      "You don't need to open multiple chats: I've merged them and I'm replying here.",
      'Our system sent the same message twice by mistake, sorry. Please ignore the second one.',
    ],
  },
};
