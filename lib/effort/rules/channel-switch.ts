import type { RuleExamples } from '../rule-examples';
import type { SignalRule } from './schema';

export const channelSwitch: SignalRule = {
  id: 'channel-switch',
  summary: 'used, or was sent to, another channel for the same issue',
  // Asking whether a channel exists, or whether or when to use one, is not using it: "is there a live chat I can use?",
  // "do I need to go to the store to swap the sim?", "what time do your phone lines open?"
  unless: [
    String.raw`\b(?:is there|are there|do you have|do you guys have|does \w+ have) (?:a|an|any)\b`,
    // an account or order put on hold is not a call on hold ("my account gets put on hold"); asking which channel a
    // task needs is not using it ("is a sim swap a store thing or can I do it over the phone?")
    String.raw`\b(?:account|order|card|payment|funds|shipment|delivery|subscription|booking|reservation|package|parcel)s? (?:\w+ ){0,2}?(?:put|placed|kept|is|was|are|were|got|gets|been) on hold\b|\b(?:can|could) (?:i|we) (?:\w+ ){1,3}?(?:over|on|by|via) the (?:phone|telephone)\b|\b(?:a|an) (?:store|shop|branch|phone) thing\b`,
    // (issue 12's ninth pass) which channel a task can be done in, asked ("in-store or only by mail?", "without coming to
    // the club in person?"); praise for the agent met on a channel ("shoutout to Marcus on the phone today", "the woman on
    // the phone fixed it in 5 minutes"): no effort spent on another channel
    String.raw`\b(?:online|in[- ]store|in person|in[- ]branch|by (?:phone|mail|post|e-?mail)) or (?:only )?(?:online|in[- ]store|in person|in[- ]branch|by (?:phone|mail|post|e-?mail))\b|\bwithout (?:coming|going|having to (?:come|go|call|visit))\b|\b(?:thanks?|thank you|shout ?out(?: to)?|kudos(?: to)?)\b[^.!?]{0,40}\b(?:on|over) (?:the )?(?:phone|chat)\b|\b(?:on|over) (?:the )?(?:phone|chat)\b[^.!?]{0,60}\b(?:was (?:brilliant|great|amazing|lovely|so helpful|fantastic|excellent)|fixed (?:it|my))`,
    // a web page or form read as a source, or reported broken, is no contact made there: "the fee says £285 on your website
    // but the online form is asking for £410", "the chat widget on your help centre doesn't load on Firefox"
    String.raw`\b(?:the|your) (?:online )?(?:website|site|form|page|help cent(?:re|er)|chat widget)\b[^.!?]{0,20}?\b(?:is asking for|(?:doesn'?t|won'?t|does not|will not) load)\b`,
    String.raw`(?<!\b(?:times|often|why|again|still) )\b(?:do|will|should|must) (?:i|we) (?:need to |have to |still )?(?:go|come|call|phone|ring|e-?mail|visit|pop|drive|head)\b|\bwhat time (?:do|does|will|are) (?:your|the)\b`,
  ],
  patterns: [
    // phone
    String.raw`(?:i|we|i've|we've|i have|we have|i had|we had|i'd|already|just|also|even|then|finally|previously|when i|after i) (?:called|phoned|rang|dialed|dialled|rung)`,
    String.raw`(?:called|phoned|rang) (?:you|your|them|him|her|customer (?:service|care|support)|support|the (?:number|hotline|helpline|help line|support line|call cent(?:er|re)|store|branch|office|bank|company|airline|office)|back|again|twice|\d+ times|{{COUNT}} times|\w+ (?:support|service|care|help))`,
    String.raw`(?:calling|calls to|phoning|ringing) (?:your |the )?(?:tech(?:nical)? support|customer (?:service|care|support)|support|help ?line|hotline|call cent(?:er|re)|service desk|(?:\w+ )?(?:support|service|claims|billing|reservations?|booking) (?:line|number|desk))|(?:can'?t|cannot|couldn'?t|could not|unable to|impossible to|never) (?:even )?(?:get|got) (?:through (?:to|on)|hold of (?:anyone|anybody|someone|somebody|a human|a person|a real person))`,
    String.raw`(?:having to|had to|have had to|needed to|said to|says to|told (?:me |us )?to|asked (?:me |us )?to|had me|made me|make me|making me|forced to|forcing me to|told i (?:must|have to|had to|need to|should)) (?:call|phone|ring|dial)`,
    String.raw`(?:phone|telephone) (?:call|support|agent|rep|queue|menu|tree)s?`,
    String.raw`(?:on|over|by|via) the (?:phone|telephone)|by (?:phone|telephone)|via (?:phone|telephone)|phone calls?`,
    String.raw`(?:the|your|a|their) (?:call cent(?:er|re)|hotline|helpline|help line|support line|customer (?:service|care|support) (?:line|number)|feedback line|phone line|phone tree|ivr|automated (?:line|system|phone|message|menu)|switchboard)`,
    String.raw`ivr|on hold|hold music|(?:answer|answers|answering|pick up|picks up|picking up) (?:the|your|my) (?:phone|calls?)|(?:hung|hangs?|hanging) up(?: on)?|got disconnected|(?:call|line) (?:was |got )?(?:dropped|disconnected|cut off)|(?:before|and|then|got|was|were) disconnected`,
    String.raw`{{COUNT}} (?:phone )?calls|{{ORDINAL}} (?:phone )?call`,
    // e-mail and post
    String.raw`(?:i|we|i've|we've|i have|we have|i had|already|just|also|even|then) (?:e-?mailed|sent (?:you |them |support )?(?:an? |another |multiple |several |\d+ |the )?e-?mails?)`,
    String.raw`e-?mailed (?:you|your|them|support|customer|it|again|twice|back|multiple|several|\d+|numerous|many)`,
    String.raw`(?:sent|wrote|write|writing|replied to|responded to|answered) (?:you |them |support )?(?:an?|another|multiple|several|\d+) e-?mails?`,
    String.raw`e-?mail (?:complaint|ticket|thread|chain)s?|(?:by|via|through|over|per) e-?mail|e-?mails? in my inbox`,
    String.raw`(?:sent|mailed|wrote|writing|write|posted) (?:you |them )?(?:a |an |multiple |several |\d+ |another |two |three )?(?:letters?|certified mail|fax(?:es)?)|(?:by|via|through) (?:post|mail|fax|letter)|postal (?:mail|correspondence)|certified letters?|faxed`,
    // chat, social, web
    String.raw`(?:live|web|online) chat|chat (?:agent|support|rep|representative|person|bot|team|window|transcript|session|function)s?|(?:on|in|via|through|over) (?:the |your )?(?:live )?chat|chatted (?:with|to)|chatbot|(?:the|your) bot`,
    String.raw`tweeted|(?:messaged|wrote|written|dm'?e?d|contacted|reached out|posted|asked|complained|commented|tweeted)(?: [\w']+){0,3}? (?:on|via|through|over) (?:twitter|facebook|instagram|social media|messenger|whatsapp|linkedin)|facebook message|my (?:letters|phone calls|voicemails?|faxes)|(?:dm'?e?d|messaged) (?:you )?on (?:twitter|facebook|instagram)`,
    String.raw`(?:tried|tried to|submit|submitted|file|filed|applied|reported|dispute|disputed|complained)(?: [\w']+){0,3}? online|(?:contact|support|web|help|feedback|complaint) (?:form|request|portal)s?|(?:the|your) (?:online|support|help) (?:portal|form|center|centre)`,
    // in person
    String.raw`(?:went|go|gone|going|drove|walked|came|come|been|return|returned|returning|head|headed) (?:back )?(?:in)?to (?:the|your|a|my|our|one of your) (?:local )?(?:store|shop|branch|office|location|dealer(?:ship)?|counter|desk|post office|service cent(?:er|re))|in person|(?:local|nearest) (?:store|branch|office|shop)|visited (?:the|your|a) (?:store|shop|branch|office|location)`,
    // sent to another channel: "your chat agent told me to email", "the site says to call"
    String.raw`(?:told|asked|instructed|directed|advised|forced|made|had|wants?|wanted|says?|said|tells?) (?:me |us )?to (?:e-?mail|write (?:in|to)|visit|go (?:in)?to (?:the|a|your) (?:store|branch|office|website|site)|chat|fill (?:in|out)|use the (?:website|site|app|form|portal|chat)|send (?:an? )?(?:e-?mail|letter))`,
    String.raw`must (?:call|e-?mail|visit|go to|write|phone)`,
    // spoke with someone (by phone or in person)
    String.raw`(?:spoke|spoken|speaking|talked|talking) (?:to|with) (?:someone|somebody|an? (?:agent|rep|representative|person|lady|guy|woman|man|supervisor|manager)|your (?:agent|rep|representative|colleague|team|staff|support|manager|supervisor)|one of your|several|multiple|two|three|\d+|customer (?:service|care|support)|{{COUNT}} (?:people|agents|reps))`,
    String.raw`(?:in|into) (?:the|your) (?:\w+ )?queue|queue again`,
    // calling as an ongoing effort, and being sent in person: "a third week of calling", "how many times must I call", "can only be sorted in the shop"
    String.raw`(?:days?|hours?|weeks?|of|keep|kept|been|after|stop|spent|spend|spending) calling|how many (?:more )?times (?:do|must|will|have|should) (?:i|we) (?:have to |need to |got to )?(?:call|phone|ring)|(?:can'?t|cannot|couldn'?t|could not|unable to) (?:get|got) in touch with (?:anyone|anybody|someone|somebody|a human|a person)|hold times?|(?:done|do (?:it|this)|sorted|fixed|only|only be done) in (?:a |the |your )?(?:store|shop|branch|person)`,
    // another channel, dated, subject dropped: "emailed on the 2nd, called on the 9th",
    String.raw`(?:called|phoned|rang|e-?mailed) (?:(?:to )?(?:you|them|support|your \w+) )?on (?:the )?(?:\d{1,2}(?:st|nd|rd|th)|\d{1,2}/\d{1,2}|xx/|(?:mon|tues|wednes|thurs|fri|satur|sun)day)`,
    // voicemail, a call each time, and e-mails counted in a learner's present tense: "left 2 voicemails", "each time i call", "i send 4 emails",
    String.raw`(?:left|leaving|leave|sent) (?:[\w']+ ){0,3}?voice ?mails?|voice ?mails? (?:left|unanswered|unreturned|ignored)|(?:every|each) time (?:i|we) (?:call|phone|ring|rang|called)|(?:send|sent) (?:you |them )?{{COUNT}} e-?mails`,
    // natural text (issue 12's sixth pass): another channel, used without a subject or named by who answered there
    String.raw`(?:called|phoned|rang) (?:the )?(?:front desk|reception|corporate|store|branch|hotline|helpline|call cent(?:er|re)|customer service|support line|your (?:hotline|helpline|support line|call cent(?:er|re)|customer service|office|store|branch))`,
    String.raw`(?:e-?mailed|called|phoned|chatted|tweeted|dm'?d|messaged),? (?:and )?(?:e-?mailed|called|phoned|chatted|tweeted|dm'?d|messaged)\b`,
    String.raw`(?:rep|agent|guy|lady|woman|man|person|someone) on (?:the )?phone (?:says|said|told)|(?:support |live )?chat (?:agent |bot |person )?(?:said|says|told me)|contacted (?:live |support )?chat`,
    String.raw`(?:filed|submitted|reported) (?:a |the |my |it |this )?(?:report |claim |complaint |request |ticket |case |bug )?(?:{{COUNT}} times )?(?:at|in|via|through) (?:the )?(?:desk|counter|front desk|baggage claim|airport|store|branch|app|portal|website|web form|feedback button)|(?:already )?reported (?:it |this )?to (?:support|customer service|the \w+ team)`,
  ],
};

/**
 * Customer messages: each `match` must show the signal, each `allow` must not (tests/unit/effort/rules.test.ts).
 * Test data only: rules/index.ts imports the rule above, never this table, so it stays out of the content script.
 */
export const examples: RuleExamples = {
  'channel-switch': {
    match: [
      'called front desk, they said reset router. there is no router in my room',
      'Emailed, chatted, called. Each one tells me to contact the other.',
      'the store told me the credit would show up in 2 bills. rep on phone says no record of a trade-in.',
      'reset it 3 times, support chat said try resetting. mate I have.',
      'filed a report at baggage claim, they gave me a form and a number that goes to voicemail',
      'how long does it take to get a credit for a missing ingredient? submitted in app yesterday',
      'Crashes on launch. Already reported to support, they asked me to clear cache.',
      'left 2 voicemails and an email since tuesday',
      'each time i call and they unblock, then again blocked',
      'i send 4 emails',
      'How many times do I have to call you about this?',
      'Emailed on the 2nd, called on the 9th, still nothing.',
      'Three days of calling and I still have no booking.',
      "Nobody answers at the depot and I couldn't get in touch with anybody else.",
      'Apparently the SIM swap can only be sorted in the shop.',
      'Third week of calling your support line about one invoice.',
      'Impossible to get through to anyone on your number.',
      'Returned to the store and they sent me here.',
      'I called yesterday and nobody could help.',
      'Your chat agent told me to email you instead.',
      'I tweeted at you twice about this.',
      'Been on hold for ages.',
      'I went into the store and they sent me here.',
      'I sent a letter by post last month.',
      'The website says to call but the phone line is always busy.',
    ],
    allow: [
      'the fee says £285 on your website but the online form is asking for £410. Which one is correct?',
      'Just so you know, the chat widget on your help centre does not load on Firefox.',
      'do you guys do battery replacements in-store or only by mail?',
      'I moved away. How do I cancel without coming to the club in person?',
      'shoutout to Marcus on the phone today, he walked me through it all',
      'Had a billing error, the woman on the phone fixed it in 5 minutes.',
      'is it possible to transfer my phone number to a new sim?',
      'why does my bill show two phone lines when I only have one?',
      'Can I file a claim in the app or do I need to call?',
      'The chat is great, thanks.',
      'I submitted my order on the website and it arrived today.',
      'Please check your voicemail greeting, it says the wrong name.',
      'do I need to go to the store to swap the sim?',
      'what time do your phone lines open on saturday?',
      'WHY IF I REPORT A DRIVER MY ACCOUNT GETS PUT ON HOLD????',
      'is a sim swap a store thing or can I do it over the phone?',
      'Could I change my address over the phone instead?',
      'I will call on Monday.',
      'Can someone call me on the 12th?',
      'Calling all pet owners: is the new food grain-free?',
      "I'll call support tomorrow if it keeps happening.",
      'Can someone call me back tomorrow morning?',
      'What is the number to call for billing?',
      'My app keeps crashing when I open settings.',
      'Thanks, that solved it!',
      'Please hold my order until I get back from vacation.',
    ],
  },
};
