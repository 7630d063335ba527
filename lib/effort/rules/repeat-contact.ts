import type { RuleExamples } from '../rule-examples';
import type { SignalRule } from './schema';

export const repeatContact: SignalRule = {
  id: 'repeat-contact',
  summary: 'has contacted before about this issue, or says how many times',
  // a contact person named on an account, and telling friends, are not contacts with the company:
  // "can my manager be added as a second contact?", "I've already told my climbing mates about it"
  unless: [
    String.raw`\b(?:added|add|listed|list|named|set up|put) as (?:a |an |the )?(?:second|secondary|backup|additional|third|2nd) contact\b|\balready (?:told|recommended it to|shown) (?:all )?(?:my|our) (?:\w+ )?(?:friends|mates|family|wife|husband|partner|kids|colleagues|coworkers|followers)\b`,
    // a regulator or a lawyer contacted is escalation, not a contact with the company: "I have contacted my state attorney general's office"
    String.raw`\b(?:i|we)(?:'ve| have| had)? (?:contacted|called|written to|wrote to|e-?mailed|reached out to) (?:my |the |our )?(?:state |local )?(?:attorney general|ombudsman|bbb|better business bureau|cfpb|ftc|fcc|lawyer|attorney|solicitor|congress(?:man|woman)|senator|mp)\b`,
    // details given again are repeated information, not a contact: "I've already given you my account number twice"
    String.raw`\balready (?:given|gave|provided) (?:you |them )?(?:my|the|our) (?:\w+ ){0,2}?(?:number|details|address|name|postcode|zip|e-?mail address|date of birth|info|information)\b`,
    // h66: inside an ongoing conversation, what "you" (the agent answering now) said or asked for is this contact, not
    // an earlier one, unless the message dates it: "been on hold since lunch after you told me to call the fraud line",
    // "ok I emailed the partner team like you said" (not "like you told me to last time", "what you said on tuesday")
    String.raw`\b(?:like|as|after|what) (?:you|u) (?:told (?:me|us)(?: to)?|said|suggested|asked|instructed|advised|recommended|described)\b(?! (?:[\w']+ ){0,3}?(?:last|yesterday|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|on the|before|earlier|ago|this morning|previously|twice|again)\b)`,
    // the conversation's own messages, and the agent's chasing: "I sent my account number two messages up", "should've
    // put that in the first message", "thanks for chasing it"
    String.raw`\b(?:{{COUNT}}|a few|a couple of) (?:messages|msgs|replies|texts|dms) (?:up|above)\b|\b(?:should(?:'ve| have)|forgot to|meant to) (?:put|include|add|attach) (?:it |that |this |them )?in (?:the|my) first (?:message|msg|dm|reply)\b|\b(?:thanks?|thank you|ty|cheers) (?:for|4) chasing\b`,
  ],
  patterns: [
    // "third time I'm writing", "3rd call", "for the umpteenth time", (h80) "Third chase."; a bare "2nd time" counts an event, not a contact
    // ("the 2nd time the app has crashed today": that recurrence is unresolved's)
    String.raw`{{ORDINAL}} (?:attempt|call|email|e-mail|message|request|ticket|letter|chat|complaint|try|contact|follow[- ]?up|dispute|voicemail|chase|chaser)s?|for the {{ORDINAL}} time|{{ORDINAL}} time,? (?:[\w']+ ){0,3}?(?:writing|asking|calling|contacting|trying|chasing|messaging|e-?mailing|reporting|requesting|complaining|sending|explaining|telling|reaching out|following up|in touch|on hold|(?:i'?ve|i have|we'?ve|we have) (?:asked|called|written|e-?mailed|contacted|requested|chased|reported|complained|raised|messaged)|(?:had|have) to (?:write|call|ask|contact|e-?mail|chase|complain|explain|send|tell))`,
    // "I've called you THREE times", "emailed numerous times", "I emailed last week", "called for 2 days before"
    String.raw`(?:{{CONTACTED}}|dm|told|explained|spoke (?:to|with)|spoken (?:to|with)|talked (?:to|with)|been in touch|got in touch|reported (?:it|this|the \w+)|sent (?:you |them )?(?:an? |another |the |my )?(?:e-?mail|message|dm|request|letter|complaint))(?: [\w']+){0,4}? (?:{{COUNT}} times|\d{1,3} ?x|twice|repeatedly|over and over|again|previously|before|already|last (?:week|month|night|year|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|earlier|every (?:day|week)|daily|weeks ago|days ago|months ago)`,
    // "I called", "we've already emailed", "I had contacted", "I reached out"
    String.raw`(?:i|we)(?:'ve| have| had|'d)?(?: already| previously| also| even| repeatedly| then| finally| just| first)? (?:called|phoned|rang|rung|dialed|dialled|e-?mailed|contacted|reached out|messaged (?:you|your|them|support)|dm'?e?d|tweeted (?:you|at)|chatted (?:with|to)|spoke (?:to|with)|spoken (?:to|with)|talked (?:to|with)|complained|followed up|wrote (?:to|you|them|in|an?|several|multiple|\d)|written (?:to|you|them|in|an?|several|multiple|\d)|sent (?:you |them |support )?(?:an? |another |the |my |{{COUNT}} )?(?:written |formal |certified )?(?:e-?mails?|messages?|dms?|requests?|letters?|complaints?)|submitted (?:an? |the |my |another )?(?:ticket|request|form|claim|complaint|dispute|report)|opened (?:an? |the |my |another )?(?:ticket|case|claim|request|dispute)|filed (?:an? |the |my |another )?(?:ticket|claim|complaint|report|dispute|paperwork)|raised (?:an? |the |this |my )?(?:ticket|issue|complaint|case|concern))`,
    String.raw`previously (?:filed|reported|contacted|called|emailed|submitted|raised|opened|complained|wrote|written|spoke|asked|requested)`,
    // no answer to an earlier contact: "still no answer to my ticket", "never heard back", "no one replied"
    String.raw`(?:no|zero|still no|without (?:a|any)|never (?:got|received|had) (?:a|any)|not (?:a|one|even a)(?: single)?) (?:replies|reply|responses?|reponses?|responces?|answers?|answer|call ?backs?|word back|follow[- ]?ups?)(?: back)?`,
    String.raw`(?:never|still (?:haven't|have not|hasn't|has not|didn't|did not|not)|haven't|have not|hasn't|has not|havent|hasnt|didn't|did not|didnt) (?:heard|gotten|got|received) (?:anything )?(?:back|a (?:reply|response|call ?back|answer)|any (?:reply|response|answer|word|call)|from (?:you|them|anyone|anybody|your|the))`,
    String.raw`(?:no ?one|nobody|{{THEY}}) (?:has |have |had |will |ever |even )?(?:never |not |didn't |did not |won't |will not |don't |do not |haven't |have not |hasn't |has not |yet to |bothered to |cared to )(?:ever )?(?:replied|reply|respond(?:ed)?|answer(?:ed)?|got(?:ten)? back|get back|call(?:ed)? (?:me |us )?back|follow(?:ed)? up|return(?:ed)? my (?:call|email|message)s?|contacted me|reached out)`,
    String.raw`(?:no ?one|nobody) (?:has |ever |even )?(?:replied|responded|answered|got(?:ten)? back|called (?:me )?back|followed up|reached out|contacted me|will answer)`,
    String.raw`still waiting (?:to hear|for (?:a|an|your|any|the) (?:reply|response|answer|call ?back|call|email|update|follow[- ]?up))`,
    // told or promised earlier: "I was told", "your agent promised me", "been told it would take 48 hours"
    String.raw`(?:i|we) (?:was|were|have been|'ve been|had been|am being|'m being|keep being|kept being|got) (?:told|promised|assured|informed|advised|given)`,
    String.raw`(?:been|being|was|were) (?:told|promised|assured)`,
    String.raw`{{THEY}} (?:told|promised|assured|informed|advised) (?:me|us)`,
    String.raw`(?:told|promised|assured) (?:me|us) (?:to|that|it|i|we|they|you|a|an|my|the)`,
    String.raw`promised (?:a|an|me|us|that|to)`,
    String.raw`{{THEY}} said (?:you|they|he|she|it|that|i|we)(?:'d| would| will| was going)`,
    // an earlier ticket or its number
    String.raw`(?:my|the|an?|our|this) (?:previous|earlier|last|original|prior|other|existing|open|old) (?:ticket|case|request|complaint|call|chat|claim|report|conversation|contact|inquiry|enquiry)s?`,
    // not a booking's or an order's reference: that names the purchase, not an earlier contact; "SR" is a service
    // request only written with its hyphen or hash ("SR-55120"): "SR 511", "#SR418" are flights (h62)
    String.raw`(?<!(?:booking|order|flight|reservation|payment|invoice|account|customer|tracking|transaction|confirmation|parcel|shipment) )(?:ticket|case|reference|ref|claim|complaint|incident|request|sr(?=[-#])) ?(?:#|no\.|number|num|id)?(?: is| was)?(?: ?:)? ?[a-z]{0,4}[-#]?(?:\d[\w-]*|x{2,}\w*)`,
    // again: "writing again", "following up on my refund", "chasing this up"
    String.raw`(?:contacting|writing|emailing|e-mailing|calling|messaging|reaching out|asking|reporting|chasing|trying|tweeting|dming) (?:to )?(?:you |this |about this |on this |to you |here )?(?:again|once again|one more time|yet again|for the {{ORDINAL}} time)`,
    String.raw`(?:once again|yet again|again),? (?:i'm|i am|i|we're|we are|we) (?:writing|contacting|asking|reaching|emailing|following|calling|messaging)`,
    String.raw`follow(?:ing|ed)?[- ]?up (?:on|about|regarding|with|again|re|from)`,
    String.raw`chasing (?:this|it|my|up|you)`,
    // the last times counted are contacts, not purchases or visits: not "last two times we ordered from y'all"
    String.raw`(?:the |my )?(?:last|past|previous) (?:{{COUNT}}|two|three|2|3|few|several) (?:times|calls|emails|messages|tickets|chats)(?! (?:that )?(?:i|we|i've|we've) (?:have )?(?:ordered|bought|flew|flown|stayed|visited|used|went|shopped|booked|ate|eaten|tried|came|got|rented|travell?ed))`,
    String.raw`(?:every|each) time (?:i|we) (?:call|contact|write|email|chat|message|ask|reach out|phone|try to (?:call|contact|reach))`,
    String.raw`(?<!\b(?:received|receiving|receive|got|getting|get) ){{COUNT}} (?:attempts|calls|phone calls|emails|e-mails|messages|requests|complaints|tickets|letters|chats|dms|follow[- ]?ups|times (?:i|we) (?:called|emailed|contacted|wrote|asked|messaged|chatted))`,
    String.raw`(?:i|we)(?:'ve| have| had)? been (?:calling|sending|emailing|e-mailing|chasing|contacting|messaging|writing to|asking|trying to (?:reach|contact|get (?:hold of|through to|in touch with|a hold of|an answer|someone)|call|email|resolve|sort|fix|get (?:this|it|my \w+) (?:fixed|resolved|sorted|refunded)))`,
    String.raw`how many (?:more )?times (?:do|must|should|will|have|did|am) (?:i|we) (?:have to |need to |got to |supposed to )?(?:call|contact|write|email|ask|chase|reach out|message|phone)`,
    String.raw`(?:is|was|been|being|had been|got) escalated`,
    // not a self-help step done already: "I already did the steps. Clear cache, uninstall app", "i already did that twice" (h66)
    String.raw`(?:(?:i|we) )?already did(?! (?:that|this|it|those|these|the|all|everything|every|a|an|my)\b|\.{2,}\s*[a-z]+ed\b)`,
    String.raw`(?:hello|hi|hey) again|(?:ignored|ignoring|ignore) (?:my|our) (?:\w+ )?(?:e-?mails?|letters?|calls?|messages?|requests?|complaints?|tickets?)|sent(?: [\w']+){0,3}? (?:{{COUNT}} times|twice|again|already|yesterday|last (?:week|month|night)|earlier|the other day)|(?:no ?one|nobody) (?:ever |even )?(?:answers|answered|answer|replies|responds|picks up|gets back|calls? (?:me |us )?back)`,
    String.raw`(?:you|they|he|she|your \w+|the (?:agent|rep|representative|engineer|technician)) promised|(?:your|the) (?:\w+ )?(?:agent|rep|representative|colleague|advisor|technician|engineer|person) (?:said|told|promised|confirmed|assured)`,
    String.raw`(?:as|like) (?:i|we) (?:said|mentioned|told you|explained|wrote) (?:yesterday|last (?:week|time|month|night)|the other day|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))|(?:as|like) (?:i|we) (?:told|explained to|said to|mentioned to) (?:your|the|one of your) (?:\w+ )?(?:colleague|agent|rep|team|manager|supervisor|person|guy|lady|technician|engineer|support|driver|courier)`,
    // spoke with someone earlier, or called someone to act: "after speaking with someone", "called Equifax to file a dispute"
    String.raw`(?:spoke|spoken|speaking|talked|talking) (?:to|with) (?:someone|somebody|an? (?:agent|rep|representative|person|lady|guy|woman|man|supervisor|manager)|your (?:agent|rep|representative|colleague|team|staff|support|manager|supervisor)|one of your|several|multiple|two|three|\d+|customer (?:service|care|support)|supervisors|managers)`,
    String.raw`(?:called|phoned|rang|e-?mailed|contacted|wrote to|messaged) (?:\w+ ){1,2}?to (?:file|report|dispute|ask|complain|request|cancel|get|have|check|confirm|fix|resolve|sort|change|update|stop|remove)`,
    String.raw`(?:on hold|calling|called|call|writing|emailing|chatting) again|(?:on hold|calling|writing|emailing|chatting|messaging)(?: [\w']+){1,4}? again(?! later)\b|(?:tried|trying|attempted) (?:{{COUNT}} times|repeatedly|over and over|again and again) to (?:have (?:[\w']+ ){0,4}?(?:removed|fixed|corrected|changed|cancell?ed|refunded|deleted|closed)|contact|reach|call|email|get (?:through|hold|in touch|an answer|a response|someone))|{{DURATION}}[- ]old (?:\w+ ){0,3}?(?:request|ticket|case|claim|complaint|refund request|email|query|inquiry|enquiry)`,
    String.raw`(?:never|not|didn't|did not|don't|do not|haven't|have not|hasn't|has not|won't|will not|yet to|bothered to|failed to|stopped) (?:ever |even )?(?:replied|reply|replying|respond(?:ed|ing)?|answer(?:ed|ing)?|got(?:ten)? back|get(?:ting)? back|call(?:ed)? (?:me |us )?back|follow(?:ed)? up|return(?:ed)? my (?:call|email|message)s?)`,
    String.raw`any (?:updates?|news|word|progress|luck) (?:on|about|regarding|with|yet)`,
    // contacts the customer counts or implies: "hung up on me", "4 days of calling", "had to call in 3 times", "I responded back"
    String.raw`(?:hung|hangs?|hanging) up on (?:me|us)|(?:got|get|keep getting) hung up on|call(?:ed)? in {{COUNT}} times|{{DURATION}} of (?:calling|emailing|chasing)|(?:calling|emailing|messaging) (?:you|them|you guys|y'?all|your \w+) all (?:day|week|morning|night)|(?:i|we) (?:responded|replied) (?:back|again|already)|already (?:submitted|sent|filed|reported|provided|gave|given|told|explained|called|emailed|contacted|dm'?e?d)|keep (?:getting|being) (?:told|promised)|(?:am|'m|get|got|getting) told|(?:\d+|two|three|four|five|several|multiple) different (?:people|agents|reps|representatives|persons|employees)`,
    // a contact counted in a learner's word order, or dated without its subject: "i write you already two times", "I go to the shop two times already", "emailed on the 2nd, called on the 9th",
    String.raw`(?:i|we) (?:have |had |'ve |ve )?(?:write|wrote|call|go|went|come|came|ask|send|contact|email|e-mail|message|visit|visited|dm)(?: (?:to )?(?:you|u|them|there|the \w+|your \w+))? (?:already )?(?:{{COUNT}} times|twice)(?! (?:a|per|each|every|in a) (?:day|week|month|year))`,
    String.raw`(?:called|phoned|rang|e-?mailed|wrote (?:to )?(?:you|them|in)|messaged (?:you|them)|dm'?e?d (?:you|them)|complained|chased|followed up) on (?:the )?(?:\d{1,2}(?:st|nd|rd|th)|\d{1,2}/\d{1,2}|xx/|(?:mon|tues|wednes|thurs|fri|satur|sun)day)`,
    // one contact dated several times: "faxed my pay stubs on XX/XX/XXXX, XX/XX/XXXX and XX/XX/XXXX",
    String.raw`(?:faxed|mailed|e-?mailed|sent|called|wrote|submitted|disputed)(?: [\w',]+){0,8}? on (?:xx/xx/x{2,4}|\d{1,2}/\d{1,2}(?:/\d{2,4})?),? (?:xx/xx/x{2,4}|\d{1,2}/\d{1,2}(?:/\d{2,4})?|and)`,
    // a contact dated by how long ago, and contacts the customer is sick of: "I sent copy of passport about a week ago", "So sick of calling tech support",
    String.raw`(?:{{CONTACTED}}|sent|submitted|filed|mailed|faxed|reported|dm'?e?d)(?: [\w']+){0,5}? (?:about |over |almost |nearly |more than |at least )?(?:a|an|one|two|three|four|five|six|\d{1,3}|a few|several|a couple of) (?:days?|weeks?|months?|wks?) ago|(?:sick|tired|fed up) (?:of|with) (?:calling|phoning|ringing|e-?mailing|chasing|contacting|writing to|messaging|dming|tweeting|following up|having to (?:call|chase|contact|e-?mail|write))`,
    // messages left or sent, counted: "left 2 voicemails and an email", "i send 4 emails",
    String.raw`(?:left|send|sent|wrote|write|made) (?:you |them )?{{COUNT}} (?:voicemails?|voice ?mails?|e-?mails?|messages?|letters?|calls?)`,
    // recurrence counted far from its contact, or numbered, or by its channels, or said by what "they keep" doing:
    // "on hold for over an hour almost twice now", "Chat number four about the same parcel", "reported it on the app,
    // on the phone and at the depot", "You people keep telling me it's fixed"
    String.raw`(?:on hold|called|phoned|rang|e-?mailed|messaged|dm'?e?d|contacted|reported (?:it|this)|chatted|wrote (?:to )?(?:you|them)|written (?:to )?(?:you|them))(?: [\w']+){3,8}? (?:almost |nearly |at least |over )?(?:twice|{{COUNT}} times)(?: now| already| today| this (?:week|month)|[.!?,]|$)|(?:call|chat|email|e-mail|message|letter|complaint|attempt|visit) (?:number|no\.?) (?:[2-9]|1\d|two|three|four|five|six|seven|eight|nine|ten)(?= (?:about|for|regarding|re|now|today|this week)\b|\s{0,2}[.!?,]|$)|(?:reported|raised|logged|flagged|complained about|told (?:you|them) about|contacted (?:you|them) about|asked about) (?:it|this|the \w+) (?:on|via|by|through|over|at|in) (?:the |your )?(?:app|phone|chat|live chat|e-?mail|twitter|dm|website|site|store|branch|depot|counter|shop|post|letter|facebook|messenger|whatsapp|portal)(?:,| and| &)(?: (?:on|via|by|through|over|at|in))? (?:the |your )?(?:app|phone|chat|live chat|e-?mail|twitter|dm|website|site|store|branch|depot|counter|shop|post|letter|facebook|messenger|whatsapp|portal)|(?:you|they|y'?all|you people|you guys|your (?:\w+ )?(?:agents?|reps?|staff|team|support|people|bank|company)) (?:keep|kept) (?:telling|saying|promising|assuring|sending|returning|calling|hanging up on|transferring|asking) (?:me|us|my (?:call|calls|email|emails|message|messages))`,
    // the same answer again, a visit in person, a call dropped and made again: "you're still saying will work on it",
    // "I ve been to you office in uyo", "On hold for 23 mins before disconnected and now almost 40 mins"
    String.raw`(?:you|they|y'?all|your (?:\w+ )?(?:agents?|reps?|staff|team|support|people))(?:'re| are| r) still (?:saying|telling|promising|asking|giving)|(?:i|we)(?:'ve| have| had| ve)? (?:been|gone|went|walked) (?:in)?to (?:your|you|ur|the) (?:local )?(?:office|branch|depot|counter|service cent(?:er|re)|dealership|desk|airport desk)(?: [\w']+){0,3}? (?:to (?:do|get|fix|sort|ask|report|complain|activate|change|pay|return|collect|cancel)|twice|{{COUNT}} times|already|again|(?:and|but) (?:still|nothing|they|no|was|were|got))|(?:disconnected|cut off|call dropped|got dropped)(?: [\w']+){0,3}? (?:and|then|,) (?:now|again|had to (?:call|ring|redial|start))`,
    // an earlier contact named by what it was or when: "I already raised this on Monday", "Yet another chat about the
    // same refund", "Every week I have to chase this", "I went through all this with Sarah yesterday", "As per my
    // previous message", "Following on from my call this morning", "Spoke to you guys Tuesday", "Reaching out once
    // more", "it's me again", "Round two with your support team"
    String.raw`(?:raised|logged|flagged|queried|disputed|mentioned|reported) (?:this|it|the (?:issue|problem|fault)) (?:with (?:you|your \w+) )?(?:on (?:the \d{1,2}(?:st|nd|rd|th)?|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun))|last (?:week|month|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)|time)|yesterday|earlier|this morning|already|before|twice|{{COUNT}} times|(?:a|one|two|three|four|\d{1,2}) (?:days?|weeks?|months?) ago)|(?:yet )?another (?:chat|call|email|e-mail|message|ticket|complaint|letter|dm|tweet) (?:about|regarding|re|on|for) (?:the same|this|my)|every (?:day|week|month|time),? (?:i|we) (?:have to|need to|must|end up|am forced to) (?:chase|call|ring|email|contact|write|ask|remind)|(?:went|gone|been) through (?:all )?(?:this|it|that) (?:already |before )?with (?:[\w']+ ){1,3}?(?:yesterday|last|on|earlier|before|already|this morning)|(?:my|our|the) (?:previous|earlier|last|original|prior|first) (?:messages?|e-?mails?|tweets?|dms?|letters?|replies|reply|posts?)(?! address)|(?:following on|further) (?:from|to) (?:my|our|the) (?:call|chat|email|e-mail|message|conversation|visit|letter|tweet|complaint|ticket)|(?:spoke|spoken|talked) (?:to|with) (?:you|y'?all|you guys|u guys|your (?:\w+ )?(?:team|agent|colleague|staff|people)) (?:on )?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)|yesterday|last|this morning|earlier|before|already|twice)|(?:contacting|writing|emailing|calling|messaging|reaching out|asking|chasing|trying|tweeting|dming)(?: (?:to )?(?:you|here|this))? once more|it'?s (?:me|us) again|round (?:two|2|three|3|four|4) (?:with|of)`,
    // natural traffic (issue 12, h29): an earlier contact told by what the company's side said in it — "Support said
    // 'wait 24-48h'", "agent said 'not our responsibility'", "chat said 3-5 days", "store said call support, support
    // said go to the store", "your office said the manager would call", "When I asked, they said…"
    // — and by what the customer did in it: "I told you I'm setting up a payment plan", "DM sent with my conf #",
    // "Sent it to your team on the 4th", "claim filed at the airport", "submitted aadhaar 2 times"
    String.raw`(?:support|customer (?:service|care|relations)|(?:(?:the|your|an|one|another|a different|different) )?(?:agent|rep|representative|advisor|specialist)|(?:the|your|another|a different|different) (?:store|branch|office|team)|(?:the |your |live )?chat(?: ?bot)?|(?:the )?store|(?:the )?branch|your office) (?:said|told (?:me|us)|keeps? (?:saying|telling)|says (?=[\"'“]))|\bwhen (?:i|we) (?:asked|called|complained|contacted them|rang|emailed|e-mailed|went in),? (?:they|he|she|the \w+) (?:said|told)\b|\bi (?:told|asked) (?:you|them|your \w+)(?: (?:to|that|for|i|i'?m|i am|in writing|twice|already|on))\b|\b(?:dm|message|email|e-mail) sent\b|\bsent (?:it|them|this|the \w+) to (?:your|the) (?:team|support|agent|office|department) (?:on|last|yesterday|twice|already|{{COUNT}} times)\b|\bclaim filed (?:at|with|online|by)\b|\bsubmitted (?:[\w-]+ ){0,2}(?:{{COUNT}} times|twice)\b`,
    // issue 12's ninth pass (h32): an earlier contact named by its reference ("As discussed on the phone this morning",
    // "further to our call"), counted in a learner's present tense ("I contact support 2 times already", "I call number 3
    // times"), or told by what each person on the company's side said ("Every agent says \"48 more hours\"", "Each one
    // tells me to contact the other", "I've had 4 chat agents tell me 4 different things")
    String.raw`as (?:discussed|agreed|mentioned|promised|requested|advised) (?:on|over|by|in|with|during) (?:the |our |my |your )?(?:phone|call|chat|e-?mail|telephone|store|branch|conversation|colleague|agent)|as per (?:our|my|your) (?:call|conversation|chat|e-?mail|discussion)|further to (?:our|my|your) (?:call|conversation|chat|e-?mail|discussion|letter)|following (?:up on )?(?:our|my) (?:call|conversation|chat|discussion)`,
    String.raw`(?:i|we) (?:contact|call|e-?mail|write|message|ask|replied|reply)(?:ed|s|d)? (?:[\w-]+ ){0,3}?(?:like |about |over |almost )?(?:\d+|two|three|four|five|six|several|many|multiple) times|(?:every|each) (?:single )?(?:agent|rep|representative|person|one) (?:i (?:speak|talk|spoke|talked) to )?(?:says|said|tells|told)|(?:i'?ve had|had) (?:\d+|two|three|four|five|several|multiple) (?:different )?(?:chat |phone )?(?:agents|reps|people|representatives) (?:tell|say)`,
    // what the company's side said, whatever it said, is a contact had: "They said the funds would be returned in 10 days",
    // "support says it's a known issue", "the servicer claims it never got it" (not a landlord's or the bank's word on
    // another company: only the company's own people); and the contact counted by its channel: "this is my 4th tweet"
    String.raw`(?:support|customer (?:service|care)|(?:the|an|one|another|your) (?:agent|rep|representative)|they|the company|your (?:\w+ )?(?:team|agent|rep|staff|office|support|store)|(?:the )?(?:servicer|lender|insurer|collector|merchant|marketplace|corporate|seller|dealer|dealership))(?: now| then| just| even| only| still| also| first| later)? (?:says?|said|told (?:me|us)|claims?|claimed|insists?|insisted|replied|responded|answered)|(?:my|this is my|that'?s my) (?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth) (?:tweet|post|dm|comment|voicemail)`,
  ],
};

/**
 * Customer messages: each `match` must show the signal, each `allow` must not (tests/unit/effort/rules.test.ts).
 * Test data only: rules/index.ts imports the rule above, never this table, so it stays out of the content script.
 */
export const examples: RuleExamples = {
  'repeat-contact': {
    match: [
      // h80: a chase counted
      'Third chase. Our technician visit was booked for Tuesday 8-12, nobody came.',
      // h66: what "you" said, dated earlier, and a bare "already did" said of a contact
      '@BrightpathBank Card blocked AGAIN even tho I put a travel notice on the app like you told me to last time.',
      "@RoverEats 'we've passed this on' is what you said on tuesday too",
      'each time I tell them I already did, each time they say a technician will call me back',
      // h62: a service request's number written as such
      'Chasing SR-20931 again, nobody has called back.',
      'The servicer claims it never got my payment.',
      'They said the funds would be returned in 10 business days. It has been 5 weeks.',
      'support says it is a known issue and to wait',
      'this is my 4th tweet. can someone please just answer',
      'As discussed on the phone this morning, attached are the meter photos.',
      'Further to our call, here is the reference you asked for.',
      'I contact support 2 times already, they say wait 48 hours',
      'I call number 3 times, each time different answer.',
      'Every agent says "48 more hours."',
      "I've had 4 chat agents tell me 4 different things.",
      'balance still $0.00 after two days. Support said "wait 24-48h."',
      'flight cancelled, agent said "not our responsibility, weather".',
      'still no refund for the missing items. chat said 3-5 days.',
      'went to the store, store said call support, support said go to the store.',
      'When I asked, they said it is "account review".',
      "stop calling my job. I told you I'm setting up a payment plan.",
      'DM sent with my conf # and the photos of the damage.',
      'Sent it to your team on the 4th, 11th and 18th. Still no refund.',
      'damaged stroller, claim filed at the airport, then online',
      'sim got blocked after KYC update. submitted aadhaar 2 times, still blocked.',
      'I already raised this on Monday',
      'Yet another chat about the same refund',
      'Every week I have to chase this',
      'I went through all this with Sarah yesterday',
      'As per my previous message',
      'Following on from my call this morning',
      'Spoke to you guys Tuesday',
      'Reaching out once more',
      "Hello, it's me again",
      'Round two with your support team',
      'you keep returning my call and hanging up when I answer',
      "Five days late and you're still saying you'll get in touch.",
      "I ve been to you office in town to do the activation and still not activated",
      'On hold for 23 mins before I got disconnected and now 40 mins again',
      'the last three times I called nobody picked up',
      'on hold for over an hour almost twice now',
      'Chat number four about the same missing parcel.',
      'reported it on the app, on the phone and at the depot. Nothing.',
      "You people keep telling me it's fixed. it is NOT fixed.",
      'left 2 voicemails and an email since tuesday',
      'why your company not answer the emails? i send 4 emails',
      'I sent copy of passport about a week ago, but you still remain silent.',
      'So sick of calling tech support.',
      'I have faxed my pay stubs on XX/XX/XXXX, XX/XX/XXXX and XX/XX/XXXX.',
      'I have sent three written requests asking them to stop.',
      'i write you already two times about the refund',
      'I go to the shop two times already and they say wait',
      'Emailed on the 2nd, called on the 9th, nothing.',
      "Fifth time I'm asking for the invoice.",
      'We tried four times to have the duplicate order cancelled.',
      'Here I am on hold with billing again.',
      "Your phone line hung up on me again.",
      "I already submitted the claim form last week.",
      "Four different agents have looked at this.",
      "This is the third time I'm writing about the same charge.",
      'I emailed last week and nobody answered.',
      'Still no answer to my ticket from Monday.',
      "I've called you THREE times about this.",
      'Your agent promised me a refund by Friday.',
      'Following up on my case #48213.',
      'I was told it would be fixed in 48 hours.',
      'Sent you a DM twice already.',
      'I have contacted you guys many times!',
      'Any update on my refund?',
    ],
    allow: [
      // h66: inside the conversation: what the agent answering said, its own earlier messages, the agent's chasing, a step done
      'I filled in the form after you told me to. Now it says my account is under review.',
      'ok now its saying my account is locked. trying to log in. like you told me to.',
      'ok I emailed the partner team like you said. automated reply says 10 business days.',
      'I sent my account number two messages up?? scroll up pls',
      "You asked for the tracking number - it's 1Z 9W4 87E. Sorry, should've put that in the first message",
      "ok, it's there now. must have been a delay. thanks for chasing it",
      'Sir I already did the steps. Clear cache, uninstall app, install again. Still same problem.',
      // h62: an airline's flight code is no service request
      '@SkyAir board says SR 511 delayed 40 min, will I make my connection?',
      'sat on the tarmac 2h with no update #SR418',
      'my landlord says I need to put the electricity in my name. how do I do it?',
      'The weather forecast says rain, can I move my delivery to Friday?',
      'As discussed in your FAQ, I am attaching the form.',
      'I water the plants two times a day.',
      'We have had three different account managers in 6 months and none of them has called us.',
      'Each one comes with a charger.',
      'My friend said your support is great, so here I am with a question about plans.',
      'The store says open 9 to 5 on the website, is that right on Sundays?',
      'Can you tell me if I should email the receipt or post it?',
      'I will send it to your team on Monday.',
      'Can I change the email address on my account? My previous email address is closed.',
      'Every week I have to order more dog food, can I set up a subscription?',
      'Another chat feature would be nice in the app',
      "It's me, Anna, from the bakery order",
      "I've been to your store in Leeds before, is the Manchester one bigger?",
      "We've been to the branch in Leeds for years, lovely staff.",
      'The wifi keeps dropping, is there an outage?',
      "last two times I ordered from y'all it came super fast, love it",
      'almost twice the price of last year, is that right?',
      'Is email number two in the list the right one?',
      'Can I report it on the app or do I have to call?',
      'I keep telling my friends about your app!',
      'I made 3 payments this month.',
      "I have contacted my state attorney general's office and will forward all correspondence to them.",
      "I've already provided the order number, can you check it now?",
      'Can my manager be added as a second contact on the business account?',
      "ive already told my climbing mates about it, great app",
      'Stayed home all day after receiving 3 emails saying my parcel was out for delivery.',
      'I ordered it 4 days ago and it came today, thanks!',
      'I paid on 3/4 and it cleared.',
      'I go to the gym three times a week.',
      'We visit twice a year and love it.',
      'Can I call on Monday instead?',
      "It's the 2nd time the app has crashed today.",
      'Fourth time my card got skimmed at your ATM, any advice?',
      '3rd time flying with you this year, love the new seats.',
      "My booking ref is KQ7TPL, can I add a bag?",
      "I will call you tomorrow if it keeps happening.",
      'Hi, my order arrived with a cracked screen. What can I do?',
      'Can I call you tomorrow to discuss my plan?',
      'This is the first time this has happened, please advise.',
      'I tried three times to log in and it keeps failing.',
      'Please tell me how to change my address.',
    ],
  },
};
