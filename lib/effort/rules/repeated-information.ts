import type { RuleExamples } from '../rule-examples';
import type { SignalRule } from './schema';

export const repeatedInformation: SignalRule = {
  id: 'repeated-information',
  summary: 'has to give again what they already gave, or says they are repeating themselves',
  patterns: [
    String.raw`(?:as|like) (?:i|we) (?:have |had |'ve )?(?:already |previously |just |clearly |repeatedly |also |originally )?(?:said|say|mentioned|stated|explained|told (?:you|u|them|your \w+)|wrote|written|indicated|noted|pointed out|described|specified|informed you|advised|sent|showed|shared|provided|outlined|asked|requested)`,
    String.raw`as (?:previously|already|originally) (?:stated|mentioned|explained|said|noted|indicated|advised|requested|provided)|as stated (?:before|earlier|previously|above|below|in my)|as (?:mentioned|stated|explained|noted|said)(?= ?[,:])|as (?:mentioned|stated|explained|noted|said) (?:before|earlier|previously|above|already)`,
    String.raw`(?:i|we)(?:'ve| have| had)? (?:already|previously|repeatedly) (?:sent|given|provided|told|explained|submitted|attached|uploaded|shared|gave|forwarded|supplied|filled (?:in|out)|answered|confirmed|verified|described|included|faxed|resent|re-sent|spelled out|listed|gone through|went through|done (?:that|this|so|all)|did (?:that|this|all))`,
    String.raw`(?<!(?:been|was|were|being|get|got) )(?:sent|given|provided|told|explained|submitted|attached|uploaded|gave|forwarded|answered|confirmed|verified|described|repeated|spelled out)(?: (?:you|them|it|this|that|my \w+|the \w+|all (?:of )?(?:this|that|the \w+|my \w+)|these|those|everything|the same \w+)){0,2} (?:already|before|twice|previously|(?:almost |over |at least |like )?{{COUNT}} times|again|multiple times|over and over|countless times|each time|every time|repeatedly)`,
    String.raw`(?:repeat|repeating|re-?explain|re-?explaining|re-?send|re-?sending|resend|resending|re-?submit|re-?submitting|resubmit|re-?upload|reupload|re-?enter|re-?type|re-?attach|go over|going over|tell you|telling you|explain|explaining|give you|giving you|send|sending|provide|providing)(?: all)? (?:myself|my (?:story|issue|problem|details|information|info|case|account number|order number)|(?:the |my |all (?:the |my )?)?(?:same |this |that )?(?:information|info|details|documents|docs|screenshots|photos|pictures|receipts?|story|everything|whole (?:thing|story))) (?:again|all over again|once more|one more time|for the {{ORDINAL}} time|over and over)`,
    String.raw`repeat(?:ing)? myself|keep (?:repeating|explaining|telling (?:you|them|everyone)|saying the same|sending the same|having to (?:repeat|explain|send|tell))|(?:have|had|having|need|needed) to (?:explain|repeat|tell|go through|give|send|provide)(?: \w+){0,3}? (?:again|all over again|over and over|every time|each time|from (?:the )?(?:start|scratch|beginning))|start(?:ing)? (?:all )?over (?:again|from (?:the )?(?:start|scratch|beginning))|from scratch again`,
    String.raw`how many (?:more )?times (?:do|must|should|will|have|did|am) (?:i|we) (?:have to |need to |got to |supposed to )?(?:tell|say|explain|send|repeat|give|provide|write|spell|upload|submit|confirm|verify)`,
    String.raw`(?:did|do) (?:you|anyone|anybody|y'?all|u) (?:even |actually |bother to |not )?read (?:my|the|what)|you'?re not (?:reading|listening)|you are not (?:reading|listening)|(?:you'?re|you are) (?:missing|misunderstanding|misreading|ignoring) (?:my|the) (?:point|question|message)|read my (?:previous|last|original|first|earlier|whole) (?:message|email|e-mail|ticket|post|reply)`,
    String.raw`(?:scroll|look) (?:up|back) (?:in|at|to|through) (?:the|this|my)|see (?:above|my (?:previous|last|earlier|first|original) (?:message|email|e-mail|reply))|(?:stated|mentioned|explained|listed|attached|noted|said|provided|included|given) (?:above|below|earlier|before|previously|in my (?:previous|last|first|original|earlier|initial) (?:message|email|e-mail|reply|ticket|post))`,
    // on file "already" or "all": a complaint of giving it again; "my address is on file" alone is a fact (h62)
    String.raw`(?:(?:is|are|all) )?already (?:on file|in your (?:system|records|file|database))|all (?:on file|in your (?:system|records|file|database))|(?:you|you guys|your team) (?:already )?(?:have|had) (?:all )?(?:my|the|this|that) (?:details|information|info|order number|account number|photos|screenshots|documents|receipts?|id|passport|proof|copy|address|number)`,
    String.raw`(?:again|once again|once more),? (?:my|the|our) (?:\w+ ){0,2}?(?:number|e-?mail|address|name|id|details|order)s? (?:is|are|was)|for the {{ORDINAL}} time,? (?:here (?:is|are)|my (?:\w+ ){0,2}?(?:is|are|number|e-?mail|address|details|info|name))`,
    String.raw`which (?:i|we) (?:had |have )?already (?:done|did|sent|provided|gave|given|submitted|told|explained)|(?:i'?ve|we'?ve|i have|we have) been (?:over|through) this|(?:we|i) already went over this`,
    String.raw`(?:that'?s|this is|which is|it'?s) (?:literally |exactly |precisely |just )?what (?:i|we) (?:just |already |literally |have |'ve )?(?:said|told you|wrote|written|asked|explained|mentioned|sent)`,
    // the company asks for it again: "Each time they say the file is incomplete and ask me to send them again",
    String.raw`(?:ask|asks|asked|asking|keep asking|kept asking|want|wants|told|tell|tells) (?:me|us) (?:for|to (?:send|provide|resend|re-send|submit|resubmit|give|upload|fax|mail|fill (?:in|out)))(?: [\w']+){0,4}? (?:again|all over again|once more|one more time)`,
    // natural text (issue 12's sixth pass, rules-17/18): a document sent again and again, named — "faxed the declarations page twice", "sent the same photos to support three times"
    String.raw`(?:sent|faxed|submitted|uploaded|provided|attached|gave|given) (?:you |them |in )?(?:the same|my|the|our|a copy of (?:the|my)) (?:[\w'-]+ ){0,2}?(?:photos?|pictures?|screenshots?|documents?|docs|paperwork|proof|receipts?|statements?|forms?|report|letter|page|copy|copies|evidence|details|info|information|id|passport|licen[cs]e|certificate|declarations?|invoice|readings?) (?:to (?:[\w@.]+ ){1,2}?)?(?:twice|{{COUNT}} times|(?:3|4|5)x)\b`,
    // the company asks for it again, without "me": "each one asks for my order number again", "each new adjuster asks me for the same police report"
    String.raw`(?:asks?|asked|asking) (?:me |us )?for (?:my|the same) (?:[\w']+ ){0,3}?(?:again|every time|each time|all over again)|(?:each|every) (?:one|new \w+|agent|rep|person|adjuster|time) asks (?:me |us )?for (?:my|the same|the \w+ again)`,
    // issue 12's ninth pass (natural text): the customer's own giving, counted in the same sentence — "I have sent
    // copies of my licence and a utility bill twice", "I've asked for it three times now", "I have told them this on
    // the phone twice", "I submitted it online, then again by mail"; the company asking for the same thing
    String.raw`(?:i|we)(?:'ve| have| had)?(?: (?:now|already|also|even|literally|since|then))? (?:sent|submitted|provided|uploaded|faxed|mailed|attached|gave|given|explained|replied|told (?:them|you|him|her|your \w+)|asked (?:[\w']+ ){0,4}?for (?:it|this|that|a copy|the same))\b(?:(?!\b(?:you|they|he|she|which|but)\b)[^.!?\n]){0,80}?\b(?:twice|{{COUNT}} times|\dx|once already|already once|(?:over and over|again and again))\b|(?:sent|submitted|provided|uploaded|faxed|mailed) (?:it|them|this|the \w+|my \w+)(?: [\w'-]+){0,5}?,? then again\b|(?:did|done) it (?:{{COUNT}}|\d) times`,
    String.raw`(?:asks?|asked|asking) (?:me|us) for the same\b|(?:am|was|were|get|got|being) asked (?:for )?the same (?:[\w-]+ )?(?:questions|details|information|documents)|(?:provide|send|give|submit|upload|answer) the same (?:[\w-]+ )?(?:documents|details|info|information|questions|answers|proof|paperwork|photos|screenshots|forms)|explained (?:this|it|that|everything|my (?:issue|problem|case|situation)) (?:now )?to (?:{{COUNT}}|\d{1,2}) (?:different )?(?:people|agents|reps|persons|representatives|advisors|employees)`,
    // h43: told again from the start, refused to be told again, sent again in brackets — "Every time I ring I explain
    // everything from the start", "I'm not explaining it all again", "Screenshots attached (again).", "Copying what I sent yesterday"
    String.raw`(?:explain|explained|explaining|tell|telling|go through|going through|went through) (?:it |this |everything |the whole (?:thing|story) |my (?:case|story|problem|issue) )?(?:all )?(?:again |over )?from (?:the )?(?:start|beginning|top|scratch)|(?:not|n'?t|never|refuse to|won'?t) (?:be )?(?:explaining|repeating|explain|repeat|going through|go through) (?:it|this|myself|everything|the whole (?:thing|story))(?: all)? (?:again|one more time|a (?:third|fourth|fifth) time)|(?:attached|attaching|enclosed|sent|sending|resent)(?: [\w']+){0,2}? \(again(?=\))|copying (?:in )?what (?:i|we) (?:sent|wrote|said)`,
  ],
};

/**
 * Customer messages: each `match` must show the signal, each `allow` must not (tests/unit/effort/rules.test.ts).
 * Test data only: rules/index.ts imports the rule above, never this table, so it stays out of the content script.
 */
export const examples: RuleExamples = {
  'repeated-information': {
    match: [
      // h62
      'Why do you need my passport again? It is already on file.',
      'Every time I ring I explain everything from the start.',
      "I'm not explaining it all again, it's all in the ticket.",
      'Screenshots attached (again).',
      'Copying what I sent yesterday since nobody answered:',
      "I've faxed the declarations page twice. Fax. In 2026.",
      'I have sent copies of my passport, council tax bill and bank statement twice.',
      "I've asked for it four times now and still nothing.",
      'I have told them this on the phone twice and in writing once.',
      'I sent a photo of the receipt twice already.',
      'I uploaded the form on the portal, then again by post when it said no record.',
      'The app keeps asking me to verify my face. Did it 4 times.',
      'Every agent asks me for the same booking reference.',
      'Each call I am asked the same security questions.',
      'I have now explained this to four different people.',
      'I have sent the same photos to support three times now. Do you guys not keep notes??',
      '3 different agents, each one asks for my order number again.',
      'Each new adjuster asks me for the same police report, photos and medical bills.',
      'Each time they say the file is incomplete and ask me to send them again.',
      'Which is exactly what I wrote to you an hour ago.',
      'As I said, the order number is 55120.',
      'I already sent the screenshots on Monday.',
      'Like I mentioned, the device is brand new.',
      'For the third time, my account email is jo@example.com.',
      'Did you even read my message?',
      'Why do I have to explain everything all over again?',
    ],
    allow: [
      // h62: on file as a fact of the story
      'It was mailed to an old address even though my current address is on file and on every statement.',
      'Could you explain the process from the start? I am new here.',
      'I attached the invoice, thanks.',
      'Copying my colleague on this email.',
      'The store sent the wrong size twice.',
      'They asked for my order number so I gave it to them.',
      'I emailed the team twice last week.',
      'They asked me to send a photo of the damage.',
      "That's what I was hoping to hear, thanks!",
      'Here are the screenshots you asked for.',
      'My account email is jo@example.com, thanks.',
      'As soon as I open the app it crashes.',
      'Like many people, I use your app daily.',
      'I sent the package back yesterday with the label.',
      'I sent my order back and you refunded it twice by mistake, happy to return the extra.',
      'We have sent two parcels this week, both arrived.',
      'I asked for a refund and got it the same day, thanks.',
      'I told them this is my first order and they gave me a discount.',
      'I explained this to my kids and they loved it.',
    ],
  },
};
