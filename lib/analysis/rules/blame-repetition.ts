import type { RuleExamples } from '../rule-examples';
import type { RuleSpec } from '../rule-schema';

const SAID = String.raw`(?:said|stated|explained|mentioned|noted|told you|pointed out|advised|indicated|informed you|outlined|wrote)`;
const COUNTED = String.raw`(?:twice|(?:two|three|four|five|several|multiple|many|numerous|countless|a\s+few|\d+)\s+times|repeatedly|more\s+than\s+once|over\s+and\s+over)`;
/** After a leading "Again,": thanks, apologies, welcomes and actions are not exasperation. */
const NOT_EXASPERATED = String.raw`(?:thank|thanks|many\s+thanks|(?:so\s+|really\s+|very\s+|truly\s+|terribly\s+)?sorry|apolog|our\s+apolog|my\s+apolog|(?:i|we)\s+(?:do\s+|sincerely\s+)?apologi|(?:i'm|we're|i\s+am|we\s+are)\s+(?:so\s+|really\s+|truly\s+|very\s+)?sorry|welcome|congrat|great|happy|glad|hope|good\s+news|please\s+accept|(?:i|we)(?:'ve|\s+have|'ll|\s+will)\b)`;

/** Exasperated repetition markers: "as I already explained", "per my last email", "like I said". */
export const blameRepetition: RuleSpec = {
  id: 'blame-repetition',
  category: 'customer-blame',
  when: 'always',
  triggers: ['once', 'more time', 'last time', 'conversation', 'call', 'chat', 'discussion', 'correspondence', 'letter', 'made clear', 'confirmed', 'said', 'stated', 'explained', 'mentioned', 'noted', 'told', 'pointed', 'advised', 'indicated', 'informed', 'outlined', 'wrote', 'discussed', 'communicated', 'already', 'previously', 'last', 'previous', 'earlier', 'prior', 'time', 'times', 'again', 'repeat', 'else', 'explain', 'replied', 'responded', 'answered'],
  patterns: [
    String.raw`\bas\s+(?:i|we)(?:'ve|\s+have)?\s+(?:already\s+|previously\s+|clearly\s+)?${SAID}\s+(?:before|earlier|previously|already|several times|many times|multiple times|repeatedly|twice|in (?:my|our) (?:last|previous|earlier) (?:email|message|reply|response|note))\b`,
    String.raw`\bas\s+(?:i|we)(?:'ve|\s+have)?\s+(?:already|previously)\s+${SAID}\b`,
    String.raw`\bas\s+(?:i|we)(?:'ve|\s+have)\s+(?:said|stated|explained|mentioned|told you)\b`,
    String.raw`\bas\s+i\s+(?:said|told you)\b`,
    String.raw`\blike\s+(?:i|we)(?:'ve|\s+have)?\s+(?:already\s+)?(?:said|told you|mentioned|explained|stated)\b`,
    String.raw`\bas\s+(?:previously|already|earlier)\s+(?:stated|mentioned|explained|advised|noted|discussed|indicated|communicated|said)\b`,
    String.raw`\bas\s+(?:stated|mentioned|explained|advised|noted)\s+(?:before|earlier|previously|already)\b`,
    String.raw`\bper\s+(?:my|our)\s+(?:last|previous|earlier|prior)\s+(?:email|e-mail|message|reply|response|note|mail|comment|conversation|call|phone call|chat|discussion|correspondence|letter|tweet|dm|post|answer|reply)\b`,
    String.raw`\b(?:this|that|it|which|all\s+of\s+this)\s+(?:was|has\s+been|had\s+been)\s+(?:already\s+|clearly\s+|previously\s+){0,2}(?:explained|mentioned|stated|pointed out|made clear|communicated|confirmed|outlined)\s+to\s+you\b`,
    String.raw`\b(?:say|tell you)\s+(?:this|it|that)\s+(?:one\s+(?:more|last)\s+time|once\s+more|once\s+again|again)\b|\bone\s+(?:more|last)\s+time\s*:`,
    // Told or informed *you*: "I've already told the refunds team to expect it" tells someone else, for the customer.
    String.raw`\b(?:i|we)(?:'ve|\s+have)\s+already\s+(?:told\s+you|informed\s+you|explained|said|answered|mentioned|stated)\b`,
    String.raw`\b(?:i|we)(?:'ve|\s+have)\s+(?:already\s+)?(?:explained|told you|said|mentioned|answered)\s+(?:this|that|it)?\s*(?:to\s+you\s+)?(?:already|before|several|many|multiple|twice|three|repeatedly|more than once|a few)\b`,
    String.raw`\bas\s+(?:i\s+|we\s+)?(?:stated|mentioned|explained|advised|noted|outlined|said|wrote)\s+in\s+(?:my|our)\s+(?:last|previous|earlier|prior|first|original)\s+[a-z][a-z-]*\b`,
    // Our earlier message named by its date, said by us: "As I explained in my e-mail of 12 May, the fee is…". Not
    // what we will do now ("as I mentioned in my email of 4 March, we will refund you").
    String.raw`\bas\s+(?:i|we)\s+(?:stated|mentioned|explained|advised|noted|outlined|said|wrote)\s+in\s+(?:my|our)\s+(?:e-?mail|letter|message|reply)\s+(?:of|dated|on)\s+(?:the\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)(?![^.!?\n]{0,60}?\b(?:we|i)(?:'ll|\s+will|\s+can|'ve|\s+have)\s)`,
    // The agent pointing out it answered before: "we replied to this yesterday", "I answered that already".
    String.raw`\b(?:i|we)(?:'ve|\s+have|\s+had)?\s+(?:already\s+)?(?:replied|responded|answered)\s+(?:to\s+)?(?:this|that)\s+(?:question\s+|one\s+)?(?:already|yesterday|earlier|before|previously|last\s+(?:week|night)|this\s+morning|${COUNTED})\b`,
    String.raw`^(?:once\s+)?again(?=\s*,\s+(?!(?:our|my|we|i)\b)[a-z][^.!?\n]{0,60}?\b(?:must|needs?\s+to|have\s+to|has\s+to|should|is\s+required|are\s+required|only)\b)`,
    String.raw`\bfor\s+the\s+(?:second|third|fourth|fifth|last|umpteenth|nth|hundredth|final)\s+time\b`,
    // The count of our own reminders: "this is the fourth time we have written to you", "…I've had to explain this".
    String.raw`\bthis\s+is\s+(?:now\s+)?the\s+(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+time\s+(?:that\s+)?(?:we|i)(?:'ve|\s+have)?\s+(?:had\s+to\s+)?(?:written|write|contacted|contact|emailed|email|reminded|remind|asked|ask|told|tell|explained|explain|sent|send|replied|reply)\b`,
    String.raw`\bhow\s+many\s+times\s+(?:do|must|should|have|will|does)\b`,
    String.raw`\b(?:here(?:'s| is)|sending|i'm sending)\s+(?:the|this|that)\s+(?:link|article|guide|faq|information|info)\s+again\b`,
    String.raw`^(?:once\s+)?again(?=\s*,?\s+(?:you\s+(?:need|have|must|should|will need)|please\s+(?:read|check|follow|make sure|note))\b)`,
    String.raw`\b(?:i\s+(?:will\s+)?|let\s+me\s+)repeat\b`,
    String.raw`\b(?:let\s+me|to)\s+be\s+(?:very\s+)?clear\s+(?:again|once\s+(?:again|more))\b`,
    // A sentence that opens on the repetition itself: "Again, this is documented…", "Once more: …", "Yet again, …".
    String.raw`^(?:and\s+)?(?:again|once\s+again|once\s+more|yet\s+again|one\s+more\s+time)(?=\s*[,:;—–-]\s*(?!${NOT_EXASPERATED})[a-z])`,
    // Counted: "I've now explained this four times", "as has been stated multiple times".
    String.raw`\b(?:i|we)(?:'ve|\s+have)\s+(?:now\s+|already\s+|since\s+)?(?:explained|told\s+you|said|answered|mentioned|stated|repeated|clarified)\s+(?:(?:this|that|it)\s+)?(?:to\s+you\s+)?(?:now\s+)?${COUNTED}\b`,
    String.raw`\bas\s+(?:has\s+been|was|i've|we've|i\s+have|we\s+have)\s+(?:already\s+|repeatedly\s+)?(?:stated|said|explained|mentioned|pointed\s+out|communicated|advised)\b`,
    String.raw`\b(?:stated|said|explained|mentioned|told\s+you|pointed\s+out)\s+(?:this\s+|that\s+|it\s+)?${COUNTED}\b`,
    String.raw`\b(?:not sure|don't know|do not know)\s+how\s+(?:else|many (?:more )?times)\s+(?:to|i can|we can|i should)\s+(?:explain|say|put)\b|\bhow\s+else\s+(?:to|can i|can we)\s+(?:explain|say|put)\b`,
    // The simple past, said as a reminder: "I already explained that…", "we already told you". Not telling someone else
    // ("I already told the warehouse"), not what the customer already said.
    String.raw`\b(?:i|we)\s+(?:already|previously)\s+(?:explained|told\s+you|said|mentioned|answered|stated)\b`,
    String.raw`\b(?:read|see|check|refer to|look at|re-?read)\s+(?:my|our)\s+(?:previous|last|earlier|prior)\s+(?:messages?|emails?|e-mails?|repl(?:y|ies)|responses?|notes?|answers?)\b`,
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
};

/**
 * Whole replies: each `match` must get a flag from the rule, each `allow` must not (tests/unit/analysis/rules.test.ts).
 * Test data only: rules/index.ts imports the rules above, never this table, so it stays out of the content script.
 */
export const examples: RuleExamples = {
  'blame-repetition': {
    match: [
      'As I explained in my e-mail of 12 May, the course fee is non-refundable once more than 30% has been accessed.',
      'As we explained in our letter of 2 February, rent is due on the 1st of each month.',
      // Our reminders counted.
      'This is the fourth time we have written to you about this matter.',
      "Honestly, this is the fourth time I've had to explain this.",
      'As I already explained, the refund takes 5 days.',
      'Per my last email, you need to reset the router.',
      'Like I said, the app does not support that.',
      "I've already told you the order shipped.",
      'I already explained that the delivery window is set by the carrier.',
      'We previously told you the voucher expires in June.',
      'Again, you need to log out and back in.',
      '@user Again, you need to show the booking reference at the desk. ^TK',
      'Hi Dana, once again, the voucher has to be used before the end of the month.',
      'As per our earlier conversation, the plan cannot be paused.',
      'This was explained to you on the phone yesterday.',
      "I'll say this one more time: the warranty doesn't cover drops.",
      'Once again, cancellations must be made 24 hours in advance.',
      'Again, this is covered in the setup guide.',
      'As has been explained several times, the plan cannot be paused.',
      '@user As mentioned in our previous tweet, the desk at the airport handles lost property. ^SO',
      '@user We replied to this yesterday. You need to update the firmware first.',
      'Just to be clear, we have already responded to this question twice.',
      '@user Per my previous tweet, the code only works on full-price items. ^JK',
      'Please refer to our previous replies, which contain all the information you need.',
      '@user Let me be clear again, we do not refund delivery charges. ^EG',
    ],
    allow: [
      'As I mentioned in my email of 4 March, we will refund you within 5 days.',
      "As promised, I've refunded the shipping fee.",
      'Again, our apologies — the refund is on its way.',
      'Like many customers, you might prefer the annual plan.',
      'As mentioned in our FAQ, you can pause your plan any time: Settings > Plan > Pause.',
      'Once again, our apologies — we should have caught this.',
      'I already told the warehouse to hold it for you.',
      'You already explained the problem clearly, thank you.',
      "I've refunded the delivery fee as a gesture of goodwill since the driver was late. Again, so sorry about that.",
      "Let me explain it once more, with screenshots this time, since my last note wasn't clear: [steps].",
      'Again, thanks so much for your patience — the part ships tomorrow.',
      "Once again, I've refunded the duplicate charge; it shows in 3 days.",
      'We replied to your email yesterday and the refund has now gone through.',
      'As shown in our previous release, the export is under Files > Export.',
      // The customer's count, not ours; an outage counted.
      "I know this is the second time you've had to ask, so I've refunded it myself.",
      "This is the third time this month the site has been down, and I'm sorry.",
      // Told someone else, on the customer's behalf.
      "Please email the receipt to refunds@example.com - I've already told the refunds team to expect it.",
      "We've already informed the courier, so the driver will call ahead.",
    ],
  },
};
