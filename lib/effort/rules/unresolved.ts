import type { RuleExamples } from '../rule-examples';
import { ATTEMPT, GAP, PROMISE, SHORT_NO, STILL_WRONG } from '../attempt-state';
import type { SignalRule } from './schema';

export const unresolved: SignalRule = {
  id: 'unresolved',
  summary: 'says an earlier fix or promise did not solve the problem',
  patterns: [
    // "still not working", "still can't log in" (but "still haven't received" is a wait, not an unresolved fix; "still
    // don't know the status" and "still can't get anyone on the phone" are a wait and a channel, "still not bored" is
    // praise (h62))
    String.raw`still (?:not|isn't|is not|doesn't|does not|don't|do not|can't|cannot|can not|won't|will not|unable to|isnt|doesnt|dont|cant|wont|no longer|never) (?!(?:\w+ )?(?:received|receive|heard|hear|arrived|arrive|got|gotten|here|delivered|shipped|refunded|have|had|seen|see|sure|certain|know|bored)\b|get (?:anyone|anybody|someone|somebody|hold|through)\b)[\w']+`,
    String.raw`still (?:haven't|have not|hasn't|has not|havent|hasnt)(?: been)? (?:fixed|resolved|solved|sorted|addressed|corrected|repaired|removed|reversed|updated|changed|fixed|working|looked)`,
    String.raw`still (?:broken|happening|occurring|failing|crashing|freezing|jamming|flickering|buffering|dropping|disconnecting|overheating|leaking|dripping|tripping|rebooting|restarting|looping|lagging|down|out|there|the same|same|buggy|wrong|incorrect|missing|locked|stuck|blocked|declin(?:ed|ing)|charging|charged|billing|billed|sending|send|sends|showing|show|shows|harassing|getting (?:the|an?|this|that|charged|billed|errors?)|seeing (?:the|an?|this|that)|receiving (?:the|bills|emails|calls|texts|spam|charges)|having (?:the|this|that|an?|problems|issues|trouble)|experiencing|an issue|a problem|problem|no (?:luck|fix|solution|resolution|change|improvement|joy|difference|signal|service|internet|power))`,
    String.raw`still (?:have|has) (?:the |this |that |a |an )?(?:same )?(?:issue|problem|error|bug|fault|trouble)`,
    // same problem again
    String.raw`(?:the )?(?:same|original|exact same) (?:issue|problem|error|thing|bug|fault|message)s? (?:again|still|is back|persists|keeps|continues|remains|happened|happening|as before|all over again|as last time|came back|returned)`,
    String.raw`(?:problem|issue|error) (?:is|was) (?:still )?(?:the )?same|(?:issue|problem|error|bug|fault)s? (?:persists?|remains?|continues?|is still|keeps? (?:coming back|happening|recurring|returning))|same (?:issue|problem|error|thing) again|recurring (?:problem|issue|error|fault|charge)|(?:it|this|that) keeps (?:happening|coming back|recurring)`,
    String.raw`(?:happened|happening|broke|broken|down|out|failed|failing|crashed|crashing|stopped(?: \w+)?|wrong|messed up|doing it|charged (?:me|us)|billed (?:me|us)|occurred|occurring|gone|went out|went down|disappeared|reset itself) again`,
    String.raw`(?:issue|problem|error|bug|charge|it|fault|glitch) (?:has |is |'s )?(?:come back|came back|back again|returned|reappeared|resurfaced|recurr(?:ed|ing))|(?:only )?(?:to )?resurface|reappeared`,
    // the earlier fix did not help: "that didn't work", "you didn't help the last 2 times", "no luck"
    String.raw`(?:that|this|the (?:fix|update|patch|solution|steps?|instructions?|advice|suggestion|reset|reinstall|workaround|replacement|refund|repair|new (?:one|part|card|router|device)|troubleshooting|technician|engineer)(?: (?:you|they|he|she|your \w+|the agent) (?:sent|gave|suggested|recommended|installed|applied|did|provided|shipped|made|proposed|offered)| (?:suggested|recommended|provided|offered|proposed|given))?|your (?:fix|solution|suggestion|advice|instructions|steps|update|patch|technician|engineer)|what (?:you|they|the agent|your \w+) (?:said|suggested|told me|recommended)|none of (?:that|this|it|those|these|the \w+)|nothing (?:you|they) (?:suggested|said|did)) (?:still )?(?:didn't|did not|doesn't|does not|has not|hasn't|have not|haven't|won't|will not|didnt|doesnt|hasnt|never) (?:\w+ )?(?:help|work|fix|solve|resolve|change)(?:ed)?`,
    String.raw`(?:didn't|did not|doesn't|does not|won't|will not|hasn't|has not|never|didnt|doesnt|wont) (?:really |actually |even |fully )?(?:solve|resolve|fix) (?:anything|much|the (?:problem|issue)|my (?:problem|issue)|it|this|that)|(?:didn't|did not|hasn't|has not|never) (?:really |actually |even |fully )?(?:solve|resolve|fix)(?:ed)? (?:the|my) \w+`,
    String.raw`(?:the )?same (?:issue|problem|error|fault|defect|bug|thing) as (?:before|yesterday|this morning|last (?:week|month|night|year)|the (?:original|old|first|last|previous)|last time|my (?:old|previous|last))|(?:issue|problem|error|bug|fault|glitch) (?:is|'s|are) back|promised(?: [\w']+){0,6}? (?:never|still hasn't|still has not|didn't|did not|hasn't|has not) (?:came|come|arrived|happened|materiali[sz]ed|showed up|turned up|appeared)|never came through|promised(?: [\w']+){0,6}? (?:and|but) (?:nobody|no one|nothing|it never|they never|he never|she never|you never)`,
    String.raw`(?:you|they|y'?all|you guys|your (?:agent|team|support|rep)s?) (?:didn't|did not|haven't|have not|never) (?:really |actually |even )?(?:help|fix|solve|resolve|sort)`,
    String.raw`no (?:resolution|luck|fix|solution|joy|improvement)|to no avail|nothing has (?:changed|been (?:done|fixed|resolved))|nothing (?:has |was )?(?:changed|improved|worked)|(?:nobody|no ?one) (?:has )?(?:fixed|solved|resolved) (?:it|this|the \w+)`,
    // closed or marked solved while it isn't
    String.raw`(?:{{THEY}}|someone) (?:closed|marked|resolved|solved) (?:my|the|this|our) (?:ticket|case|issue|request|complaint|claim)|(?:marked|closed) (?:it |this |the ticket |my ticket |the case |my case )?(?:as )?(?:resolved|solved|fixed|complete|completed|closed)|(?:ticket|case|request|complaint) (?:was|got|has been|is) (?:closed|marked (?:as )?(?:resolved|solved))`,
    String.raw`(?<!\b(?:if|unless|until|when|once) (?:it|this|that|the \w+|my \w+) )(?:never|not yet|still not|hasn't been|has not been|haven't been|have not been|wasn't|was not|isn't|is not|never got|never been) (?:properly |actually |fully |ever )?(?:resolved|fixed|solved|sorted|addressed|corrected)`,
    // tried what was suggested: "I have updated the app but still the problem is same", "even after the update"
    String.raw`(?:tried|did|followed|done|doing|performed) (?:everything|all|every ?thing|each step|all (?:of )?the steps|the steps|what|exactly what) (?:you|they|your \w+|the (?:agent|rep|article|guide))? ?(?:said|suggested|told|recommended|asked|advised|instructed|sent)`,
    String.raw`(?:restarted|rebooted|reinstalled|re-installed|updated|reset|cleared|uninstalled|logged out|power cycled|power-cycled|unplugged|factory reset|tried)(?: [\w']+){0,6}? (?:but|and|yet) (?:[\w']+ ){0,3}?still`,
    String.raw`even after (?:you|they|the (?:fix|update|reset|repair|replacement|refund|technician|engineer|call)|your|i (?:reset|restarted|reinstalled|updated|followed|did)|updating|reinstalling|resetting|restarting)`,
    String.raw`(?:supposed|meant) to (?:be|have been) (?:fixed|resolved|sorted|solved|refunded|cancell?ed|working)|(?:you|they|he|she|agent|rep) (?:said|told me|promised|assured me) (?:it|this|that|the \w+) (?:was|would be|is|had been|will be) (?:fixed|resolved|sorted|solved|working|cancell?ed|refunded)`,
    // recurrence without "again": "the 2nd time in 2 days", "last two times we ordered", "delayed AGAIN", "once again the internet cuts off"
    String.raw`(?:the )?{{ORDINAL}} time (?:in|this|that|we|it|they|being|having|getting)\b|last (?:{{COUNT}}|two|three) times|(?:once|yet) again(?!,? (?:i'm|i am|i|we're|we are|we) (?:writing|contacting|asking|reaching out|emailing|e-mailing|following up|calling|messaging))|(?:delayed|cancell?ed|late|cut off|cuts? (?:off|out)|dropped|locked|hacked|declined|overcharged|lost|failed) again|again (?:has |have )?(?:failed|broke|crashed|happened|went|delayed|charged)|nothing but (?:problems|issues|trouble|headaches)`,
    // failed self-help and broken promises: "followed all instructions but they did not correct it", "reinstalled many times", "it's a lie"
    String.raw`(?:followed|tried|did|done)(?: [\w']+){0,4}? (?:instructions|steps|suggestions|everything|all)(?: [\w']+){0,4}? (?:but|and|yet) (?:[\w']+ ){0,3}?(?:not|didn'?t|did not|doesn'?t|does not|still|nothing|no)\b|(?:reinstalled|re-installed|restarted|rebooted|reset|updated|removed|deleted|disputed|corrected)(?: [\w']+){0,4}? (?:{{COUNT}} times|\d ?x|twice|repeatedly|again and again|over and over)|no matter (?:how much|how many times|what) (?:i|we) (?:try|tried|do|did)|(?:tried|trying) everything|(?:reinstall\w*|re-install\w*|restart\w*|reboot\w*|reset\w*|updat\w*|tried|trying|clear\w*)(?: [\w'.]+){0,5}?[ .]{1,3}(?:didn'?t|did not|doesn'?t|does not|won'?t) (?:work|help|fix)`,
    String.raw`(?:promise[sd]?|assur\w+|told)(?: [\w']+){0,8}? (?:it'?s a lie|it was a lie|(?:all )?lies|lied)|fake (?:assurances?|promises?)|false (?:promises?|assurances?)|broken promises?|(?:assurance|told|promised)(?: [\w']+){0,6}? escalated|(?:has |have |had |keeps? )?failed to (?:fix|remove|correct|resolve|deliver|turn up|show up|arrive|refund|credit|delete|honou?r|update)|(?:got|get|gets|getting|going) (?:absolutely |literally )?(?:no ?where|nowhere)|(?:placed|put|added|reported|appeared|reappeared) back on|(?:up till|until|till|up to|as of) (?:now|today|date)[, ]{1,2}(?:[\w']+ ){0,4}?(?:not|no|nothing|never|still|haven'?t|hasn'?t|remain|remains|continue|continues)\b|(?:did|done) it wrong`,
    // a broken appointment or promise, and a retry that failed: "the fitter was a no-show", "the engineer never turned up", "your team promised a fix by Friday and it never came", "tried again after lunch and the upload failed"
    String.raw`(?:install(?:ation|er)?|technician|tech|engineer|plumber|electrician|fitter|repair ?man|appointment|visit)(?: was)?(?: a)? no[- ]show|(?:technician|tech|engineer|installer|plumber|electrician|fitter|repair ?man|courier|driver)(?: [\w']+){0,3}? (?:never|didn'?t|did not|failed to|could ?n[o']t|couldn'?t) (?:even )?(?:show(?:ed)? up|turn(?:ed)? up|come|came)|(?:told|promised|assured|reassur\w+|said)(?: [\w'.]+){1,10}? (?:and|but) (?:it|they|he|she|nothing|nobody|no one) (?:isn'?t|wasn'?t|hasn'?t|didn'?t|never|still)\b|(?:never|no|without) (?:a |the |any )?promised (?:call ?back|refund|credit|replacement|visit|update|email|fix)|(?:tried|try|trying) (?:it )?again(?: [\w'.,]+){0,10}? (?:failed|fails|same (?:error|problem|issue|thing)|didn'?t work|doesn'?t work|no luck|nothing)|(?:did|does) it again|(?:to )?fix(?:ed)? (?:absolutely )?nothing|zero (?:resolution|luck|progress|help)`,
    // a promised time long past, a promise repeated, a visit moved: "they quoted 3 days, it's been two weeks now", "you keep telling me it's fixed", "had to reschedule"
    String.raw`(?:told|promised|said|assured|quoted|supposed to take|meant to take)(?: [\w']+){0,8}? (?:\d{1,3}(?:-\d{1,3})? ?|an? |one |two |three |four |five |six |seven |ten )(?:working |business )?(?:h(?:ou)?rs?|h|minutes?|mins?|days?|weeks?|months?)['"]?[ ,.]{1,3}(?:[\w',.]+ ){0,6}?(?:been waiting|waited|still|it'?s been|it has been|now|that was|(?:we'?re|it'?s|this is) (?:now )?(?:on )?day)\b|(?:still|keep|kept) (?:saying|promising|assuring)|(?:you|they|y'?all|you guys|your \w+) (?:keep|kept|are still|'re still) telling (?:me|us)|(?:had|have|has|having) to reschedule|rescheduled (?:again|twice|{{COUNT}} times|(?:my|the|our) (?:\w+ )?(?:appointment|visit|install\w*|repair|delivery) (?:again|twice|for the))`,
    // a fix described, then the same failure after it: "Your tech swapped the modem on Tuesday. Wednesday night, same dropouts.", "reconnected the line and by evening it was dead once more"
    String.raw`(?:swapped|replaced|repaired|reconnected|reinstalled|re-installed|patched|reset|rebooted|restarted|installed|reflashed|serviced|exchanged)(?: [\w'".,#-]+){0,12}? (?:(?:exact(?:ly)? )?(?:the )?same (?!(?:day|time|price|address|name|email|number|account|size|colou?r|way|one|model|plan|date|week|month)\b)[\w-]+|exact(?:ly)? the same|once more|no (?:change|difference)|zero difference|(?:changed|did|fixed|solved) nothing)`,
    // the fix made no difference or held only a while: "made zero difference", "no change after the reboot you suggested", "Your fix lasted 48 hours.", "worked for a day after your fix"
    String.raw`(?:made|makes|making) (?:zero|no|absolutely no|little|not (?:a|one|any)(?: bit of)?) (?:real )?difference|(?:no|zero) (?:change|difference|improvement) (?:after|since|with|following|from)|(?:changed|did|fixed|solved) (?:absolutely |precisely )?nothing(?: whatsoever| at all)?|(?:fix|repair|patch|solution|workaround|replacement|reset|update)(?: you (?:sent|did|made|applied|gave me))?["”']? (?:only |barely |just |has |had )?lasted|(?:worked|came back|was fine|ran) (?:fine |ok |okay )?(?:for )?(?:only |about |barely |just )?(?:a|an|one|two|three|five|ten|a few|\d{1,2}) (?:minute|min|day|hour|week|month)s?,? (?:after|then|and then|before|until|but)|(?:nothing|no ?thing) (?:has )?(?:come|came) of it|back to square one`,
    // the earlier fix in scare quotes: 'The shop "repaired" my screen', 'the "permanent fix"', 'the "fixed" app'
    { re: String.raw`["“'‘](?:fixed|repaired|resolved|solved|sorted|permanent fix|fix|solution|repair)["”'’]`, wordEdges: false },
    // recurrence of a named failure after a fix: "dead again", "broke the export again", "exactly like in May", "just like replacement #1", "worse than before"
    String.raw`(?:dead|frozen|offline|locked(?: out)?|stuck|leaking|dripping|jamm(?:ed|ing)|declin(?:ed|ing)|disconnected|dropping|cutting out|freezing) (?:again|once more)|(?:broke|broken|crashed|wiped|deleted|lost|reset|locked|double[- ]charged|overcharged) (?:[\w']+ ){1,3}?(?:again|once more)|(?:exactly|just) (?:like|as) (?:in \w+|last time|before|the (?:first|last|previous|old|original)(?: (?:one|time|replacement|repair))?)|just as (?:bad|badly|slow|slowly|fast|quickly|loud|noisy|hot|weak|often|broken|faulty|buggy) as (?:the|my) (?:old|first|original|previous|last) one|(?:the )?exact (?:same )?(?:fault|problem|issue|error|defect|crack|symptoms?|noise|leak) (?:as )?(?:the|my) (?:first|old|original|previous|last)|just like (?:the |my )?(?:first|last|previous|old|original) (?:one|replacement|time)|just like replacement|(?:worse|slower|louder|noisier|hotter|weaker|buggier|flakier|no better) than (?:before|it was|the (?:old|first|original) one)|came and went|come and gone`,
    // told it was fixed, then not: "Was told the glitch was patched in version 4.2", "they said my meter reading was corrected"
    String.raw`(?:told|said|assured|promised|confirmed|claimed)(?: me| us)?(?: that)? (?:it|this|that|the \w+|my \w+)(?: \w+)? (?:was|were|would be|is|had been|has been|will be|'d be|'s) (?:fixed|resolved|sorted|solved|patched|corrected|reversed|removed|cancell?ed|refunded|credited|working)`,
    // a replacement counted, and a promised thing still awaited: "Third router in a month", "Still waiting on the callback I was promised Monday"
    String.raw`{{ORDINAL}} (?:replacement|repair|engineer visit|technician visit|router|modem|unit|handset|device|part)s? (?:in|this|and|already|now|since|that)\b|(?:still waiting (?:on|for)|never (?:got|received|had)|no sign of|still no) (?:the|my|a|any|that) (?:\w+ ){0,2}?(?:i|we) (?:was|were) (?:promised|told about|assured of)`,
    // a promise with a time or a callback, then nothing: "would call me back by Monday. It is now Wednesday and I have heard nothing", "promising driver details last Fri. No word",
    String.raw`(?:promis(?:ed|ing)|assur(?:ed|ing)|reassur(?:ed|ing)|guaranteed|(?:would|will|'d) (?:call|ring|email|e-mail|contact|phone|text|get back to) (?:me|us)(?: back)?)[^.!?]{0,80}?[.!?…]+[^\w]{0,4}(?:[\w'*]+[ .,]{1,3}){0,8}?(?:nothing|no (?:word|call|email|reply|sign|show|update|contact|one|news)|(?:nobody|no one) (?:called|came|rang|showed|turned up|got back|contacted))\b`,
    // the customer's own repeated efforts did not move it: "Despite my numerous disputes, XXXX continues to report…",
    String.raw`despite (?:my|our|numerous|several|multiple|repeated|many|all (?:my|our|the)|countless) (?:[\w']+ ){0,2}?(?:disputes?|complaints?|calls?|requests?|letters?|e-?mails?|efforts|attempts|reports?|promises?|assurances?)`,
    // answers that did not address it: "the responses so far have not addressed my concerns",
    String.raw`(?:responses?|replies|reply|answers?|solutions?|suggestions?) (?:so far |to date |(?:i|we) (?:got|received|have received|'ve received|had) )?(?:have not|has not|haven'?t|hasn'?t|did not|didn'?t|do not|don'?t|does not|doesn'?t) (?:really |actually |even )?(?:addressed|address|solved|solve|resolved|resolve|answered|answer|fixed|fix|helped|help)`,
    // the same failure after it was said fixed, in a learner's word order: "they tell me it is fixed, but the phone is again not charging",
    String.raw`(?:tell|tells|say|says|telling|saying) (?:me |us )?(?:that )?(?:it|this|that|the \w+|my \w+) (?:is|was|'s|has been) (?:fixed|resolved|sorted|solved|repaired|working)|(?:is|are|was|it'?s) again (?:not|no longer|broken|down|stuck|dead|missing|offline)`,
    // a date the thing was due, then nothing: "bag was meant to be delivered to my hotel yesterday evening. still nothing"; a failure week after week: "2nd week in a row my order is missing the milk",
    String.raw`(?:supposed|meant|due|scheduled|expected) to (?:be )?(?:arrive|delivered|here|come|ship|shipped|refunded|credited|installed|connected|back|fixed|repaired)(?: [\w']+){0,6}? (?:yesterday|last (?:week|night|month|\w+day))[^.!?]{0,40}?[.!?,]? ?(?:still (?:nothing|no|not|waiting)|nothing|never (?:came|arrived|showed))|{{ORDINAL}} (?:day|week|month|night|order|delivery|bill) (?:in a row|running)`,
    // what the last agent said made no difference: "I cleared the cache like the last agent said. didn't change anything",
    String.raw`(?:said|suggested|told (?:me|us)(?: to)?|recommended|advised)(?: [\w'.,]+){0,8}?[.,;!]? (?:and )?(?:it |that |this )?(?:didn'?t|did not|hasn'?t|has not|doesn'?t|does not) (?:change|fix|solve|do) (?:anything|a thing|much|nothing)`,
    // the failure has happened before, and a service still absent: "Last time this happened Capital One had tried…", "we still not have service since 3 weeks ago",
    String.raw`(?:the )?(?:last|previous) time (?:this|it|that) happened|(?:this|it) (?:has )?happened (?:before|last (?:time|week|month|year))|still (?:not|don'?t|do not|doesn'?t|does not|dont) have (?:any )?(?:service|internet|power|signal|wifi|wi-fi|access|connection|hot water|heating|heat|phone service|tv|cable)`,
    // the failure back in a learner's word order: "then again blocked",
    String.raw`(?:then|and|now|but) again (?:blocked|locked|broken|down|declined|cut off|disconnected|not working|stopped|failed|crashed|charged|wrong|missing)`,
    // issue 12's sixth pass, structure rather than phrases: an earlier attempt or promise, then the problem's present
    // state, negative, up to a few sentences on ("filed a report at the desk Monday. Friday now, tracker still says
    // 'located'", "I have reinstalled Windows per your tech's instructions. The blue screen continues.")
    `${ATTEMPT}${GAP}${STILL_WRONG}`,
    // having to do it over and over: "How many times do I have to reset this password??"; "The lies continue."
    String.raw`how many (?:more )?times (?:do|must|will|should|would|am|are|have) (?:i|we) (?:have to |need to |got to |gotta |going to |supposed to )?(?:call|ask|email|e-mail|write|tell|explain|reset|contact|complain|chase|report|reinstall|restart|go through|deal with|dispute|send|be told)|(?:lies|excuses|the lying|the excuses|screw ?ups|the same excuses) (?:continue|keep coming|go on)`,
    // (a promise with a day, a date or a season, then a later one now — "tech was booked for the 9th. Its the 14th.",
    // "We were promised fibre 'by spring'. It's November." — is read in code since issue 12's ninth pass:
    // ../promise-reader.ts, which compares the two times rather than reading any later one as past the promise)
    // a promise or a claim that it was done, then a short sentence that says no: "You said it'd be credited on the
    // next bill. It wasn't.", "The specialist team said it's sorted. It isn't.", "You said the engineer would come
    // between 8 and 12. It's 4pm. Nobody."
    `${PROMISE}${GAP}${SHORT_NO}`,
    // natural traffic (issue 12, h29): the customer's own try, then a terse verdict on it within the next words —
    // "Reinstalled. Same thing.", "restarted router + console like u said. same NP-4002", "ok done that, same error",
    // "Tried chrome and firefox. Same.", "tried the usb cable method, nothing", "hard reset does nothing", "cleared
    // cache and logged back in. still says 'something went wrong'", "Typed it manually, it changes back"
    String.raw`(?:restarted|rebooted|reinstalled|re-installed|(?:hard |factory )?reset|cleared (?:the |my )?(?:cache|cookies|data|history)|logged (?:out|back in|in again)|updated (?:the |my )?(?:app|phone|firmware|software|browser)|done that|did that|did (?:the|a) (?:reset|restart|reinstall|update|steps?)|tried (?:the|a|another|both|it|that|again|[\w-]+ and [\w-]+)|typed it (?:in )?(?:manually|again|by hand))(?:[ +,.&;:!-]{1,3}[\w'+&-]+){0,8}?[ ,.;:!-]{1,3}(?:and |but |it |just |still )?(?:same(?= {0,2}(?:[.!?😩😤😡🙄]|$))|same (?:thing|error|issue|problem|result|message|screen|code|crash|bug|fault)|same [a-z]{1,4}-?\d{2,6}|nothing(?= {0,2}(?:[.!?]|$))|(?:does|did|changed|fixed|changes) (?:absolutely )?nothing|still (?:says|shows|reads|displays)|(?:it )?(?:changes|changed|goes|went|flips|flipped|switches|switched) back)`,
    // issue 12's ninth pass (natural text): the customer's own fix already done — "Already reinstalled.", "cleared
    // cookies already", "Reconnected it, still nothing."
    String.raw`already (?:reinstalled|re-installed|restarted|rebooted|reset|cleared|reconnected|re-paired|repaired it|power[- ]cycled|factory reset|uninstalled)\b|(?:reinstalled|re-installed|restarted|rebooted|reset|cleared (?:the )?(?:cache|cookies|data|history)|updated|reconnected|power[- ]cycled|factory reset)(?: (?:it|the \w+|my \w+|everything|twice|and reinstalled))?,? already\b|(?:reinstalled|re-installed|restarted|rebooted|reset|reconnected|re-paired|updated|cleared \w+|tried \w+)(?: (?:it|the \w+|my \w+|again))?[,.;] (?:and )?still nothing\b`,
    // a failure counted in a row, a replacement that fails, the same fault on the next one: "3rd outage this month",
    // "down for the 4th weekend in a row", "this is the replacement controller", "second delivery, same damaged
    // headboard", "wrong order again", "rejected again", "not the first time", "Happened last trip too"
    { re: String.raw`\b{{ORDINAL}} (?!(?:time|e-?mail|call|message|chat|ticket|dm|letter|complaint|request|reminder|order|purchase|booking)s?\b)(?:[\w-]+ ){1,2}?(?:in a row|this (?:week|month|year)|running)\b`, unless: [String.raw`\b(?:love|loving|loved|great|thanks|thank you|happy|amazing|awesome|excellent|perfect|favou?rite|fine|all good|on time|no problems?|smooth)\b`] },
    String.raw`(?:this is|it'?s|that'?s) (?:the|my|a|an) (?:{{ORDINAL}} |another )?replacement\b(?! (?:for|of|request|order|policy|plan|option|cost|fee|price|form))|(?:{{ORDINAL}}|another|the) replacement(?: [\w-]+){0,2}?,? (?:and )?(?:the )?(?:same|exact same)\b|{{ORDINAL}} (?:delivery|visit|attempt|repair|engineer|technician|appointment|one|unit|pair|item)s?,? (?:and )?(?:the )?(?:exact )?same\b|wrong (?:[\w-]+ ){0,2}?again\b|(?:rejected|denied|refused|bounced|suspended|reversed|closed) again\b|(?:this is |it'?s |that'?s )?not the first time\b(?! (?:i'?ve|i have|i am|i'm|ordering|buying|flying|using|staying|shopping|visiting|booking))|happened (?:on )?(?:my |the )?(?:last|previous) (?:time|trip|week|weekend|month|order|visit|flight|stay|year) too\b|same (?:thing|issue|problem|error|fault) (?:as|happened) (?:on )?(?:my |the )?(?:last|previous) (?:time|trip|week|weekend|month|order|visit|flight|stay)\b`,
    // issue 12, h47 (tweets and complaint narratives): the company's line quoted as said every time, or quoted
    // and denied right after — "Each time: \"a tower upgrade is scheduled.\"", "Every agent I get says \"48 more
    // hours.\"", "Same \"we've escalated it.\"", "Chat said \"soon\", email said \"soon\"", "the agent says \"we've updated
    // your profile.\" You haven't.", "\"delivery attempted\" no it wasn't"
    {
      re: String.raw`\b(?:each|every) (?:time|agent|rep|person|one|call|reply|email|e-mail|response|letter)(?: i \w+)?(?: (?:says|said|tells me|told me|they say|they said|is|was))?[:,]? ?(?:a |the same )?["“](?!(?:can|could|would|will|please|what|may|do|did) )[^"”\n]{1,60}["”]|(?:^|[.!?] )same ["“][^"”\n]{3,60}["”]|\b(?:said|says|say|told me)[:,]? ["“][^"”\n]{1,40}["”][.,;]? (?:[\w']+ ){0,4}?(?:said|says|say|told me)[:,]? ["“]`,
      wordEdges: false,
    },
    {
      re: String.raw`["”][.!]? {1,3}(?:no,? (?:it|they|he|she) (?:wasn'?t|isn'?t|didn'?t|hasn'?t|did not|was not)\b|(?:you|they|it|he|she|no one|nobody) (?:haven'?t|hasn'?t|didn'?t|wasn'?t|isn'?t|did not|have not|has not|was not|is not|never did)[.!])|\b(?:you|they) (?:haven'?t|hasn'?t|didn'?t|never) ["“]\w`,
      wordEdges: false,
    },
    // issue 12, h47 (tweets): the same failure counted ("flight delayed 3 times now", "got cancelled twice"), the last
    // few orders wrong, nothing ever happens, and a fix named bare after "even after" ("wrong even after reset")
    {
      re: String.raw`\b(?:delayed|cancell?ed|rescheduled|declined|pushed back|bumped|postponed|moved|rejected|denied|lost|broken|broke|failed)(?: [\w']+)? (?:(?:\d{1,2}|two|three|four|five|six|several|multiple) times|twice|thrice)\b`,
      unless: [String.raw`\b(?:no complaints?|lovely|great|no problem|all good|thanks|thank you|understandable)\b`],
    },
    String.raw`(?:nobody|no one|no-one) (?:ever |actually )?(?:fixes|does anything|does a thing|helps|sorts|solves|resolves)|nothing (?:ever )?(?:happens|gets done|changes)(?= *(?:[.!]|$))|last (?:\d|two|three|four|five|few) (?:orders|deliveries|bills|visits|boxes|flights|shipments|times)(?: [\w']+){0,3}? (?:wrong|missing|late|broken|damaged|cancell?ed|short|incomplete)|even after (?:the |a |my |your )?(?:reset|update|reinstall|restart|reboot|fix|repair|replacement|patch|swap|call|visit|refund|complaint)`,
  ],
};

/**
 * Customer messages: each `match` must show the signal, each `allow` must not (tests/unit/effort/rules.test.ts).
 * Test data only: rules/index.ts imports the rule above, never this table, so it stays out of the content script.
 */
export const examples: RuleExamples = {
  'unresolved': {
    match: [
      // h80: a fault told still going on by its own verb
      'ticket 7712 - you asked for the model number: it is an HP LaserJet M479fdw. Still jamming every 10 or so pages.',
      // issue 12, h47: the company's line quoted as said each time, or quoted and denied
      'Rang them 5 times. Each time: "the engineer is booked for tomorrow." Never shows.',
      '@ZentraPower every agent I get says "give it 24 hours" lol',
      'Same "we are looking into it". Same broken meter.',
      'chat said "today", the phone said "today" and still no parcel',
      'your bot says "your refund has been sent." It hasn\'t.',
      '"package delivered" no it wasn\'t. nothing at my door',
      '@QuillBank you haven\'t "reached out". stop saying that',
      '@SkyLane flight 88 delayed 4 times now. 4!!',
      'my grocery slot got cancelled twice this week smh',
      'reported the broken lift 5 times. nothing ever happens',
      'last 3 deliveries missing items. every. single. time',
      'card still declined even after reset #fail',
      'App crashes on start after the update. Already reinstalled. Any fix?',
      'login loops back to the start page. cleared cookies already',
      'The printer went offline last night. Reconnected it, still nothing.',
      'Power cut again, 3rd outage this month.',
      'matchmaking down for the 5th weekend in a row',
      'Headphones crackling. This is the replacement pair. The replacement.',
      'fourth replacement unit, same overheating fault',
      'Third delivery, same dented panel.',
      'wrong order again, got someone else\'s noodles',
      'Resubmitted the claim. Rejected again.',
      'Late again. Not the first time with this route.',
      'Seat reservation vanished from the app at boarding. Happened last trip too.',
      'Every time I upload a photo it says "file too large". Reinstalled. Same thing.',
      'ok restarted router + console like u said. same NP-4002 😩',
      'ok done that, same error. "unable to retrieve reservation"',
      'the video player keeps freezing in lesson 4. Tried chrome and firefox. Same.',
      "controller won't pair after the update. tried the usb cable method, nothing",
      "tablet stuck on boot logo after last night's update. hard reset does nothing",
      'ok I cleared cache and logged back in. still says "something went wrong"',
      'keeps reading the box 12 code wrong. Typed it manually, it changes back',
      // issue 12's sixth pass: an attempt or promise, then the problem's present state, a sentence or more later
      'Filed a report at the desk on Monday. Friday now, the tracker still says "located".',
      "I have reinstalled Windows per your tech's instructions. The blue screen continues.",
      'Chatted with your agent on Saturday, she promised the fee would be reversed. Statement came today: fee still there.',
      'I provided all the paperwork and no one is doing anything.',
      'Cancelled my membership on XX/XX. They took {$49.99} again this month.',
      'Each call they say it will be corrected in the next cycle. It never is.',
      "The technician came on Monday and the noise hasn't stopped.",
      'I cancelled in March and you keep taking money.',
      'How many times do I have to reset this password??',
      '@AskeBay Lies continue',
      'Tech was booked for the 9th. Its the 14th.',
      "We were promised fibre by spring. It's November.",
      'The solution suggested did not help.',
      "You said it'd be credited on the next bill. It wasn't.",
      "The specialist team said it's sorted. It isn't.",
      'You said the engineer would come "between 8 and 12". It\'s 4pm. Nobody.',
      "The refund you confirmed on the 3rd still hasn't shown up.",
      'each time i call and they unblock, then again blocked',
      'Last time this happened they processed it with the wrong account number.',
      'We still not have service since 3 weeks ago.',
      'The bag was meant to be delivered yesterday evening. Still nothing.',
      '2nd week in a row my order is missing the milk.',
      'I cleared the cache like the last agent said. didn\'t change anything',
      'He would call me back by Monday. It is now Wednesday and I have heard nothing.',
      'Despite my numerous disputes, the bureau continues to report the account.',
      'The responses so far have not addressed my concerns.',
      'They tell me it is fixed, but the phone is again not charging.',
      'The new battery you shipped is draining just as fast as the old one.',
      'Tuesday came and went, no parcel.',
      'The scanner is even slower than before.',
      'It came back for ten minutes then died.',
      'Still waiting on the callback I was promised Monday.',
      "The approval was supposed to take 5 working days, we're on day 16.",
      'Third router in a month and the wifi drops every night.',
      "They quoted 3 days for the repair, it's been two weeks now.",
      'You keep telling me the fault is fixed.',
      'The installer cancelled on the day, so we had to reschedule.',
      'The engineer never turned up on Tuesday.',
      'Your team promised a fix by Friday and it never came.',
      'Tried again after lunch and the upload failed.',
      'The app did it again, logged me out mid-payment.',
      "Once again the internet cuts out every evening.",
      "I followed all the steps but they did not fix the problem.",
      "They promised a free repair and it was a lie.",
      "This is the second time this week the app has crashed.",
      'It is still not working after the update.',
      'Same issue again, the sync fails every night.',
      'You closed my ticket but nothing has changed.',
      "I followed the steps you sent and it didn't help.",
      'The error came back this morning.',
      'Reinstalled the app twice and still the same crash.',
      'Your tech swapped the modem on Tuesday. Wednesday night, same dropouts.',
      'They reconnected the line and by evening it was dead once more.',
      'The patch you pushed made zero difference for me.',
      'no change after the reboot you suggested',
      'Your fix lasted 48 hours.',
      'Worked for a day after your fix, now it is dead again.',
      'The shop "repaired" my screen and the touch is worse than before.',
      'Your update broke the export again, exactly like in May.',
      'Was told the glitch was patched in version 4.2. I am on 4.2. Glitch is there.',
      'Apparently it was escalated in March. Nothing has come of it.',
    ],
    allow: [
      // h62: not knowing, not reaching anyone, not bored
      'Ordered 20 days ago and I still don\'t know what the status of my order is.',
      'On hold again today, 50 minutes. Still can\'t get anyone to look at the roaming charges.',
      'Level 870 and still not bored, great game.',
      // issue 12, h47: a quote with no sign it was said again, or denied
      'The app says "update available". Should I install it?',
      'Every time I open the app it says "welcome back", cute touch',
      'Your email said "ships Monday" and it did. Thanks!',
      'He said "no problem" and fixed it the same day.',
      'Each time a new agent, each time "can you confirm your postcode". Read the ticket.',
      'I was charged twice for the same order, can you refund one?',
      'Nothing happens when I tap "pay", is the button supposed to be grey?',
      'my flight was delayed twice but the crew were lovely, no complaints',
      'Already updated my address in settings, just checking the invoice will use it.',
      'My 3rd order this month and it keeps getting better, thanks!',
      'Is a replacement for the lost remote available?',
      'Is this the replacement policy for damaged items?',
      'Not the first time I have ordered from you, always good.',
      'Second delivery this week, all arrived fine.',
      'Third email this week about my refund, nobody has replied.',
      'I restarted the app and it works now, thanks!',
      'Logged out and back in, nothing else to report, all good now.',
      'Tried the new menu, nothing to complain about, lovely food.',
      'I did that and it worked, thank you.',
      // issue 12's sixth pass: an attempt, then a wait or a good state, not a failed fix
      'Filed a report at the desk on Monday and the bag came Tuesday, thanks.',
      'Submitted my claim 6 weeks ago and the status still says "in review".',
      'Messaged you on Monday and Wednesday, still nothing back.',
      'How many times can I reset my password in a day?',
      "I reinstalled Windows per your tech's instructions. Everything runs fine now.",
      'She told me it is still under warranty, great news.',
      'I called and they said it is still covered by the plan, thanks.',
      'Called on Monday and the tech came the next day, still very happy with the work.',
      'We were promised fibre by spring. Any update on the street works? No rush.',
      'They said they would call back tomorrow. No rush though, thanks.',
      'She said the part is on order. That is not a problem, we can wait.',
      'Once again I am writing to ask for a copy of my contract.',
      'and again thanks for the help',
      'The last time I flew with you it was great.',
      'It is due to arrive on Friday, nothing else needed.',
      'I didn\'t change anything in the settings, it just stopped working.',
      '2nd week ordering, all perfect.',
      'They promised delivery by Friday. Great, it came Thursday!',
      'Will you call me back by Monday? Nothing urgent.',
      'Despite the rain the courier was on time.',
      'Your reply answered everything, thanks.',
      "I'd like a second router for the upstairs office.",
      'The new model is just as light as the old one, great.',
      'It worked for a day trial, how do I buy the full version?',
      'The app keeps telling me to update, how do I turn that off?',
      'The engineer turned up on time and fixed it, thanks!',
      "This is the third time I'm writing to you.",
      "Followed the steps and it works now, thanks!",
      'My printer does not print in color. How do I fix it?',
      "I still haven't received my package.",
      'The app crashes when I open the camera.',
      'Thanks, the update fixed it!',
      'I still love this app, just a feature request.',
      'I replaced the battery myself and it has worked fine since, thanks.',
      'Reset my password and the same day it let me in, all good.',
      'They said the parcel was shipped, can I have the tracking number?',
      'Same problem as my neighbour had last year, is there a known fix?',
    ],
  },
};
