import type { RuleExamples } from '../rule-examples';
import type { RuleSpec } from '../rule-schema';
import { CUSTOMER_ROLE_PATTERN } from '../../language/roles';

/** "It's clearly stated…": implying the customer didn't read what was in front of them. */
export const blameClearlyStated: RuleSpec = {
  id: 'blame-clearly-stated',
  category: 'customer-blame',
  when: 'always',
  triggers: ['advised', 'detailed', 'indicated', 'shown', 'noted', 'specified', 'listed', 'clearly', 'explicitly', 'plainly', 'prominently', 'obviously', 'communicated', 'announced', 'advertised', 'highlighted', 'signposted', 'set out', 'flagged', 'says so', 'fine print', 'does', 'read', 'explained', 'stated', 'mentioned', 'outlined', 'covered', 'described', 'spelled', 'spelt', 'written', 'clear', 'self-explanatory', 'obvious', 'straightforward', 'displayed', 'disclosed', 'printed', 'faq', 'faqs', 'small print', 'description', 'listing'],
  patterns: [
    String.raw`\b(?:it's|it is|this is|that is|that's|which is|which was|it was|this was)\s+(?:stated|written|mentioned|explained|shown|labell?ed|marked|displayed|indicated|printed|listed|noted|spelled out|spelt out|set out)\s+(?:very\s+|quite\s+)?(?:clearly|explicitly|plainly|prominently)\s+(?:in|on|at)\b`,
    String.raw`\b(?:it's|it is|this is|that is|that's|which is|as|it was|this was|everything is|all of this is|all this is)\s+(?:very\s+|quite\s+|all\s+)?(?:clearly|explicitly|plainly|prominently|obviously)\s+(?:stated|written|mentioned|explained|shown|labell?ed|marked|displayed|indicated|described|visible|printed|listed|outlined|spelled out|spelt out|noted|communicated|announced|advertised|highlighted|signposted|set out|flagged)\b`,
    String.raw`\b(?:we|it|the\s+[a-z]+|our\s+[a-z]+)\s+(?:very\s+)?(?:clearly|explicitly|plainly)\s+(?:states?|says?|mentions?|explains?|shows?|indicates?|warns?|lists?|displays?)\b`,
    String.raw`\b(?:it|this|that)\s+says\s+so\s+(?:right\s+)?(?:in|on|there)\b`,
    String.raw`\b(?:this|it|that|which|everything|all\s+of\s+this)\s+(?:was|has\s+been|had\s+been|is\s+(?:all|already|clearly|fully))\s+(?:all\s+|already\s+|clearly\s+|fully\s+){0,2}(?:explained|stated|mentioned|outlined|covered|described|spelled out|spelt out|written)\s+(?:in|on)\s+(?:the|our|your|my)\b`,
    String.raw`\b(?:in|read)\s+the\s+fine\s+print\b`,
    // What the customer's own documents said, set against what they expected: "the Ultra package does not include
    // live sports, as indicated on the pricing page"; "as mentioned in your rental agreement, the waiver does not cover…".
    String.raw`\b(?:does\s+not|doesn't|do\s+not|don't|is\s+not|isn't|are\s+not|aren't|cannot|can't|never|not)\b[^.!?\n:;—–]{0,80}?,?\s+as\s+(?:clearly\s+)?(?:indicated|stated|shown|mentioned|noted|explained|outlined|specified|set\s+out|described|listed)\s+(?:on|in)\s+(?:the|your|our)\s+(?:pricing\s+page|product\s+page|price\s+list|listing|product\s+description|description|(?:rental\s+|hire\s+|service\s+|loan\s+|credit\s+)?agreement|contract|lease|terms(?:\s+and\s+conditions)?|t&cs|booking\s+confirmation|plan\s+details|order\s+confirmation)\b`,
    String.raw`\bas\s+(?:clearly\s+)?(?:indicated|stated|shown|mentioned|noted|explained|outlined|specified|set\s+out|described|listed)\s+(?:on|in)\s+(?:the|your|our)\s+(?:pricing\s+page|product\s+page|price\s+list|listing|product\s+description|description|(?:rental\s+|hire\s+|service\s+|loan\s+|credit\s+)?agreement|contract|lease|terms(?:\s+and\s+conditions)?|t&cs|booking\s+confirmation|plan\s+details|order\s+confirmation)\s*,\s*[^.!?\n]{0,60}?\b(?:does\s+not|doesn't|do\s+not|don't|is\s+not|isn't|are\s+not|aren't|cannot|can't|won't|will\s+not|not)\b`,
    // The same with any written thing of ours or theirs, the reminder first and the limit after it: "as mentioned in
    // our email of 4 March, your domain will not renew", "as stated in our docs, the free tier only supports 3 devices".
    String.raw`\bas\s+(?:clearly\s+)?(?:indicated|stated|shown|mentioned|noted|explained|outlined|specified|set\s+out|described|listed|advised|detailed)\s+(?:on|in)\s+(?:the|your|our)\s+[^,.!?\n]{1,60}?,\s*[^.!?\n]{0,80}?(?:\b(?:not|cannot|only|never|no\s+longer)\b|n't\b)(?!\s+(?:be\s+)?(?:affect|impact|charg|bill)[a-z]*)`,
    // The reminder as a sentence of its own, in the plain passive: "This is mentioned in the app description", "This is
    // noted on each restaurant's page". Not a policy cited ("this is written in our return policy": the policy speaks,
    // not the customer's reading), not a pointer to where to read ("…in our guide here: <link>"), not what serves our
    // own act ("it is shown on the error page, so I have passed the code on").
    String.raw`^(?:(?:and|but|also|plus)\s*,?\s+)?(?:this|that|it)\s+(?:is|was|has\s+been)\s+(?:also\s+|already\s+|all\s+)?(?:mentioned|shown|noted|stated|displayed|explained|written|listed|described|indicated|specified|outlined|disclosed|printed)\s+(?:right\s+|both\s+)?(?:in|on|at)\s+(?:the|our|each|every|your)\s+(?!(?:[a-z-]+\s+){0,2}(?:polic(?:y|ies)|terms|conditions|t&cs)\b)(?![^.!?\n]{0,80}?(?:https?:|www\.|\bhere\b|\bbelow\b|\bso\s+(?:i|we)\b))`,
    // The same reminder in a relative clause at the end: "…20 minutes of ads, which is mentioned on the booking page",
    // "requires iOS 16, which is stated in the App Store listing".
    String.raw`,\s*(?:which|as)\s+(?:is|was)\s+(?:clearly\s+|also\s+)?(?:mentioned|stated|listed|shown|noted|displayed|explained|advertised|written)\s+(?:on|in)\s+(?:the|our)\s+(?!(?:[a-z-]+\s+){0,2}(?:polic(?:y|ies)|terms|conditions|t&cs)\b)(?![^.!?\n]{0,80}?(?:https?:|www\.|\bhere\b|\bbelow\b))`,
    // Where it was all along: "it's in the FAQ", "that is in the small print". Not the terms cited ("that's in the
    // terms" states a rule; the labelers did not read it as blame).
    String.raw`\b(?:it's|it\s+is|this\s+is|that's|that\s+is)\s+(?:all\s+|clearly\s+|also\s+)?(?:in|on)\s+(?:the|our)\s+(?:small\s+print|fine\s+print|faq|faqs|product\s+description|description|listing)(?=\s*(?:[.!;,:)]|$)|\s+(?:which|that|you|under|on|of|for)\b)(?![^.!?\n]{0,80}?(?:https?:|www\.|\bhere\b|\bbelow\b))`,
    String.raw`\bdoes\s+(?:exactly\s+)?what\s+it\s+(?:promises|says|claims|describes)\b`,
    String.raw`\b(?:please\s+|you\s+(?:need|have)\s+to\s+|try\s+to\s+)?read\s+(?:the|our)\s+(?:instructions|manual|description|terms|faq|listing|guide|documentation|docs|product page|policy)\s+(?:carefully|properly|again|more carefully|first|before)\b`,
    String.raw`\b(?:instructions|terms|description|policy|information|details|steps|rules|wording|label|page|listing|email|faq|message|warning)\s+(?:is|are|was|were)\s+(?:very\s+|quite\s+|perfectly\s+|pretty\s+|really\s+|crystal\s+)?(?:clear|self-explanatory|obvious|straightforward)\b(?!er)`,
  ],
  priority: 70,
  message: '"It\'s clearly stated" implies the customer can\'t read: quote the relevant part helpfully instead.',
  why:
    'Pointing out that the information was "clearly" there makes the customer feel careless and foolish. If they missed ' +
    'it, it was not clear to them; restating it kindly (and maybe flagging the page to be improved) helps.',
  suggestions: [
    { label: 'Quote it helpfully', scope: 'sentence', text: 'Here is the relevant part of [page/terms]: "[summary]". Here\'s what that means for you: [impact].' },
    { label: 'Give the next step', scope: 'sentence', text: "Here's how to [do it]: [steps]." },
  ],
};

/** The customer as a contract party: "the passenger's responsibility", "the account holder's duty". */
const ROLE = CUSTOMER_ROLE_PATTERN;

const AUDIENCE = String.raw`(?:everyone|everybody|(?:all\s+)?(?:our\s+)?(?:players|users|customers|members|subscribers|guests|passengers))`;

/** "You agreed to our terms", "you were informed": using the contract against the customer. */
export const blameTermsAgreed: RuleSpec = {
  id: 'blame-terms-agreed',
  category: 'customer-blame',
  when: 'always',
  triggers: ['accept', 'signed', 'agreed', 'consented', 'accepted', 'acknowledged', 'signed up', 'informed', 'told', 'warned', 'notified', 'advised', 'aware', 'responsibility', 'responsible', 'box', 'up to you', 'duty', 'obligation', 'required', 'supposed', 'expected', 'obliged', 'meant', 'asked', 'breach', 'violation', 'breached', 'violated', 'broken', 'broke', 'did', 'chance', 'opportunity', 'option', 'ample', 'plenty'],
  patterns: [
    String.raw`\byou\s+(?:have\s+|already\s+|clearly\s+)?(?:agreed|consented|accepted|signed up)\s+to\s+(?:our|the|these|those|this|all)\s+(?:[a-z0-9-]+\s+){0,3}(?:terms?|conditions|polic(?:y|ies)|contract|agreement|rules|t&cs|tos)\b`,
    // The contract the customer accepted, quoted as the ground of a decision: "in accordance with the terms and
    // conditions which you accepted when opening the account", "according to rental terms you accept at the counter".
    String.raw`\b(?:in\s+accordance\s+with|according\s+to|under|in\s+line\s+with|as\s+per|per|as\s+set\s+out\s+in|as\s+outlined\s+in|as\s+stated\s+in|pursuant\s+to|subject\s+to)\s+(?:[^.!?\n]|\.(?=\d)){0,40}?\b(?:terms|conditions|t&cs|tos|agreement|contract)\b(?:\s+(?:of|for)\s+(?:the|your|our|this)\s+(?:[a-z-]+\s+){0,2}[a-z-]+)?\s*,?\s+(?:that\s+|which\s+)?you\s+(?:have\s+|had\s+)?(?:accepted|accept|agreed\s+to|signed|consented\s+to)\b(?![^.!?\n]{0,40}?\b(?:allows?|entitles?|gives?\s+you|covers?|includes?|lets?\s+you)\b)`,
    // The accepted terms as the subject that decides: "the terms you agreed to state that…".
    String.raw`\b(?:terms|conditions|t&cs|agreement|contract)\s+(?:that\s+|which\s+)?you\s+(?:have\s+|had\s+)?(?:accepted|agreed\s+to|signed)\s+(?:(?:at|on|when)\s+[^.!?\n,]{1,30}?\s+)?(?:clearly\s+|explicitly\s+)?(?:state|states|say|says|specify|specifies|stipulate|stipulates|set\s+out|make\s+(?:it\s+)?clear)\b(?![^.!?\n]{0,40}?\b(?:you\s+(?:can|may|are\s+entitled|get)|we\s+(?:will|must|should)\s+(?:refund|cover|replace)))`,
    // Signing held against the customer: "you signed the loan agreement confirming…", "you signed to acknowledge receipt".
    String.raw`\byou\s+(?:have\s+)?signed\s+(?:(?:the|your|our|this|a)\s+(?:[a-z-]+\s+){0,2}(?:agreement|contract|form|declaration|terms|lease|document)\s+)?(?:confirming|acknowledging|agreeing|accepting|to\s+(?:acknowledge|confirm|accept|agree|say))\b`,
    String.raw`\b(?:when|at\s+the\s+time)\s+you\s+signed\s+(?:the|your|our|this)\s+(?:[a-z-]+\s+)?(?:agreement|contract|lease|terms)\b`,
    String.raw`\byou\s+(?:have\s+)?(?:accepted|acknowledged|read and accepted)\s+(?:our|the|these)\s+(?:terms|conditions|polic(?:y|ies)|t&cs|tos)\b`,
    String.raw`\bby\s+(?:signing up|agreeing|purchasing|buying|booking|subscribing|accepting|ordering|registering|using)\b[^.!?\n]{0,40}?\byou\s+(?:agreed|accepted|acknowledged|consented)\b`,
    String.raw`\byou\s+were\s+(?:clearly\s+|already\s+|fully\s+)?(?:informed|told|warned|notified|advised|made aware)\b`,
    String.raw`\b(?:it(?:'s|\s+is|\s+was)\s+|that(?:'s|\s+is)\s+)(?:entirely\s+|solely\s+)?(?:your|the\s+${ROLE}'s)\s+(?:own\s+)?responsibility\b`,
    String.raw`\b(?:is|are|was|were|remains?)\s+(?:entirely\s+|solely\s+|always\s+)?(?:your|the\s+${ROLE}'s)\s+(?:own\s+)?(?:responsibility|duty|obligation)\b`,
    String.raw`\bthe\s+responsibility\s+(?:lies|is|rests)\s+with\s+(?:you|the\s+${ROLE})\b`,
    String.raw`\byou\s+were\s+(?:clearly\s+|always\s+)?(?:required|supposed|expected|obliged|meant|asked)\s+to\s+(?!be\s+(?:given|sent|told|refunded|offered|contacted|called|notified)\b)[a-z]+`,
    String.raw`\b(?:a|in)\s+(?:clear\s+|direct\s+)?(?:breach|violation)\s+of\s+(?:your|our|the|its)\s+(?:[a-z]+\s+)?(?:terms|conditions|agreement|contract|polic(?:y|ies)|rules|t&cs|tos|guidelines)\b|\byou\s+(?:have\s+)?(?:breached|violated|broken|broke)\s+(?:our|the|your)\b`,
    String.raw`\b(?:we|i)\s+(?:did\s+(?:clearly\s+)?(?:warn|tell|inform|notify|advise|remind)|(?:clearly\s+)?warned)\s+(?:you|${AUDIENCE})\b|\b(?:we|i)\s+did\s+(?:mention|explain|say|state|point out)\s+(?:this|that|it)\b`,
    String.raw`\byou(?:'re|\s+are|\s+were)\s+(?:solely\s+|fully\s+|always\s+)?responsible\s+for\b(?!\s+nothing)`,
    // The chance the customer had and didn't take: "existing subscribers were given the chance to cancel".
    String.raw`\b(?:you|(?:all\s+|existing\s+|our\s+)?${ROLE}s?)\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:all\s+|already\s+|always\s+)?(?:given|offered)\s+(?:the|every|a|ample|plenty\s+of)\s+(?:chance|opportunity|option|time)\s+to\b`,
    String.raw`\byou\s+(?:ticked|checked|clicked|selected)\s+(?:the|a)\s+box\s+(?:agreeing|accepting|to\s+(?:agree|accept|confirm))\b`,
    String.raw`\b(?:it's|it is|it was)\s+(?:entirely\s+|completely\s+|solely\s+)?up\s+to\s+you\s+to\s+(?:keep track|make sure|check|ensure|remember|read|cancel|monitor|notify|inform|tell)\b`,
  ],
  // "the fee which you were told was mandatory — it was not": the customer was misinformed, not reminded.
  unless: [String.raw`\b(?:wrong|incorrect(?:ly)?|mistakenly|by mistake|in error|the wrong)\b`, String.raw`\byou\s+were\s+told\s+(?:was|were|is|would\s+be)\b[^.!?\n]{0,40}?[—–,;-]\s*(?:it|this|that)\s+(?:was|is)(?:\s+not|n't)\b`],
  priority: 70,
  message: 'Holds the terms against the customer: explain what they mean now and what you can do.',
  why:
    '"You agreed to these terms" wins the argument and loses the customer. It tells them the fine print matters more ' +
    'than their problem; a plain explanation plus the option that is still open keeps the relationship.',
  suggestions: [
    { label: 'Explain and offer', scope: 'sentence', text: 'The plan works like this: [plain explanation]. Here is what I can do: {canDo}.' },
    { label: 'Give the next step', scope: 'sentence', text: "Here's how to [do it]: [steps]." },
  ],
};

/**
 * Whole replies: each `match` must get a flag from the rule, each `allow` must not (tests/unit/analysis/rules.test.ts).
 * Test data only: rules/index.ts imports the rules above, never this table, so it stays out of the content script.
 */
export const examples: RuleExamples = {
  'blame-clearly-stated': {
    match: [
      "It's clearly stated on the product page that batteries are not included.",
      'The listing clearly says the item ships from overseas.',
      'Please read the instructions carefully.',
      'The app does what it promises in the description.',
      'The phone was returned after the 14-day window, which is stated clearly on the receipt.',
      "Please note that the 'Ultra' package does not include live sports, as indicated on the pricing page.",
      'As mentioned in your rental agreement, the damage waiver does not cover windscreen damage.',
      // Any written thing of ours or theirs, then the limit it set.
      'As mentioned in our email of 4 March, your domain will not renew automatically.',
      'As stated in our docs, the free tier only supports 3 devices.',
      'However, as stated in our hotel policy, pets are not allowed in rooms.',
      // The reminder as a plain passive sentence.
      'Hi, the watermark only appears in the free version. This is mentioned in the app description and on the export screen.',
      "Restaurants set their own prices on our app. This is noted on each restaurant's page.",
      // In a relative clause at the end, and "it's in the FAQ".
      'Our listed start times include around 20 minutes of ads and trailers, which is mentioned on the booking page.',
      'The app requires iOS 16 or later, which is stated in the App Store listing.',
      "It's in the FAQ.",
      'That is in the small print on the voucher itself.',
    ],
    allow: [
      'I can see the page is not clear about this, so I have asked the team to reword it.',
      'The instructions say to hold the button for five seconds — here is a short video showing it.',
      'Our new pricing page explains the plans side by side: example.com/pricing.',
      'Clearly we got this wrong, and I have refunded you.',
      'The new limits are stated clearly now: I have updated the help page after your message.',
      'As stated in your contract, the repair is covered, so I have booked an engineer for Monday.',
      'As mentioned on our status page, the outage does not affect payments.',
      "Don't worry about the fee: as stated in your agreement, the first change is free.",
      // A reminder that reassures, or that points to what the customer can do.
      'As mentioned in our email, the maintenance will not affect your bookings.',
      "As noted in our email, you won't be charged for the trial.",
      'As mentioned in our FAQ, you can pause your plan any time: Settings > Plan > Pause.',
      // A policy cited, a pointer to where to read, or what was shown to us.
      'Sorry, we can not accept opened cosmetics for hygiene reasons. This is written in our return policy.',
      'Yes, you can export to PDF. This is explained in our guide here: example.com/export-pdf.',
      'Thanks for the screenshot. It is shown on the error page, so I have passed the code to our developers.',
      // A relative clause that points to where to read, the terms cited, or a thing inside the listing.
      'The new size chart, which is shown on the product page here: example.com/sizes, should help you pick.',
      "We don't offer partial refunds for unused months, that's in the terms.",
      "It's in the listing photos now too: I've added a picture of the back panel.",
    ],
  },
  'blame-terms-agreed': {
    match: [
      'You agreed to these terms when you signed up.',
      'By purchasing the ticket you accepted the cancellation rules.',
      'You were informed at checkout that the sale was final.',
      "It's your responsibility to keep your password safe.",
      'Please be advised that you were required to return the form within 14 days.',
      'Holding a valid visa is the passenger’s responsibility.',
      'Your account was suspended for a breach of our community guidelines.',
      'We did warn everyone that the beta would be wiped.',
      'The price change was announced a month ago. Existing subscribers were given the chance to cancel.',
      'Just to clarify, you agreed to our 12-month minimum term when you signed the contract.',
      'Fees are applied in accordance with the account terms and conditions which you accepted when opening the account.',
      'The refuel charge is correct according to rental terms you accept at the counter.',
      'Under clause 7.2 of the credit agreement you signed on opening the account, this fee is payable.',
      'You signed the loan agreement confirming that the repayments were affordable.',
      'The terms you agreed to at sign-up state that the deposit is non-refundable.',
      'Hello Eli, You were responsible for measuring the space before ordering. Best, Gia',
      'The terms were provided to you at the start of your contract and you signed to acknowledge receipt.',
    ],
    allow: [
      'You were told the wrong date by our agent, and I am sorry — I have fixed the booking.',
      'By signing up you get 20% off your first order.',
      "You're responsible for nothing here — we'll cover the return shipping.",
      'Our terms allow a refund in this case, so I have issued one.',
      'You were supposed to be sent a refund on Monday, and I can see it failed — I have reissued it.',
      'We did warn the courier about the gate code, and I have added it to your account too.',
      'This is a data breach of our supplier, not anything you did; we have reset your password.',
      "You'll be given the option to cancel at the next screen.",
      'We have refunded the $35 upgrade fee which you were told was mandatory — it was not.',
      'The terms you accepted allow a full refund within 30 days, so I have refunded you.',
      'Once you signed the lease we sent the keys by courier; they arrive tomorrow.',
      'I have attached a copy of the agreement you signed, as you asked.',
      "The terms you accepted state that you can cancel at any time, so I've cancelled it for you.",
    ],
  },
};
