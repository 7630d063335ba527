/**
 * What counts as help in a reply (taxonomy: "Counts as help"), as regex sources over the whole reply.
 *
 * - STRONG help moves the case forward by the agent's own hand: an action taken, a commitment, an alternative,
 *   or a request for the specific details needed to act. Only strong help redeems an apology welded to a refusal.
 * - WEAK help is guidance the customer can act on: instructions, steps, a diagnostic question.
 * Not help (so deliberately absent): thanks for patience, "we value you", "your feedback has been noted",
 * "anything else?", "we'll be here", "please contact X" with nothing more.
 *
 * A signal is a regex source, or a small regex whose match must be followed by a phrase of a big word list (see
 * phrase-list.ts: an alternation of hundreds of verbs is what made the first analysis of a session slow).
 */
import { PhraseList } from './phrase-list';

export type HelpSignal =
  | string
  | {
      /** Matched against one sentence lower-cased in ASCII (no `i` flag: write it in lower case); `^` is the sentence start. */
      re: string;
      /** Up to two of these phrases, each with an optional comma, may sit between the match and `then`. */
      lead?: PhraseList;
      /** A phrase of this list must start where `re`'s match ends (or at a word within `within` characters). */
      then: PhraseList;
      within?: number;
      /** …and this must not match right after the phrase. */
      notAfter?: string;
    };

const DONE = new PhraseList([String.raw`put|made a note|left a note|marked|attached|paused|resumed|renewed|transferred|closed|deleted|re-?run|ran|redone|re-?tried|retried|re-?processed|issued|refunded|processed|sent|re-?sent|shipped|escalated|reset|changed|updated|fixed|credited|applied|added|removed|cancell?ed|booked|re-?booked|scheduled|arranged|opened|filed|logged|raised|reactivated|restored|unlocked|upgraded|extended|waived|reversed|corrected|resolved|created|submitted|placed|expedited|replaced|activated|approved|authori[sz]ed|ordered|requested|set up|switched|moved|merged|cleared|released|initiated|emailed|called|reissued|re-?issued|honou?red|matched|compensated|reimbursed|covered|sorted|organi[sz]ed|unblocked|restarted|reinstated|recovered|adjusted|enabled|disabled|contacted|reached out|spoken|notified|asked (?:the|our)|put (?:in|through)|cancelled`]);
const INVESTIGATED = String.raw`(?:checked|reviewed|investigated|looked into|verified|confirmed|located|found|tracked|traced|tested|reproduced|forwarded|passed)`;

// Not "if there is anything I can help you with": that is the "anything else?" non-offer.
const COMMIT_SUBJECT = String.raw`(?<!\banything\s(?:else\s)?(?:that\s)?)\b(?:i|we)(?:'ll|\s+will|'m going to|\s+am going to|'re going to|\s+are going to|'d be (?:happy|glad) to|\s+would be (?:happy|glad) to|'d like to|\s+would like to|\s+can(?!'t|not)|\s+could(?!n't|\s+not|\s+have))`;
const COMMIT_VERB = new PhraseList(
  [String.raw`refund|send|re-?send|ship|replace|credit|call|ring|email|e-mail|text|follow up|check|look into|investigate|escalate|update you|get back to you|reach out|contact you|arrange|book|rebook|fix|reset|change|process|issue|cover|waive|expedite|upgrade|review|make (?:this|it|that|things) right|take care of|sort|set up|walk you through|monitor|keep (?:you|an eye)|dig into|track|confirm|extend|cancel|reverse|reactivate|restore|unlock|have (?:someone|a specialist|our|a technician|an engineer|the)|ask (?:our|the|a)|let you know|notify you|research|compensate|reimburse|apply|add|remove|correct|resolve|be in touch|touch base|find out|test|offer|switch|move|transfer|honou?r|match|give you|get (?:this|it|that|you|a)|pull up|look at|take a (?:look|closer look)|open|file|log|raise|submit|put|schedule|order|trace|locate|chase|push|prioriti[sz]e|see what|see if|double-?check|verify|help you (?:with|to|get|set|fix|recover|restore|reset|change|cancel|update|find|track|move|sort)|assist you (?:with|in)|go from there|take it from there`],
  ['look into (?:improving|adding|making|changing|implementing|this (?:feature|idea|suggestion))'],
);
const TEAM = String.raw`(?:(?:my|a|our)\s+colleague(?:\s+[a-z]+)?|someone|a specialist|an agent|an? (?:engineer|technician|specialist|advisor|adviser|manager|supervisor|member of (?:our|the) team)|(?:our|the|that|a)\s+(?:[a-z]+\s+)?(?:team|department|specialists?|engineers?|devs|developers|admins?|agents?|technicians?|staff)|one of (?:our|the) (?:team|[a-z]+))`;
const TEAM_VERB = String.raw`(?:visit|come (?:out|round|over|by)|arrive|be (?:with you|there)|install|repair|replace|collect|deliver|pick up|be in touch|get back to you|contact you|reach out|call you|email you|look into|investigate|review|follow up|see if they can|see what they can|take a look|check|fix|process|handle|assist|help you|be able to help|sort|resolve|get this)`;

const DETAIL = String.raw`(?:order|account|acct|e-?mail|address|number|details|screenshots?|screen shots?|reference|confirmation|ticket|case|booking|reservation|serial|model|version|device|browser|username|user name|gamer ?tag|id|receipt|invoice|transaction|tracking|phone|name|date|error|code|postcode|zip|info|information|steps|logs?|video|recording|photos?|pictures?|images?|store|location|flight|record locator|specs|specifications|os|platform|concern|idea|payment slip|slip|proof of purchase|country|type|plan|dm|message)`;
const DETAILS = new PhraseList([String.raw`order|account|acct|e-?mail|address|number|details|screenshots?|screen shots?|reference|confirmation|ticket|case|booking|reservation|serial|model|version|device|browser|username|user name|gamer ?tag|id|receipt|invoice|transaction|tracking|phone|name|date|error|code|postcode|zip|info|information|steps|logs?|video|recording|photos?|pictures?|images?|store|location|flight|record locator|specs|specifications|os|platform|concern|idea|payment slip|slip|proof of purchase|country|type|plan|dm|message`]);
const ASK_VERB = String.raw`(?:send(?:ing)?|dm(?:ing)?|pm|direct message|message|share|sharing|provide|providing|give|tell|reply with|confirm|include|attach|forward|pass|follow/dm|inbox|email|e-mail)`;

const IMPERATIVE = new PhraseList(
  [String.raw`go to|go into|head (?:to|over to)|navigate to|tap|click|press|open|select|choose|restart|reboot|re-?install|uninstall|install|update|upgrade|clear|try|enable|disable|turn|toggle|switch|make sure|ensure|double-?check|check|checkout|follow|sign (?:in|out)|log (?:in|out)|reset|delete|remove|add|set|change|use|hold|unplug|plug|power|allow|grant|drag|swipe|scroll|type|enter|download|attach|re-?connect|connect|disconnect|pair|unpair|refresh|reload|force|back up|restore|exclude|whitelist|verify|look for|find|save|export|import|copy|paste|rename|move|wait|cancel|unsubscribe|proceed|keep an eye|monitor|stream|request|submit|fill|complete|confirm|launch|quit|close|re-?open|relaunch|activate|deactivate|reactivate|re-?link|unlink|link|register|disable`],
  ['use (?:this|the|our|that) (?:link|form|page) (?:(?:instead|below|above|here) )?to (?:contact|reach|get in touch|message)'],
);
// After "please"/"kindly", anything but these is an instruction: contacting elsewhere, patience and politeness are not help.
const NOT_AN_INSTRUCTION = String.raw`(?:let (?:us|me) know|contact|reach|call|ring|phone|email|e-mail|write|visit|accept|be|note|know|understand|bear|feel|let us know if you have|let me know if you have|don't|do not|keep us|stay|rest|advise|dm|d\.m|direct message|message|follow us|see (?:this|the|our) (?:[a-z]+ )?(?:article|page|link|site) for more|refer|speak|talk|get in touch|check back|allow us|forgive|excuse|enjoy|remember|hold on|give us|reach out|use (?:this|the|our) (?:link|form|page) (?:[a-z]+ )?to (?:contact|reach)|do get in touch|find (?:more|further) info|report (?:it|this|the matter|the issue) to)`;
const YOU_CAN_NOT_HELP = String.raw`(?:take (?:it|this|that) up|raise (?:it|this|that) with|go back to|contact|call|ring|phone|email|e-mail|write|visit|reach|see|read|find|view|check|learn|look|refer|be|get in touch|speak|talk|give us|wait|expect|receive|get|have|do|not|always|also contact|try again later)`;

const NOT_FEEDBACK = String.raw`\s+(?:your|the|this|these|that)\s+(?:feedback|comments?|suggestions?|thoughts|ideas?|concerns?)\b`;
/** What may precede an instruction at the start of a sentence: "Please, then restart…", "If not, just tap…". */
const INSTRUCTION_LEAD = new PhraseList([
  'please|just|simply|kindly|first|firstly|then|next|also|now|finally|and|so|if so|if not|otherwise|once done|after that|meanwhile',
]);

export const STRONG_HELP: readonly HelpSignal[] = [
  // An action taken ("I've refunded…"), not feedback passed along.
  {
    re: String.raw`\b(?:i|we)(?:'ve|\s+have)\s+(?:(?:just|now|already|also|personally)\s+|gone ahead and\s+){0,2}`,
    then: DONE,
    notAfter: NOT_FEEDBACK,
  },
  // What the customer will see or get, with a time: "you will see it in 3-5 days", "you'll get the new card by Friday".
  String.raw`\byou(?:'ll|\s+will)\s+(?:see|receive|get|have)\s+(?:it|them|the|your|a|an|this)\b[^.!?\n]{0,40}?\b(?:within|in|by|on|before)\s+(?:\d|the\s+next|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)`,
  String.raw`(?<!(?:feedback|suggestions?|comments?|thoughts|ideas?|review)\s)(?:\b(?:has|have)|'s|'ve)\s+(?:now\s+|just\s+|already\s+)?been\s+(?:issued|refunded|processed|sent|re-?sent|shipped|dispatched|escalated|reset|fixed|resolved|credited|cancell?ed|re-?booked|scheduled|raised|restored|reactivated|replaced|approved|applied|waived|reversed|corrected|expedited|reissued|unlocked|arranged|booked|submitted|logged|located|found|recovered|traced|couriered|collected|repaired|rectified|serviced|remedied|reconnected|restocked)\b`,
  // Money put back where the customer keeps it: "your credit has been returned to your account".
  String.raw`(?:\b(?:has|have)|'s|'ve)\s+(?:now\s+|just\s+|already\s+|automatically\s+)?been\s+(?:automatically\s+)?(?:returned|put\s+back|paid)\s+(?:back\s+)?(?:to|into|onto)\s+your\s+(?:account|card|balance|wallet|bank)\b`,
  // Done, in the passive or as a result: "the refund's gone through", "it will be couriered to your hotel".
  String.raw`(?:\b(?:has|have)|'s|'ve)\s+(?:now\s+|just\s+|already\s+)?gone\s+through\b`,
  String.raw`(?<!(?:feedback|suggestions?|comments?|thoughts|ideas?|review)\s)(?:\bwill|'ll)\s+(?:now\s+|then\s+)?be\s+(?:couriered|dispatched|shipped|refunded|credited|replaced|collected|rebooked|reissued|re-?sent|posted|returned to you|reactivated|restored)\b`,
  String.raw`(?:\b(?:is|are)|'s|'re)\s+(?:now\s+|already\s+)?(?:approved|on (?:its|the|their) way|out for delivery|booked|scheduled|processed|refunded|reactivated|restored|unlocked|resolved|back online|back up and running)\b`,
  // Ready for the customer: "your order is ready for collection", "they're ready now".
  String.raw`(?:\b(?:is|are)|'s|'re)\s+(?:now\s+)?ready\s+(?:now|for\s+(?:collection|pick-?up|you)|to\s+(?:collect|pick\s+up))\b`,
  String.raw`(?:\b(?:is|are)|'s|'re)\s+now\s+(?:fixed|working|live|sorted|available|active|enabled|correct)\b|(?:\b(?:is|are)|'s|'re)\s+(?:fixed|working|sorted)\s+now\b`,
  // A commitment by the agent or a named team.
  String.raw`\b(?:i|we)(?:'ll|\s+will)\b[^.!?\n]{0,60}?\b(?:by|before|within|until)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|noon|midday|the end of|end of|close of|\d)`,
  // Someone else's commitment with a time: "the engineer will bring the part on Wednesday", "they'll be back today
  // before 6pm"; and a restoration expected by a time: "we expect service back by 4pm".
  String.raw`\b(?:they|he|she|(?:the|our)\s+(?:[a-z]+\s+)?(?:crew|team|driver|courier|technician|engineer|lab|store|shop|rider|plumber|fitter)s?)(?:'ll|\s+will|\s+are\s+going\s+to|'re\s+going\s+to|\s+is\s+going\s+to)\s+(?:be\s+)?[a-z]+[^.!?\n]{0,50}?\b(?:today|tomorrow|tonight|(?:by|before|within|on|at)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|midday|\d))`,
  // A fault expected gone by a time, with its subject or without (chat): "should be sorted by 11am"; an estimate with a
  // time: "estimated fix 6pm", "ETA 3pm".
  String.raw`\bshould\s+(?:now\s+|all\s+)?be\s+(?:sorted|fixed|resolved|restored|repaired|back(?:\s+up)?|working|up and running)\b[^.!?\n]{0,30}?\b(?:by|before|within|today|tomorrow|tonight)\b`,
  String.raw`\b(?:estimated|expected)\s+(?:fix|resolution|restoration|repair|delivery|arrival|completion|return)(?:\s+time)?\s*(?:is\s+|of\s+|by\s+|at\s+|:\s*)?(?:today|tonight|tomorrow|\d{1,2}(?::\d\d)?\s*(?:am|pm)\b|\d{1,2}:\d\d)|\beta\s*:?\s*\d{1,2}(?::\d\d)?\s*(?:am|pm)?\b`,
  String.raw`\b(?:we|they|and|engineers|technicians|the\s+crew|the\s+team|our\s+team)\s+expect\s+(?:the\s+|your\s+|it\s+|them\s+|service\s+|power\s+|the\s+service\s+)?[a-z]*\s*(?:back|restored|fixed|resolved|repaired|delivered|to\s+be\s+[a-z]+)\b[^.!?\n]{0,30}?\b(?:by|before|within|today|tomorrow|tonight)\b`,
  // A named person's call or visit to the customer, in chat replies: "the doctor will call you to go through them",
  // "he will call you 30 minutes before". Not "…will contact / get back to you" (the vague promise), not "will not".
  String.raw`\b(?!(?:i|we)\b)[a-z]+\s+will\s+(?:call|ring|phone|text|visit)\s+you\b`,
  // An alternative that gets them there: "you can get the same result with the Export option", "your ticket is valid
  // on the next two services"; and a change gone through, in the past: "the cancellation went through".
  String.raw`\byou\s+can\s+(?:still\s+|also\s+)?(?:get|achieve|do)\s+the\s+same\s+(?:result|thing)\b`,
  String.raw`\b(?:ticket|pass|voucher|booking|reservation)\s+(?:is|are)\s+(?:still\s+)?valid\s+(?:on|for)\s+(?:the\s+)?(?:next|any|later|another|all)\b`,
  String.raw`\b(?:cancell?ation|refund|return|exchange|credit|upgrade|downgrade|switch)\s+(?:just\s+)?went\s+through\b`,
  // An alternative that works, or an offer: "a regular debit or credit card will work", "there's 10% off for
  // newsletter sign-ups".
  String.raw`\b(?:a|an|any|the)\s+(?:[a-z-]+\s+){0,4}(?:card|browser|app|version|method|option|device|cable|charger)\s+(?:will|should)\s+work\b`,
  String.raw`\bthere(?:'s|\s+is)\s+(?:a\s+|an\s+)?(?:\d+\s?%|\d+\s?(?:pounds|dollars|euros))\s+(?:off|discount)\b`,
  String.raw`\b(?:forwarded|passed|escalated|sent|handed|referred)\s+(?:your|this|the)\s+(?:request|case|ticket|issue|details|query|complaint|claim|order)\s+(?:on\s+)?(?:to|over to)\b`,
  String.raw`\bwho(?:'ll|\s+will)\s+(?:reply|respond|contact you|call you|get back to you|be in touch|email you|follow up|reach out|sort|fix|process|look into)\b`,
  {
    re: String.raw`${COMMIT_SUBJECT}(?:\s*,\s*(?:however|though|instead|of course|happily)\s*,)?\s+(?:(?:also|personally|now|gladly|happily|immediately|definitely|certainly|then|quickly|still|be sure to|right away)\s+)?`,
    then: COMMIT_VERB,
  },
  String.raw`\blet\s+me\s+(?:check|look|see|find out|get|escalate|fix|sort|help you|walk you|dig|take a look|pull up|reset|refund|process|arrange|book|set|send|change|update|cancel|contact|call)\b`,
  String.raw`\b${TEAM}(?:\s+from\s+(?:our|the|that)\s+(?:[a-z]+\s+)?team)?\s+(?:will|'ll|can|is going to|are going to|should)\s+(?:soon\s+|shortly\s+|then\s+)?${TEAM_VERB}\b`,
  // An alternative.
  String.raw`\b(?:but|however|instead|though)\s*,?\s+(?:if\s+[a-z0-9'-]+(?:\s+[a-z0-9'-]+){0,7}\s*,?\s+)?(?:what\s+)?(?:i|we)\s+(?:can(?!'t|not)|could(?!n't|\s+not)|will(?!\s+not)|'ll|would be happy to|'d be happy to|am able to|are able to|do offer|offer)\b`,
  String.raw`\bwhat\s+(?:i|we|you)\s+can\s+do\s+is\b|\bhere(?:'s|\s+is)\s+what\s+(?:i|we)\s+can\s+do\b|\balternatively\b|\bas\s+an\s+alternative\b|\b(?:another|a better|one)\s+option\s+(?:is|would be)\b|\bworkaround\b`,
  String.raw`\binstead\s*,?\s+(?:i|we|you)\s+(?:can|could)\b|\byou(?:'re|\s+are)\s+(?:more than\s+)?(?:welcome|free)\s+to\s+(?:return|exchange|cancel|switch|use|request|download|rebook|change|upgrade|downgrade|keep|try)\b`,
  String.raw`\bin\s+the\s+meantime\s*,?\s+(?:you\s+(?:can|could|may)|i|we|try|here)\b|\byou\s+(?:can|could)\s+(?:still|instead)\s+[a-z]+`,
  // A request for the details needed to act, or a request with its purpose stated.
  {
    re: String.raw`(?<!\b(?:not|never|don't|didn't|failed to|forgot to|neglected to)\s)\b${ASK_VERB}\s+(?:(?:me|us)\s+)?(?:with\s+|over\s+)?(?:your|the|a|an|some|any|more|which|what|when|where|how|all|those|these|a few|exactly|full|us)\b`,
    then: DETAILS,
    within: 60,
  },
  String.raw`\b(?:contact|email|e-mail|write to|message|reach(?:\s+out\s+to)?|get\s+in\s+touch\s+with)\s+(?:us|me|\S{1,60}@\S{1,60})\s+(?:at\s+\S{1,80}\s+)?with\s+(?:more\s+|further\s+|the\s+|your\s+|some\s+|any\s+|all\s+the\s+)?${DETAIL}\b`,
  String.raw`\b(?:let\s+(?:me|us)\s+know|tell\s+(?:me|us))\s+(?:which|what|when|where|how|whether|exactly)\b`,
  String.raw`\b(?:which|what)\s+(?:[a-z]+\s+)?${DETAIL}\b[^.!?\n]{0,80}\?`,
  // The chat form of the same question: "what's the email on the account?", "what's your postcode?".
  String.raw`\bwhat(?:'s|\s+is)\s+(?:the|your)\s+(?:[a-z]+\s+)?${DETAIL}\b[^.!?\n]{0,80}\?`,
  String.raw`\bmay\s+(?:i|we)\s+(?:have|get|know|ask for|see)\s+(?:your|the|a)\b`,
  String.raw`\bso\s+(?:that\s+)?(?:i|we|our\s+(?:[a-z]+\s+)?(?:team|specialists?|agents?|engineers?)|the\s+(?:[a-z]+\s+)?team|someone|a\s+specialist)\s+(?:can|could(?!\s+have)|may|will|'ll|are able to|am able to)\s+(?:[a-z]+\s+)?(?:help|assist|look|check|investigate|review|follow|fix|sort|resolve|take|get|connect|escalate|find|see|dig|make|process|pull|locate|verify|log|forward|update|arrange|refund|replace|resew|confirm|exclude|reach|track|trace|contact|call|research|handle|provide|better|further)\b`,
  String.raw`\bfor\s+(?:us|me)\s+to\s+(?:further\s+|better\s+)?(?:investigate|look|assist|help|check|escalate|review|locate|process|verify|follow|forward)\b|\bto\s+help\s+(?:us|me)\s+(?:investigate|look|understand|find|locate|check|sort|fix|resolve)\b`,
  // A visit or an act offered on the customer's word: "if it's a loud buzzing, let me know and I'll pop round".
  String.raw`\blet\s+(?:me|us)\s+know\b[^.!?\n]{0,60}?\band\s+(?:i|we)(?:'ll|\s+will)\s+(?!not\b|never\b)[a-z]+`,
  String.raw`\band\s+(?:i|we)(?:'ll|\s+will|\s+can)\s+(?:be\s+(?:glad|happy)\s+to\s+)?(?:help|assist|take\s+(?:it|a look)|go\s+from\s+there|take\s+it\s+from\s+there|look\s+into|follow\s+up|check|investigate|get\s+back|sort|fix|make\s+(?:this|it)\s+right)\b`,
];

export const WEAK_HELP: readonly HelpSignal[] = [
  // A fix already released in a version, the app developer's answer: "it's fixed in 2.3.1", "Fixed in v4.0.6", "the
  // fix is included in version 2.14". Not a hope or a promise ("should be fixed in the next update").
  String.raw`(?<!\b(?:will|would|should|could|might|may|to|hope|hopefully|be)\s+(?:be\s+)?)\bfixed\s+(?:it\s+)?(?:in|with|by)\s+(?:the\s+|our\s+|today's\s+|this\s+week's\s+|yesterday's\s+)?(?:latest\s+|new\s+|newest\s+|current\s+|recent\s+|last\s+)?(?:version|update|release|build|patch|v\s?\d|\d+\.\d+)|\bfix\s+(?:is|was|has\s+been|'s)\s+(?:now\s+|already\s+)?(?:included|live|out|available|released|shipped|in)\s+(?:in\s+)?(?:the\s+)?(?:latest\s+|new\s+)?(?:version|update|release|build|v\s?\d|\d+\.\d+)`,
  String.raw`\b(?:update|version|release|build|patch|v?\d+\.\d+(?:\.\d+)?)\s+(?:v?\d+(?:\.\d+)+\s+)?(?:now\s+|already\s+)?(?:fixes|resolves|solves|addresses)\s+(?:it|this|that|the|exactly)\b`,
  String.raw`\b(?:i|we)(?:'ve|\s+have)\s+(?:just\s+|now\s+|already\s+|also\s+)?${INVESTIGATED}\b(?!\s+(?:your|the|this|these|that)\s+(?:feedback|comments?|suggestions?|thoughts|ideas?|concerns?))`,
  // An instruction as a condition with its result: "if you add something small it will apply", "if you update it
  // under Account > Payment, the order will go through".
  String.raw`\bif\s+you\s+(?:add|remove|change|update|restart|switch|select|use|try|enter|re-?enter|tap|click|log\s+out|sign\s+out|reinstall|clear)\b[^.!?\n]{0,40}?\b(?:it|that|this|the\s+[a-z]+)\s+(?:will|should)\s+(?:apply|work|go\s+through|appear|show\s+up|update|sync|reappear|come\s+back|be\s+applied)\b`,
  // A step the customer can take as the subject of what it does to the fault: "Logging out and back in fixes it",
  // "clearing the cache should sort it".
  String.raw`(?:^|[.!?,:;—–]\s*)(?!(?:no|some|any|every)?thing\b|morning\b|evening\b|during\b|nothing\b)[a-z]+ing\b(?:\s+(?!(?:not|never|nothing|no|doesn't|didn't|isn't|won't|don't|still)\b)[a-z0-9'-]+){0,7}?\s+(?:fixes|solves|resolves|sorts|clears|works|(?:should|will|usually|normally)\s+(?:fix|solve|resolve|sort|clear|work))\b(?!\s+(?:against|only|just)\b)`,
  // An instruction at the start of a sentence or list item, or after a purpose or a condition that opens the sentence:
  // "To export, tap…", "If you're using Word, check for a section break…".
  {
    re: String.raw`(?:^|[.!?:;—–]\s*|\s-\s+|\n\s*)(?:\d+[.)]\s*|[-•*]\s*)?(?:(?:to\s+[a-z]+(?:\s+[a-z'-]+){0,6}|(?:if|when|once)\s+[a-z0-9'-]+(?:\s+[a-z0-9'-]+){0,7})\s*,\s*)?`,
    lead: INSTRUCTION_LEAD,
    then: IMPERATIVE,
  },
  String.raw`\b(?:please|kindly)\s*,?\s+(?!${NOT_AN_INSTRUCTION}\b)[a-z]{2,}`,
  String.raw`\byou(?:'ll|\s+will|'d|\s+would)?\s+(?:can|could|may|might want to|need to|should|have to|must)\s+(?:also\s+|easily\s+|simply\s+|just\s+|now\s+|then\s+|first\s+){0,2}(?!${YOU_CAN_NOT_HELP}\b)[a-z]{2,}`,
  // Steps, guides, menu paths, "by tapping…", recommendations to do something.
  // A correction the customer can use straight away.
  String.raw`\b(?:the\s+(?:right|correct|new|updated|working|valid)\s+(?:one|link|number|code|address|date|time|amount|tracking number|version|password)\s+is|(?:here|this|that)(?:'s|\s+is)\s+(?:the|a)\s+(?:right|correct|new|updated|working|valid|fresh)\s+(?:one|link|code|number|address))\b`,
  String.raw`\bhere(?:'s|\s+is|\s+are)\s+(?:how|the steps|what to do|a guide|some steps|a few steps|the instructions|a quick guide)\b`,
  String.raw`\b(?:follow|try|use|see|find|read|check)\s+(?:[a-z]+\s+){0,3}?(?:steps|instructions|guide|tips|walkthrough|how to|what to do)\b|\bthese\s+steps\b|\bstep\s+(?:1|one)\b`,
  String.raw`(?:^|\n)\s*1[.)]\s+[a-z]`,
  String.raw`\b(?:by|try)\s+(?:clicking|tapping|going|selecting|turning|opening|restarting|reinstalling|clearing|updating|enabling|disabling|signing|logging|resetting|deleting|removing|unlinking|re-?linking|refreshing|using|switching|following|checking|holding|pressing)\b`,
  String.raw`\b[a-z]+\s*(?:>|&gt;|→|»)\s*[a-z]`,
  String.raw`\b(?:i|we)(?:'d|\s+would)?\s+(?:strongly\s+|always\s+|do\s+)?(?:recommend|suggest|advise)\s+(?:that\s+you\s+|you\s+)?(?:try(?:ing)?|restart(?:ing)?|reinstall(?:ing)?|a\s+re(?:install|start|boot)|clear(?:ing)?|updat(?:e|ing)|check(?:ing)?|follow(?:ing)?|us(?:e|ing)|enabl(?:e|ing)|disabl(?:e|ing)|sign(?:ing)?|log(?:ging)?|reset(?:ting)?|delet(?:e|ing)|remov(?:e|ing)|switch(?:ing)?|turn(?:ing)?|clean(?:ing)?|back(?:ing)? up)\b`,
  String.raw`\blet's\s+(?:try|go over|get|check|start|reset|take|look|see|fix|sort|walk)\b`,
  String.raw`\bhave\s+you\s+(?:tried|checked|restarted|updated|cleared|reinstalled)\b(?!\s+(?:reporting|contacting|reaching|calling|emailing|writing))`,
  String.raw`\blet\s+(?:us|me)\s+know\s+if\b[^.!?\n]{0,50}?\b(?:within|by|after|still|persists|again)\b`,
  // A diagnostic question that moves the case forward (not "anything else?").
  String.raw`(?:^|[.!?]\s+|\n)\s*(?:and\s+|also\s*,?\s+|just to (?:confirm|check|make sure)\s*,?\s+|hm+\s*,?\s+|ok(?:ay)?\s*,?\s+)?(?:do|did|does|are|is|was|were|have|has|had|can|could|which|what|when|where|how|would)\s+(?!there\s+anything|anything\s+else|you\s+(?:have|need)\s+any(?:thing)?\s+(?:else|other|further|more)|i\s+help|we\s+help|you\s+like\s+(?:anything|me\s+to\s+close)|you\s+tried\s+(?:reporting|contacting|reaching|calling|emailing|writing))[^.!?\n]{2,120}\?`,
];

/**
 * Passing the case on by our own hand, with no time and no next step: "I've escalated your ticket", "I've forwarded
 * this to our billing team", "I've made a note on your account", "we'll look into it", "I can pass it on". No one is
 * named to act and no time is given, so the taxonomy does not count it as help ("bug escalated *with a follow-up
 * date*"). The help test blanks such a clause (context.ts) unless its sentence gives a time or says what happens
 * next: "I've escalated it to our claims lead and I will call you on Wednesday" still helps.
 * Promises of a reply ("we'll get back to you", "someone will be in touch") are not here: the corpus's labelers count
 * them as help.
 */
export const PASSING_ON = String.raw`\b(?:i|we)(?:'ve|\s+have)?\s+(?:(?:just|now|already|also|personally|internally)\s+)?(?:escalated|forwarded|passed|relayed|referred|flagged|raised|noted|(?:added|made|left|put|logged)\s+(?:a\s+)?notes?)\b[^,;.!?\n]*?(?=[,;.!?\n]|\s+(?:and|but|so|then|with)\b|$)|\b(?:i|we)(?:'ll|\s+will|\s+can|\s+could)\s+(?:(?:definitely|certainly|also|gladly)\s+)?(?:look\s+into\s+(?:it|this|that)|pass\s+(?:it|this|that|(?:your|the)\s+[a-z]+(?:\s+[a-z]+)?)\s+on)\b[^,;.!?\n]*?(?=[,;.!?\n]|\s+(?:and|but|so|then|with)\b|$)`;
/** What makes passing on a commitment: a time, or a next step said in the same sentence. */
export const PASSING_COMMITS = String.raw`\b(?:today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|hours?|days?|minutes?|weeks?|morning|afternoon|evening|noon|midday|end of|close of|\d{1,2}(?::\d\d)?\s*(?:am|pm)|\d{1,2}(?:st|nd|rd|th))\b|\bwho(?:'ll|\s+will)\b|\bwith\s+a\s+request\b|\bso\s+(?:that\s+)?(?:it|they|the|your|drivers|future|we|i)\b|\b(?:ticket|case|reference|ref)\s*(?:no\.?|number|#)?\s*[a-z]*-?\d`;
