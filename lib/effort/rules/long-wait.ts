import type { RuleExamples } from '../rule-examples';
import { GAP } from '../attempt-state';
import type { SignalRule } from './schema';

export const longWait: SignalRule = {
  id: 'long-wait',
  summary: 'waited, or is waiting, a long time',
  patterns: [
    String.raw`still (?:waiting|on hold|holding|sitting here|sat here|stuck waiting)|(?:been|keep|kept|tired of|sick of|fed up (?:of|with)) waiting|waited|wait(?:ing)? (?:forever|ages|for ages|so long|too long|all day|for days|for weeks|for months|an eternity)|long wait|(?:endless|indefinite|never-ending) wait`,
    // a duration spent waiting: "on hold for 45 minutes", "been waiting 5 DAYS", "it's been 3 months", "2 hours on hold"
    String.raw`(?:wait|waiting|waited|on hold|holding|queued|in the queue|stuck|stranded|sitting|sat|calling|called|trying|tried|chasing|emailing|spent|spending|wasted|ignored|ignoring)(?: [\w']+){0,3}?(?: for)?(?: the (?:past|last))? {{DURATION}}`,
    String.raw`still (?:don't|do not|dont|didn't|did not) have|{{DURATION}}[- ]old (?:\w+ ){0,3}?(?:request|ticket|case|claim|complaint|refund|order|email|query)|{{DURATION}} (?:on|in|at) the (?:airport|tarmac|plane|runway|gate|phone|line|queue|platform|station)`,
    String.raw`(?:it'?s|it has|it have|its|has|have|'ve|i've|we've|it's now) (?:now |already )?been (?:{{DURATION}}|\d{1,3} (?:working|business|calendar) days|days|weeks|months|ages|forever|an eternity|so long|too long)`,
    String.raw`{{DURATION}} (?:\(\d+\) )?(?:later|now|already|and (?:still|counting|nothing|no|not|i|we)|& (?:still|counting|nothing|no)|&amp; (?:still|counting|nothing|no)|of (?:waiting|my time|my life|hold)|of being (?:on hold|in (?:the |a )?queue|kept waiting|ignored|stuck|stranded)|on hold|(?:on|in) (?:the )?(?:queue|line|phone)|(?:of )?wait(?:ing)?|delay(?:ed)?|late|overdue|behind schedule|without (?:a |any )?(?:reply|response|answer|word|update|news))`,
    String.raw`(?:that was|it was|this was|sent|submitted|requested|reported|emailed|called|contacted|returned|shipped|landed|filed|opened|placed|applied|asked|wrote|messaged|dm'?e?d|raised|mailed|posted|ordered|paid for|paid)(?: [\w'#]+){0,6}? (?:{{DURATION}}|days|weeks|months|ages) ago|(?:supposed|meant|due|scheduled|promised) to (?:[\w']+ ){0,3}?{{DURATION}} ago|(?:has|have|had) taken {{DURATION}}|nothing (?:has )?(?:arrived|come|turned up|shown up|been (?:delivered|received|sent))`,
    String.raw`(?:for|in|over|during) the (?:past|last) (?:{{DURATION}}|few (?:days|weeks|months)|couple (?:of )?(?:days|weeks|months)|(?:week|month|year|fortnight))`,
    String.raw`(?:for|in|after) (?:days|weeks|months|ages|so long|too long|forever|an eternity)(?: now| on end)?|(?:hours|days|weeks|months) (?:on end|of (?:waiting|my time)|on the phone|on hold)`,
    // still not delivered, answered, refunded
    String.raw`still (?:no|nothing|haven't|have not|hasn't|has not|havent|hasnt|not|didn't|did not|don't|do not|dont|never|yet to)(?: \w+){0,2}? (?:received|receive|heard|arrived|here|got|gotten|seen|delivered|shipped|refunded|credited|reply|response|answer|word|refund|news|update|sign|callback|call back|delivery|package|parcel|order|item|card|cards|money|credit|confirmation|tracking|resolution|contact|back|eta|estimate|timeline|have (?:my|the|it|them|a|an|any))`,
    String.raw`(?:yet to|haven't yet|have not yet) (?:receive|hear|get|see)|(?:hasn't|has not|haven't|have not|not|hasnt|havent) (?:arrived|been (?:delivered|shipped|processed|refunded|credited|issued|sent)|received (?:it|my|the|a|any)|heard (?:back|anything)) yet`,
    String.raw`how (?:much )?(?:long|longer) (?:do|does|will|must|should|am|are|is|have) (?:i|we|it|this) (?:have to |need to |supposed to |going to )?(?:wait|take|be waiting)`,
    String.raw`(?:taking|took|taken) (?:so long|forever|ages|too long|an eternity|way too long)`,
    String.raw`delay(?:ed)? (?:of|by) {{DURATION}}`,
    // waits written as numbers, times and tags: "pushed back 3.5 hours", "on hold since 9:50pm", "#anhour", "25+ min of being on hold",
    // (h55) "flight delayed another hour"
    // not a thing's age: "the port is loose already after 4 months", "is it broken after 2 months?", "recordings deleted after
    // 90 days", "pending transactions disappear after 3 days" (h62)
    String.raw`(?:delayed|pushed back|pushed|moved back|bumped|held up|held|late|sitting|sat|stuck|took|(?<!\b(?:broke|broken|breaks|die|died|dies|dying|loose|disappear|disappears|disappeared|delete|deleted|deletes|expire|expires|expired|wore out|wears out|fell apart|falls apart|cracked)(?: [\w']+){0,3} )after|spent|wasted|used up|lose track of)(?: [\w']+){0,4}? (?:{{DURATION}}|(?:another|an extra|a further) (?:hour|day|week|month))`,
    String.raw`(?:waiting|wait|on hold|holding|sitting|sat|parked|been (?:waiting|holding|trying|calling|chasing|stuck|sitting|(?:stuck )?(?:at|in|on) (?:the|this|a) [\w']+)|not (?:been )?(?:heard|received|answered|contacted|called|refunded|delivered|paid|credited|replied)|stuck|calling|trying|no (?:word|reply|response|answer|update|news)|(?:no ?one|nobody) (?:has |have |had )?(?:responded|replied|answered|been in touch|got(?:ten)? back|called|rung|written))(?: [\w']+){0,6}? since (?:\d{1,2}(?::\d{2})? ?(?:am|pm)|\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d|(?:january|february|march|april|june|july|august|september|october|november|december)|\d{1,3} (?:days?|weeks?|months?) ago|last (?:week|month|year|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|this morning|early|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))`,
    // no answer yet, counted from a contact: 'Wrote to you on the 3rd; as of this morning, still no reply.'
    String.raw`(?:up till|until|till|up to|as of) (?:now|today|date|this morning|tonight)[, ]{1,2}(?:[\w']+ ){0,4}?(?:no|not|nothing|never|still|haven'?t|hasn'?t)(?: [\w']+){0,3}? (?:response|reply|answer|word|news|update|refund|delivery|activated|received|heard|arrived|call ?back)`,
    // a tag counts time with a number ("#3hours", "#anhour", "#day12") or says waiting; "#minibreak" is no wait
    { re: String.raw`#(?:an?|one|two|three|four|five|six|\d{1,3})(?:hours?|hrs?|mins?|minutes?|days?|weeks?|months?)\w{0,20}|#(?:hours|days|weeks|months)(?:late|later|wait\w{0,6}|delay\w{0,4}|onhold|andcounting|ofwaiting)\w{0,20}|#days? ?\d{1,3}(?!\w)|#(?:still)?(?:waiting|onhold|delay(?:ed|s)?|late)\w{0,20}`, wordEdges: false },
    String.raw`(?:more|another|further|endless|constant|continued|repeated) delays?|delayed (?:again|twice|for hours|all day|overnight|until|till)|endless (?:hours|days|weeks)|(?:all|the whole|entire) (?:day|morning|afternoon|evening|night|weekend)(?: long)? (?:on hold|waiting|on the phone)|stayed (?:home|in) all day|over ?night|still (?:haven'?t|have not|hasn'?t) (?:left|moved|taken off|boarded)`,
    // "in the queue nearly hour" (no article), "waiting on the depot all morning"
    String.raw`(?:for )?(?:over|more than|almost|nearly) (?:hour|day|week|month)\b(?! ago)|(?:calling|on hold|waiting|on the phone|in the queue|chasing|trying)(?: [\w']+){0,3}? all (?:day|morning|afternoon|evening|night|week|weekend)`,
    // a wait named by what it was for or how much of a day it took: "Forty-five minutes for a chat agent to connect", "Two months for a refund", "the better part of my Saturday"
    String.raw`(?<!\b(?:is it|it takes|takes|take|taking|within|in|usually|normally|about|around|up to|allow|only) ){{DURATION}} (?:just )?(?:for|to get) (?:a|an|my|the|one|this|your|someone|somebody|anyone) (?:simple |single |chat |phone |live |human |basic )?(?:refund|reply|response|answer|call ?back|repair|replacement|agent|rep|person|human|engineer|technician|decision|letter|card|parcel|package|delivery|answer|to (?:answer|pick up|reply|respond|connect))|(?:better|best|greater|most) part of (?:my|the|a|an|our) (?:whole )?(?:day|morning|afternoon|evening|night|week|month|year|weekend|saturday|sunday|monday|tuesday|wednesday|thursday|friday|lunch ?break)`,
    // waits told by the clock or the calendar: "Sat in the lounge from 7am to 4pm", "The 9:40 train finally left at 11:15", "delivery now pushed to November"
    String.raw`(?:sat|waited|waiting|sitting|stuck|on hold|stayed|queued|queuing|standing|stood|holding)(?: [\w']+){0,5}? from \d{1,2}(?:[:.]\d{2})? ?(?:am|pm)? ?(?:to|till|until|-) ?\d{1,2}(?:[:.]\d{2})? ?(?:am|pm)?|finally (?:left|departed|took off|arrived|came|turned up|showed up|answered|picked up|got through|got on|boarded|heard back|connected|responded|replied)|(?:pushed|moved|put|delayed|postponed|rescheduled) (?:back )?(?:again )?(?:to|until|till) (?:next (?:week|month|year)|(?:january|february|march|april|june|july|august|september|october|november|december))`,
    // a state that has lasted: "Your app says 'processing' and has done for ten days"; a promise dated in the past: "That was last Tuesday."
    String.raw`(?:has|have|'s|'ve) (?:done|been like (?:that|this)|said (?:that|this)|shown (?:that|this)|stayed (?:like )?(?:that|this)) for {{DURATION}}|(?:that|this) was (?:last (?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:over |more than )?(?:a|one|two|three) (?:weeks?|months?) ago)`,
    // on hold since a clock time: "I've been on hold since 11:30pm",
    String.raw`on hold (?:since|from) (?:\d{1,2}(?::\d\d)? ?(?:am|pm)|\d{1,2}:\d\d|this morning|lunch ?time|noon|breakfast)`,
    // a date then today's date, or a case open a long time: "placed my order on 28/10, estimated delivery 1/11. today is 14/11", "submitted XX/XX, it is now XX/XX", "Ticket open 3 weeks",
    String.raw`(?:since|submitted|placed|ordered|opened|sent|filed|applied|booked|paid|returned|reported|promised|due)\s(?:[\w/']+ ){0,4}?(?:xx/\S*|\d{1,2}/\d{1,2}\S*|(?:mon|tues|wednes|thurs|fri|satur|sun)day|morning|\d{1,2}(?:st|nd|rd|th))[^.!?]{0,60}?[.,;!?]{0,3} ?(?:and )?(?:(?:it is|it's|its|today is|now is|now it's) (?:xx/|\d{1,2}/\d{1,2}|\d{1,2}\b)|(?:it is|it's|its) now (?:\w+ )?(?:xx/|\d{1,2}\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day))|(?:ticket|case|claim|complaint|request|refund|dispute|query|enquiry|inquiry)s? (?:has been |been |is |was |still |now )?(?:open|pending|outstanding|unresolved|in progress|under review)(?: now)?(?: for)? {{DURATION}}`,
    // issue 12's sixth pass, structure rather than phrases. A past date, then a later one named as today, up to a few
    // sentences on: "called on the 3rd, tech was booked for the 9th. Its the 14th.", "emailed on XX/XX and XX/XX.
    // Today is XX/XX and I have neither the item nor a refund." Not weekdays: "credit my account by Monday. It is
    // Thursday" is a broken promise, not a long wait, to our labelers and the corpus's.
    String.raw`(?:on|since|from|by|for|placed|ordered|filed|sent|submitted|reported|called|paid) (?:the )?(?:xx/[\dx/]*|\d{1,2}/\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)\b)${GAP}(?:(?:it'?s|its|it is|today is|today,|now is|now it'?s|as of today,?)(?: now| already)? (?:the )?(?:xx/|\d{1,2}/\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)\b(?! (?:time|day|week|month|of (?:the|my|our))))|still\b[^.!?]{0,40}? on the \d{1,2}(?:st|nd|rd|th)\b|(?<!\b(?:by|on|for|until|till|before|next|this|from) )\d{1,2}(?:st|nd|rd|th),? (?:now|already)\b)`,
    // a state that has lasted since a long-ago date: "trying to get this payment applied since XX/XX/2018",
    // "can not fix ... SINCE JUNE 13 2017", "dropping every evening since October" (not "a customer since 2015")
    String.raw`(?:trying|tried|waiting|sat|sitting|pending|outstanding|unanswered|been (?:down|out|off|broken|locked|stuck|without|chasing|fighting|disputing|trying)|not|n't|never|can ?not|unable|no|nothing|still|dropping|failing|crashing|charging|billing|reporting|disputing|chasing|{{CONTACTED}})(?: [\w'/]+){0,10}? since (?:the \d{1,2}(?:st|nd|rd|th)\b|xx/[\dx/]+|\d{1,2}/\d{1,2}/\d{2,4}|(?:january|february|march|april|june|july|august|september|october|november|december)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec) \d{1,2}\b|(?:19|20)\d\d\b)`,
    // silence after a contact: "you replied 'we'll look into it'. Radio silence since."; a day count past a quoted
    // time: "we're on business day 15"; an outage since a time that still goes on: "outage since 2pm yesterday ...
    // still in the dark at breakfast"
    String.raw`(?:radio silence|crickets|not a peep|heard nothing|not heard a thing|no word)(?: ever)? since\b|(?:we'?re|we are|it'?s|its|now|today is|this is) (?:now )?(?:on )?(?:business |working )?day (?:[89]|\d{2,3})\b|(?:outage|down|out|off|offline|dead|broken|no (?:power|water|heat|heating|internet|service|signal|wifi)|without (?:power|water|heat|heating|internet|service|signal|wifi))(?: [\w']+){0,3}? since (?:\d{1,2}(?::\d\d)? ?(?:am|pm)|yesterday|last night|this morning|(?:\d{1,2}(?:st|nd|rd|th)|(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?))${GAP}\bstill\b`,
    // a stretch of time without the thing the customer pays for, or a delay counted: "4 days without power", "the
    // whole week without internet", "our flight has been delayed 4 times", "weeks now and nothing"
    String.raw`(?:{{DURATION}}|(?:the |a |an )?(?:whole|entire) (?:day|week|weekend|month|morning|night|evening)|half a day|(?:days|weeks|months) now) (?:without|w/o|with no|of no) (?:power|water|hot water|heat|heating|internet|wifi|wi-fi|service|signal|(?:a |my )?phone|tv|cable|gas|electricity|(?:a |my )?car|(?:a |my )?working \w+|my (?:bags?|luggage|suitcase|money|card|refund))|day (?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten) (?:without|w/o|with no|of no)\b|(?:delayed|cancell?ed|rescheduled|postponed|pushed back|moved) (?:\d|two|three|four|five|several|multiple|many) times|(?:days|weeks|months) now (?:and|with|&)`,
    // a clock time, then a later one as now: "down since 7am. It's 2pm.", "Rang at 9. ... It's 11:20 and I'm still
    // on the phone"; nothing since a date told before ("I posted my documents on 12 May. Nothing since.")
    String.raw`(?:since|(?:rang|called|phoned|arrived|checked in|landed|ordered|booked|queued|started|got here|got there) at) \d{1,2}(?:[:.]\d\d)? ?(?:am|pm)?\b${GAP}(?:it'?s|its|it is|now it'?s)(?: now| already)? \d{1,2}(?:[:.]\d\d| ?(?:am|pm)\b)|(?:nothing|hasn'?t (?:updated|moved|changed|budged)|has not (?:updated|moved|changed)|not (?:updated|moved|changed)|not a (?:word|peep))(?: ever)? since[.!?]`,
    // a state told by the company's own words that has lasted: 'has been "awaiting engineer" for 12 days', "has been
    // pending for 3 days", 'My passport application has been "in progress" since February'; weeks counted after an
    // act: "Six weeks since I posted my application", "Eight weeks after my claim", "Three weeks to reply to an email"
    String.raw`(?:has|have|had|'s|'ve) been (?:["'][^"'.!?]{1,30}["']|pending|processing|stuck|outstanding|unresolved|awaiting \w+|in progress|under review|on hold|unanswered|ignored|delayed) (?:for (?:over |more than |almost |nearly )?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a few|a couple of|many) (?:days|weeks|months)|since (?:(?:january|february|march|april|june|july|august|september|october|november|december)\b|the \d{1,2}(?:st|nd|rd|th)\b|\d{1,2}/))|(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|several|many|a few|a couple of) (?:weeks?|months?) (?:since (?:my|our|i|we|you|ordering|booking|submitting|calling|sending|paying|posting|applying)\b|after (?:my|our|i|we|you|ordering|booking|submitting|calling|sending|paying|posting|applying)\b[^.!?]{0,60}?(?:\bno\b|\bnot\b|n't\b|\bnever\b|\bnothing\b|\bstill\b))|(?<!\b(?:takes?|taking|took|within|in|usually|normally|about|around|up to|allow|only|is it|it'?s|it is) )(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|several) (?:days|weeks|months) to (?:reply|respond|answer|get back|process|refund|deliver|arrive|fix|repair|connect|pick up|pay)\b`,
    // natural traffic (issue 12, h29): a wait told by what was stuck or tried all along — "hold time 2 hours 40 minutes",
    // "been trying to port my number for 11 days", "trying to close my account with XXXX for four months", "downloads
    // stuck at 0 KB/s for two days", "system offline for 2 weeks", learners' "since last 1 week", "my 2 months back
    // complaint", and a saying or promise dated far back: "Been saying that since October."
    String.raw`hold time (?:of |was |is )?{{DURATION}}|been trying to (?:[\w'-]+ ){1,8}?(?:for|since) (?:the (?:past|last) )?{{DURATION}}|(?:stuck|frozen|pending|offline|down|in limbo|in process|processing|under review)(?: [\w'/.-]+){0,4}? for (?:the (?:past|last) )?{{DURATION}}|since last {{DURATION}}|(?:my|the|a) {{DURATION}} (?:back|old) (?:complaint|request|ticket|case|order|claim|refund)|(?:been|kept|keep) (?:saying|promising) (?:that|this|it) since (?:january|february|march|april|may|june|july|august|september|october|november|december|last (?:week|month|year)|\d{1,2}(?:st|nd|rd|th))`,
    // issue 12, h47 (tweet register): a state or an asking since a point, said flat ("been off since 7am", "been asking
    // since the beta"); a contact with a day, then nothing ("DM'd you yesterday, nothing"); "No reply yet"; "till now nobody"
    String.raw`been (?:asking|chasing|trying|off|down|offline|dead|without (?:[\w-]+ )?[\w-]+) since|(?:e-?mailed|called|dm'?e?d|messaged|wrote|sent|texted|tweeted|replied|reported|asked|contacted|rang)(?: [\w'@.]+){0,5}? (?:yesterday|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last (?:week|night|\w+day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)|this morning)(?: [\w']+){0,3}?[,.;!]* ?(?:and )?(?:still )?(?:nothing|no (?:reply|response|answer|word)(?: yet)?|not a (?:word|peep|single reply))|no (?:reply|response|answer) yet|till now (?:nobody|no one|nothing|no)`,
    // issue 12, h55: time given and gone ("I've given you two weeks"; not "I'll give you 2 days")
    String.raw`(?:i'?ve|i have|we'?ve|we have|already) (?:given|gave) (?:you|them|y'?all|your (?:team|company|staff)) (?:{{DURATION}}|days|weeks|months)`,
    // issue 12, h55: contacts counted over a stretch of days or more ("I've called your finance office 6 times in 3
    // weeks", "I left 6 messages over three weeks"); time lost track of on hold ("Ever sit on hold and just lose track
    // of time?")
    {
      // read around the count's noun (rarer than a contact verb; no prefix of its own in the trie)
      triggers: ['times', 'messages', 'voicemails', 'emails', 'e-mails', 'calls', 'tickets', 'complaints', 'chats', 'requests', 'track'],
      re: String.raw`{{CONTACTED}}(?: [\w']+){0,5}? {{COUNT}} times (?:in|over|across|within) (?:the (?:past|last) )?(?:(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|several|a few|a couple of) (?:days|weeks|months)|a (?:week|fortnight|month))|(?:left|sent|made|had|opened|logged|raised) {{COUNT}} (?:messages|voicemails|e-?mails|calls|tickets|complaints|chats|requests)(?: [\w']+){0,3}? (?:in|over|across|within) (?:the (?:past|last) )?(?:(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|several|a few|a couple of) (?:days|weeks|months)|a (?:week|fortnight|month))|(?:on hold|waiting|in (?:the )?(?:queue|line))[^.!?\n]{0,30}\blo(?:se|st|sing) track of time`,
    },
    // a day count as a tag of its own at a sentence's start: "@Kite day 12. still no sim", "Week 3 of \"we're looking into it\""
    {
      re: String.raw`(?:^|[.!?]\s{1,3}|@\w{1,30} )(?:day|week|month) (?:[2-9]|[1-9]\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?! of (?!["“]|(?:waiting|no|nothing|this|silence|being|chasing|trying)\b))`,
      wordEdges: false,
      triggers: ['day', 'week', 'month'],
    },
    // h66, a follow-up in a chat or a thread: the customer left waiting asks whether anyone is still there ("hello? anyone
    // there?", "Not even an automated reply. Is anyone there?"; not a first message's "Is anyone there?", which only
    // opens the chat: the thread's structure counts that wait); the parcel's last movement dated ("Last scan was
    // Memphis, 6 days ago")
    String.raw`(?<=(?:[.!?]\s{1,3}|\b(?:hello|hi|hey),? )(?:is )?(?:any ?one|anybody|someone|somebody) (?:still )?)(?:there|here|around|home)(?=\s?\?)|last (?:scan|scanned|movement|tracking (?:update|scan|event)|status (?:update|change))(?: [\w',]+){0,4}? {{DURATION}} ago`,
  ],
  // a short wait the customer shrugs off, or a question about a waiting period: "Waited a few minutes but the agent sorted it", "Do I need to wait 24 hours before using the card?"
  unless: [String.raw`\b(?:a few|only|just|a couple of) (?:minutes?|mins?|seconds?|secs?)\b|\b(?:(?:over|about|around|almost|nearly|like) )?(?:[1-9]|1\d|2[0-5]|five|ten|fifteen|twenty) ?(?:minutes?|mins?) (?:late|behind|delay(?:ed)?)\b|\b(?:do|does|should|will|must) (?:i|we) (?:need to |have to )?wait (?:for )?(?:\d{1,3}|an?|one|two|three|a few|several) ?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b`],
};

/**
 * Customer messages: each `match` must show the signal, each `allow` must not (tests/unit/effort/rules.test.ts).
 * Test data only: rules/index.ts imports the rule above, never this table, so it stays out of the content script.
 */
export const examples: RuleExamples = {
  'long-wait': {
    match: [
      // h66
      'hello? anyone there?',
      "I've got the tracking but it's not moving. Last scan was Memphis, 6 days ago.",
      'Hi, following up again on ticket #448120. Nobody has responded since Tuesday.',
      'still no eta? status page says "investigating" and that\'s it',
      // issue 12, h55: contacts counted over a stretch, time lost on hold, working days, another hour, time given
      "If this isn't refunded by Friday I'm disputing it with my bank. I've given you two weeks.",
      'couriers called promising driver details last Fri.No word & not answering now.',
      "I've called your finance office 6 times in 3 weeks about a payoff letter.",
      'I left 6 messages over three weeks. Nobody called back.',
      'Ever sit on hold and just lose track of time?',
      "Hi, it's been 26 working days now. Can you check on it?",
      'flight delayed another hour. send snacks',
      // issue 12, h47: tweet register
      'wifi been down since 6am. any eta??',
      '@KiteMobile been asking since march for a working sim',
      "@Florin_Help DM'd you on friday, nothing",
      'emailed you yesterday about the double charge. no reply yet',
      'I have send the form twice. till now nobody answer',
      '@VeloRide account still "under review". Day 12.',
      'Week 3 of "we are looking into it". Any update?',
      'hold time 2 hours 40 minutes and then the call dropped.',
      'been trying to port my number for 11 days.',
      'I have been trying to close my account with XXXX for four months.',
      'downloads stuck at 0 KB/s for two days. internet fine.',
      'Monitoring app shows my system offline for 2 weeks.',
      'I am requesting port out code since last 1 week, every time SMS fails.',
      'my 2 months back complaint about wrong plan upgrade is still "in process".',
      'Support says "we will look into it". Been saying that since October.',
      // issue 12's sixth pass: a date then a later one as today, a state since long ago, silence since, a day count
      'Called on the 3rd, tech was booked for the 9th. Its the 14th.',
      'Emailed on XX/XX and XX/XX. Today is XX/XX and I have neither the item nor a refund.',
      'We have been trying to get this payment applied since XX/XX/2018.',
      'Internet has been dropping every evening since October.',
      'You replied "we\'ll look into it". Radio silence since.',
      "Refund was due in 5-7 business days. We're on business day 15.",
      'Outage since 2pm yesterday, still in the dark at breakfast.',
      '4 days without power and no update.',
      'Our flight has been delayed 4 times.',
      'Weeks now and nothing.',
      'We have now been at the gate since 6pm.',
      "@CloudNestApp down since 7am. It's 2pm. Any ETA?",
      'I posted my documents on 12 May. Nothing since.',
      'Our ticket has been "awaiting engineer" for 12 days.',
      'Six weeks since I posted my application.',
      'Eight weeks after my claim for the delay, no response.',
      'Three weeks to reply to an email asking for a receipt.',
      'day 9 without internet.',
      'placed my order on 28/10, estimated delivery 1/11. today is 14/11.',
      'application submitted XX/XX, it is now XX/XX and still pending',
      'we are waiting the technician since morning 8 o clock, now is 3 in the afternoon',
      'Ticket open 3 weeks, nothing.',
      'I\'ve been on hold since 11:30pm how many reps do you have?',
      "Your app says 'processing' and has done for ten days.",
      "Engineer said it'd be sorted in 24h. That was last Tuesday.",
      "#day12 and the deposit still isn't back",
      'Stuck at the gate #hourslate',
      'Queued nearly hour for the pharmacy line.',
      'Waiting on the depot all morning for a callback.',
      'Twenty minutes of being on hold just to change a seat.',
      'Wrote to you on the 3rd; as of this morning, still no reply.',
      "The train got pushed back 2.5 hours and now there are more delays.",
      "On hold since 9:15am with your billing line.",
      "Sat by the gate all afternoon #3hours",
      'It has been two weeks and I still have nothing.',
      'Still waiting for my refund.',
      'No reply for days, this is getting old.',
      'I was on hold for 45 minutes before someone picked up.',
      'Ordered it 3 weeks ago and it never arrived.',
      'How long do I have to wait for a technician?',
      'Forty-five minutes for a chat agent to connect.',
      "Five (5) days delayed and you're still saying you'll get in touch.",
      'Two months for a refund is long enough.',
      "I've spent the better part of my Saturday listening to your hold music.",
      'Sat in the lounge from 7am to 4pm for the rebooked flight.',
      'The 9:40 train finally left at 11:15.',
      'Ordered the sofa in August, delivery now pushed to November.',
    ],
    allow: [
      // h66
      'Is anyone there who can help with a billing question?',
      'Is anyone there?',
      'Last scan was this morning in Leeds, should it come today?',
      // h62: how old a thing was when it broke or went, not a wait
      'I love this tablet but the charging port is loose already after 4 months. normal?',
      'The printer prints very faint now. Is it possible that it is already broken after 2 months?',
      'Can your system delete call recordings after 90 days? We need that for our data policy.',
      // issue 12, h55
      "I'll give you 2 days to sort it, then I'm cancelling.",
      'I called 3 times in 20 minutes and got through on the third, thanks.',
      'I lost track of time playing your new game, love it.',
      'Refunds take 5 working days, right?',
      'Can I stay another day at the hotel?',
      // issue 12, h47
      "we've been customers since 2019, love the service",
      'emailed you yesterday and got a reply within the hour, thanks',
      "we've been out since 9 on a day trip, can we check in late?",
      'Day 2 of our holiday and loving the hotel!',
      'Good morning! Day 7 of tasting today and more pies to go :)',
      'Week 3 of my course starts Monday, can I change the time?',
      'Hold time is usually under 5 minutes in the mornings, right?',
      "I'm trying to plan a trip for 2 weeks in May, what fares do you have?",
      // issue 12's sixth pass: "since" with nothing pending, a short delay, a day count that is no wait, a weekday promise
      "We've been guests since Monday, loving it. Can we extend by 2 nights?",
      'Planned outage since 2pm, map says restored by 9pm. Thanks for the heads up.',
      'The train will be 10 mins late, no big deal.',
      'Today is day 2 of my holiday, loving the hotel.',
      'Ordered on the 3rd and it came on the 5th, thanks!',
      'It is my 1st order and it is the 2nd time I try the app, lovely.',
      "Shop opens at 9am, it's 8:30 now, can I pre-order?",
      'It takes 3 days to process a refund, right?',
      'Two weeks after my order it arrived, all fine, thanks.',
      'The woman on your helpline said she would credit my account by Monday. It is Thursday and nothing.',
      'Ordered on Monday, it is Tuesday and it arrived already, amazing.',
      'My ticket is open, can you add a note?',
      'Please put my order on hold from Monday.',
      "I've been using your app for 3 years and love it.",
      'Any rooms left for Friday? #minibreak',
      'Booked the spa for my birthday #daysoff',
      'It takes over an hour to charge fully, is that normal?',
      'As of today my plan includes roaming, right?',
      "The update takes about 5 minutes to install.",
      "I have been a customer since 2015 and love the app.",
      'I bought this laptop two years ago and the battery is fine.',
      'Can you hold my package at the depot?',
      'Waiting for my flight to board, quick question about seats.',
      'The update takes about 5 minutes to install.',
      'My subscription renews in 3 days, can I switch plans?',
      'Waited a few minutes but the agent sorted it quickly, thank you.',
      'Do I need to wait 24 hours before using the new card?',
      'The shop is open from 9am to 5pm, can I collect then?',
      'Is it 5 days for a refund to show on my card?',
      'It usually takes about 3 days for a replacement card, right?',
    ],
  },
};
