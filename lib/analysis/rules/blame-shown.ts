import type { RuleExamples } from '../rule-examples';
import type { RuleSpec } from '../rule-schema';
import { ADDRESSEES } from './fragments';

/**
 * A thing the customer was given or shown before the problem: a page of the offer, the confirmation, the ticket, the
 * box. Not a help page to go to (no "help", "guide", "app", "menu", "settings": those are where to look now).
 */
const SHOWN_IN = String.raw`(?:the|your|our|each|every)\s+(?:[a-z0-9'-]+\s+){0,2}(?:page|description|listing|confirmation|receipt|e-?ticket|ticket|(?:boarding\s+)?pass|voucher|label|box|packaging|sign|signs|banner|pop-up|popup|contract|agreement|checkout|leaflet|poster|small\s+print|fine\s+print|key\s+facts|onboarding|email|e-mail|letter|form|texts|notice|drawing|checklist|declaration)\b`;
/** Not a pointer to where to read now: a link, "here", "below", "now", a menu path, a colon before the address. */
const NOT_A_POINTER = String.raw`(?![^.!?\n]{0,80}?(?:https?:|www\.|\.com\b|\.co\b|\bhere\b|\bbelow\b|\bnow\b|>|\s:|:\s*[a-z0-9-]+\.[a-z]))`;
/** A document the customer was given, named as such: "the tenancy guide", "the confirmation text", "your welcome pack". */
const GIVEN_DOC = String.raw`(?:the|our|your)\s+(?:[a-z0-9'-]+\s+){0,3}?(?:guide|manual|schedule|statement|letter|pack|confirmation|e-?mail|text|message|form|leaflet|contract|agreement|policy|terms|notice|receipt)`;
/** …named by our giving it: "the annual statement letter we posted", "the schedule we sent". */
const DOC_WE_SENT = String.raw`${GIVEN_DOC}\s+(?:that\s+)?(?:we|i)\s+(?:sent|posted|e-?mailed|gave|issued)`;
/** A word of the place a sign stands in ("at the pool entrance"): not an auxiliary, which would start the predicate. */
const PLACE_WORD = String.raw`(?!(?:does|do|did|is|are|was|were)\b)[a-z'-]+`;

/** The reply owns what the page said: "the page said 'no ads' but that only applies…", "it was out of date". */
const OWNED = String.raw`\b(?:wrong(?:ly)?|incorrect(?:ly)?|mistake|error|out\s+of\s+date|outdated|confusing|misleading|glitch|bug|should\s+have|shouldn't\s+have|didn't|did\s+not|wasn't|was\s+not|isn't\s+(?:more|very)|not\s+clear|unclear|poorly|our\s+(?:bad|fault)|on\s+us|you're\s+right|fair\s+point|(?<!\bit\s)updated|reworded|rewritten|corrected)\b`;

/**
 * Where the customer was shown it: "this was shown on the product page", "as stated in your booking confirmation",
 * "it says on the box", "the store page says the game is single-player only", "you will have seen a warning".
 */
export const blameWasShown: RuleSpec = {
  id: 'blame-was-shown',
  category: 'customer-blame',
  when: 'always',
  triggers: ['gave', 'asked', 'asks', 'told', 'tells', 'reminded', 'reminds', 'advised', 'advises', 'sign', 'signs', 'both', 'approved', 'sent', 'issued', 'posted', 'emailed', 'e-mailed', 'all', 'and', 'plus', 'accepted', 'signed', 'ticked', 'agreed', 'confirmed', 'mention', 'state', 'say', 'explained', 'note', 'shown', 'stated', 'listed', 'printed', 'noted', 'mentioned', 'written', 'displayed', 'marked', 'says', 'said', 'states', 'seen', 'wrote', 'went', 'given', 'confirm', 'dismissed', 'clicked', 'instructed', 'warned'],
  patterns: [
    // The past passive with the place: "this was shown on the product page", "the limit was printed on your booking".
    String.raw`\b(?:was|were|had\s+been)\s+(?:also\s+|clearly\s+|already\s+)?(?:shown|stated|listed|printed|noted|mentioned|written|displayed|marked|set\s+out|detailed|explained)\s+(?:both\s+|again\s+)?(?:on|in|at)\s+${SHOWN_IN}${NOT_A_POINTER}`,
    // "As stated in your booking confirmation, boarding gates close…"; not our own promise restated ("as mentioned in
    // the email, we'll refund you").
    String.raw`\bas\s+(?:stated|shown|mentioned|noted|explained|outlined|specified|set\s+out|described|listed|printed|written|detailed)\s+(?:on|in)\s+${SHOWN_IN}(?![^.!?\n]{0,60}?\b(?:we|i)(?:'ll|'ve|\s+will|\s+have|\s+can)?\s)${NOT_A_POINTER}`,
    // "It says on the box 'batteries not included'", "as it says on the screen when you choose it".
    String.raw`\b(?:it|this)\s+(?:says|said|states|stated)\s+(?:so\s+)?(?:on|in)\s+(?:the|your)\s+(?:[a-z0-9'-]+\s+){0,2}(?:box|label|packaging|screen|page|description|listing|ticket|receipt|confirmation|sign)\b${NOT_A_POINTER}`,
    // The offer's own page speaks: "the store page says the game is single-player only", "the description says:".
    String.raw`\b(?:the|your)\s+(?:(?:store|product|sales|tour|event|offer|pricing|plans?)\s+page|description|listing|label|box|packaging|e-?ticket|ticket|receipt)\s+(?:clearly\s+|also\s+|both\s+)?(?:says|states|shows|mentions|notes)\b(?!\s+(?:it's|it\s+is|it\s+was|that\s+it)\s+(?:delivered|dispatched|shipped|on\s+its\s+way|out\s+for))${NOT_A_POINTER}`,
    // Two places in the present: "it's on the plans page and in the banner", "are listed on the returns page and on the
    // back of your receipt". One place alone in the present is as often where to look now ("it's in your confirmation").
    String.raw`\b(?:it's|it\s+is|that's|that\s+is|this\s+is|which\s+is|they're|is|are)\s+(?:also\s+|all\s+|clearly\s+)?(?:(?:shown|stated|listed|printed|noted|mentioned|written|displayed|marked|explained|set\s+out)\s+)?(?:both\s+)?(?:in|on|at|under)\s+${SHOWN_IN}[^.!?\n]{0,50}?\b(?:and|plus)\s+(?:also\s+|again\s+)?(?:in|on|at)\s+(?:the|your|our)\s+(?!app\b|account\b)${NOT_A_POINTER}`,
    // Two of them agreeing: "the event page and e-ticket both say", "the plan page and the SIM pack both state".
    String.raw`\b(?:page|ticket|label|box|pack|packaging|receipt|confirmation|description|listing|poster|sign|leaflet|website|site|list)\s+(?:both|all)\s+(?:say|said|state|stated|show|showed|mention|mentioned|note|noted)\b`,
    // Our own telling, named by where: "which we mention in the first line of the description".
    String.raw`\b(?:we|i)\s+(?:mention|mentioned|state|stated|say|said|explain|explained|note|noted)\s+(?:it\s+|this\s+|that\s+|so\s+)?(?:in|on)\s+(?:the\s+|our\s+)?(?:[a-z-]+\s+){0,3}(?:of\s+the\s+)?(?:description|listing|store\s+page|product\s+page|confirmation|screenshots)\b`,
    // What the customer accepted: "the order summary you accepted on 4 March", "the pop-up you accepted".
    // …or signed off: "the design drawing you approved and signed", "the setup checklist you signed off in March".
    // …or the warning confirmed: "the warning you confirm before closing says so".
    String.raw`\b(?:summary|pop-up|popup|box|agreement|contract|form|quote|drawing|plan|checklist|declaration|proposal|specification|warning|prompt|dialog)\s+(?:that\s+)?you\s+(?:accepted|signed(?!\s+up)|ticked|agreed\s+to|confirmed|confirm|approved|dismissed|clicked\s+through)\b`,
    // Where in what the customer was given: "the password is on page 2 of the welcome pack you were given on Monday".
    String.raw`\b(?:on|in)\s+(?:(?:page|section)\s+[\d.]+\s+of\s+)?(?:the|your)\s+(?:[a-z0-9'-]+\s+){0,2}(?:pack|guide|booklet|sheet|handbook|leaflet|document|instructions|paperwork|manual|letter|e-?mail)\s+(?:that\s+)?you\s+were\s+(?:given|sent|handed|e-?mailed|issued)\b${NOT_A_POINTER}`,
    // What a notice to everyone asked: "Monday's upgrade guide asked everyone to keep their laptop plugged in".
    String.raw`\b(?:guide|e-?mail|notice|announcement|instructions|message|memo|letter)\s+(?:asked|told|instructed|reminded|warned)\s+(?:everyone|all\s+(?:users|staff|customers)|users|staff|customers)\s+(?:to|not)\b`,
    // Shown before the customer paid: "the system confirmed seats 14, 15 and 22 on the checkout page before payment",
    // "which you were shown clearly before paying", "the trial terms were shown before you confirmed".
    String.raw`\b(?:shown|displayed|confirmed|listed|stated)\b[^.!?\n]{0,60}?\bbefore\s+(?:payment|paying|purchase|you\s+(?:paid|confirmed|ordered|booked|submitted|bought|purchased|checked\s+out))\b`,
    // Word sent before it happened: "renewal reminders were sent by email on 1 August", "after notices were sent".
    // …or "went" to the customer's contact: "reminders went to your billing contact on the 20th, the 27th and the 1st"
    // (not to an old or wrong address: that miss is ours).
    String.raw`\b(?:reminders?|notices?|notifications?|warnings?)\s+(?:(?:was|were|had\s+been)\s+(?:also\s+|already\s+)?(?:sent|issued|posted|e-?mailed)\b|went\s+(?:out\s+)?to\s+(?:your|all|every)\b(?!\s+(?:old|wrong|previous|former)\b))`,
    // The notice period given to the customer's side: "with 60 days' notice emailed to your account owner".
    String.raw`\b\d+\s+(?:days|weeks|months)'?\s+notice\s+(?:was\s+)?(?:sent|given|e-?mailed)\s+to\s+(?:you|your)\b`,
    // Two places, one of them the customer's: "as stated on our website and in the email sent to all ticket holders".
    String.raw`\bas\s+(?:stated|shown|mentioned|noted|explained|outlined|set\s+out|described|listed|printed)\s+(?:on|in)\s+(?:the|our)\s+(?:[a-z-]+\s+){1,3}(?:and|as\s+well\s+as)\s+(?:on|in)\s+${SHOWN_IN}`,
    // "You will have seen a warning message about this", "you'd have seen the pop-up": not "you should have received".
    String.raw`\byou(?:'ll|\s+will|'d|\s+would)\s+have\s+(?:seen|received|got|been\s+shown)\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:warning|notice|pop-up|popup|prompt|alert)\b`,
    // The document we gave speaks: "the tenancy guide we sent at signing explains that…", "the confirmation we sent
    // says". Not a status ("the email we sent says your refund will reach you on Friday").
    String.raw`\b${DOC_WE_SENT}[^.!?\n,]{0,40}?\s(?:(?:explain|state|list|mention)(?:s|ed)?|says|said)\b(?![^.!?\n]{0,60}?\b(?:will|we'll|on\s+its\s+way|tracking)\b)`,
    // What a document told the customer to do: "the confirmation text said to arrive 10 minutes early", "the email
    // asked customers to measure access"; in the present only as told to every customer ("the online form asks
    // applicants to check all details"), not "the form asks you to enter the code", a step to take now.
    String.raw`\b${GIVEN_DOC}\s+(?:(?:said|asked|told|reminded|advised)(?:\s+you)?|says|asks|tells|reminds|advises)\s+(?:${ADDRESSEES}\s+)?to\s+(?!contact|call|reply|get\s+in|let\s+us)[a-z]`,
    // Signs put up where it happened: "there are signs in the changing rooms explaining…", "the sign at the pool says".
    String.raw`\bsigns?\s+(?:(?:at|in|on|by|around|next\s+to)\s+(?:the\s+|every\s+)?(?:${PLACE_WORD}\s+){1,3}?)?(?:(?:say|state|explain|warn)(?:s|ed|ing)?|said)\b`,
    // "We wrote to you about it in February."
    // …or to everyone in the customer's role: "we emailed every API key owner about it in April, July and September".
    String.raw`\bwe\s+(?:wrote\s+to|emailed|e-mailed|texted|notified|warned)\s+(?:you|(?:every|all)\s+(?:[a-z0-9-]+\s+){0,3}?[a-z-]+)\s+about\s+(?:it|this|that|the\s+(?:price|change|increase|rise))\s+(?:in|on|back\s+in|last)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|\d|week|month)`,
  ],
  unless: [OWNED],
  priority: 56,
  message: 'Points out where the customer was shown it: give the information again, plainly, with what can be done now.',
  why:
    '"This was shown on the product page" tells the customer they should have read it. Even with an apology next to it, ' +
    'it reads as "your fault". Say what the rule is, kindly, and what you can still do.',
  suggestions: [
    { label: 'Give it again, plainly', scope: 'sentence', text: 'Here is how it works: [summary]. Here is what we can do now: {canDo}.' },
    { label: 'Own that it was missed', scope: 'sentence', text: "It's easy to miss — [the rule] applies here, and I can [help with it] now." },
  ],
};

/**
 * Whole replies: each `match` must get a flag from the rule, each `allow` must not (tests/unit/analysis/rules.test.ts).
 * Test data only: rules/index.ts imports the rules above, never this table, so it stays out of the content script.
 */
export const examples: RuleExamples = {
  'blame-was-shown': {
    match: [
      'The item was marked as Final Sale, which cannot be returned — this was shown on the product page and in your order confirmation. Sorry we cannot help.',
      'We hear you. The 23kg limit was printed on your booking confirmation, so the desk did have to apply the charge.',
      'As stated in your booking confirmation, boarding gates close 30 minutes before departure. We are sorry.',
      "hi, sorry but it says on the box 'batteries not included'.",
      'It is not possible to change the username once set, as it says on the screen when you choose it. We are sorry.',
      'Sorry, we cannot do anything about this one. The store page clearly says the game is single-player only.',
      'You will have seen a warning message about this before you confirmed.',
      'Sorry, the free tier only keeps 30 days of history — it is on the plans page and in the banner above your chat list.',
      'We are sorry you missed the start. The event page and e-ticket both say latecomers will be admitted at a suitable break.',
      'Without the board most features are not available, which we mention in the first line of the description. We are sorry for the misunderstanding.',
      'As noted on your boarding pass and in the booking confirmation, gates close 20 minutes before departure.',
      'The introductory price is on the order summary you accepted on 4 March.',
      'The extra charge is the annual price rise. We wrote to you about it in February. Sorry it caught you off guard.',
      'The layout was shown on the design drawing you approved and signed on 12 April.',
      'This setting was chosen at onboarding and confirmed in the setup checklist you signed off in March.',
      'Renewal reminders were sent by email on 1 August and 15 August. We are unable to refund the renewal fee.',
      'Your account was closed in January after notices were sent to your registered email address.',
      'Requests had to be made within 7 days, as stated on our website and in the email sent to all ticket holders.',
      'Our policy, which is on your registration form and in the reminder texts, is 24 hours notice.',
      'You selected "best available", and the system confirmed seats 14, 15 and 22 on the checkout page before payment.',
      'You booked the non-refundable rate, which you were shown clearly before paying.',
      'Apologies for the confusion. The tenancy guide we sent at signing explains that cleaning is deducted.',
      'The confirmation we sent says a patch test is needed 48 hours before any tint.',
      "I'm sorry you missed your slot. The confirmation text said to arrive 10 minutes early for paperwork.",
      'The confirmation email asked customers to measure access before delivery.',
      'The online form asks applicants to check all details on the summary page before payment.',
      'Lockers are provided and there are signs in the changing rooms explaining the club cannot accept responsibility.',
      'Sorry. The water temperature sign at the pool says the outdoor pool is unheated from October.',
      'Your hosting account was suspended on 3 June. Reminders went to your billing contact on the 20th, the 27th and the 1st.',
      'The ranges were last changed in February, with 60 days\' notice emailed to your account owner.',
      'The v1 endpoints were retired on 1 October. We emailed every API key owner about it in April, July and September.',
      'Closing a year is permanent in the software, and the warning you confirm before closing says so.',
      'Hi Leo, the London office Wi-Fi password is on page 2 of the welcome pack you were given on Monday.',
      "Monday's upgrade guide asked everyone to keep their laptop plugged in while it updated.",
    ],
    allow: [
      "You'll find the steps in the description.",
      'Our store hours are listed on the store finder page: shop.com/stores.',
      "Our description didn't make that clear, sorry — we've updated it.",
      'You should have received an email with your tracking number.',
      "Our bad! The store page said 'no ads' but that only applies to the paid version. We've updated the description.",
      'Sorry, the wrong price was shown on the product page for an hour. We will honour it.',
      'As mentioned in the confirmation email, we will refund you within 5 days.',
      'The tracking page says it is out for delivery today.',
      'Your booking reference is at the top of the confirmation email and in the app under Trips.',
      'Your boarding pass is in your email now and also in the app under My Trips. Have a safe flight!',
      'The full list of features was shown in the description here: app.com/features.',
      'Please sign the plan you signed up for again in the portal.',
      'The reminder was sent to the wrong address, which was our mistake. We have waived the fee.',
      'As stated in our Terms of Use (section 6.2), donations are final once processed.',
      'The changes are on the order form. Please sign it and send it back.',
      'Please check the seats on the checkout page before payment.',
      'Your booking is confirmed. Please pay before Friday.',
      'The email we sent you yesterday says your refund is on its way.',
      'The tracking details are in the email we sent you this morning.',
      'The form asks you to enter the code from your card, then tap Continue.',
      'The confirmation email asked you to reply with photos, so please send them when you can.',
      'The sign at the entrance does say the discount applies to selected lines. Our colleague should have explained it better.',
      'Please sign the form and send it back.',
      'The reminder went to your old address, so we have waived the late fee.',
      'Your refund went to your card on Monday.',
      "We'll give you 30 days' notice before the ranges change.",
      'We emailed every customer about the outage as soon as it started, and it is fixed now.',
      "If you can't find the welcome pack you were given, I've attached it again.",
      'The steps are in the guide you were sent, here: help.example.com/vpn.',
      "We'll send a notice asking all users to restart tonight.",
      'Please confirm the warning you see when you open the app, then tap Continue.',
      'The guide asked everyone to restart, but it was wrong and we have updated it.',
    ],
  },
};
