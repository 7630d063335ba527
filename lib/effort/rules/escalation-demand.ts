import type { RuleExamples } from '../rule-examples';
import type { SignalRule } from './schema';

export const escalationDemand: SignalRule = {
  id: 'escalation-demand',
  summary: 'asks for a manager or threatens to leave, complain, review, chargeback',
  // a regulator or manager asked about for paperwork or a reference, not threatened with
  // asking which body to turn to, or how to close an account, is not a threat: "is the ombudsman the right place to
  // ask?", "how do I close the joint account now that my husband has passed away?"
  unless: [
    String.raw`\b(?:which|what) (?:regulator|regulatory body|ombudsman|authority)\b|\b(?:registered|regulated|licensed) (?:with|by)\b`,
    // (issue 12's ninth pass) asking whom to call for a dispute, and a power of attorney, are no threat
    String.raw`\bwho (?:do|should|can) i (?:call|contact|talk to|speak to|ask) to\b|\bpower of attorney\b`,
    String.raw`\bis (?:the |an? )?(?:ombudsman|bbb|cfpb|regulator|small claims(?: court)?) (?:the right|a good|the best|the correct|the proper|where)\b|\bhow (?:do|can|could|should|would) (?:i|we) (?:go about )?(?:close|closing|cancel|cancelling|canceling|end|terminate|delete)\b`,
  ],
  patterns: [
    // a manager: "let me speak to a manager", "I want your supervisor", "escalate this to someone senior"
    String.raw`(?:speak|talk|speaking|talking|escalate (?:this|it|me|my \w+)|put me through|transfer me|connect me|pass me|get me|let me talk|let me speak|see|have|need|want|demand|request|requesting|ask(?:ing)? for|give me) (?:to |with )?(?:a |an |the |your |some |to a |to the |to your )?(?:manager|supervisor|superior|boss|higher[- ]?ups?|someone (?:senior|higher|in charge|with (?:authority|more authority)|more senior|above you|competent|who can actually)|person in charge|team lead(?:er)?|head of \w+)`,
    String.raw`(?:please|pls|plz|need|want|demand|asking|ask|like|can you|could you|will you|must|going to) (?:you to |this |it |that |my \w+ |to |have this )?escalat(?:e|ed|ion)(?! (?:[\w']+ ){0,2}to (?:express|priority|next[- ]day|first class|premium|tracked))`,
    String.raw`escalate (?:this|it|my (?:case|complaint|ticket|issue|request)|the (?:case|complaint|matter|issue)) (?:to|further|higher|up|immediately|now|asap|please)`,
    // leaving: "I'll cancel", "cancel my subscription", "switching carriers", "take my business elsewhere"
    String.raw`(?:i'll|i will|i'm going to|i am going to|im going to|gonna|going to|i'm|i am|im|i'll be|will be|about to|ready to|i'd rather|want to|wanna|would like to|i'd like to|have to|time to|no choice but to|thinking (?:of|about)|considering|seriously considering) (?:just |simply |definitely |now |be |probably |have to |need to )?(?:cancel(?:l?ing)?|unsubscrib(?:e|ing)|clos(?:e|ing) (?:my|our|the) (?:account|accounts)|terminat(?:e|ing) (?:my|our|the)|leav(?:e|ing) (?:you|your|this company|for))`,
    String.raw`(?:i'll|i will|i'm going to|i am going to|im going to|gonna|going to|i'm|i am|im|will be|about to|ready to|probably|definitely|time to|no choice but to|thinking (?:of|about)|considering|seriously considering) (?:just |simply |definitely |now |be |probably |have to )?(?:switch(?:ing)?|mov(?:e|ing)|port(?:ing)?)(?: \w+)? (?:to (?:@\w+|another|a (?:competitor|different|new|better)|your competitor|them)|over|away|carriers|providers|banks|companies|airlines|networks|services|suppliers|(?:my|our) (?:number|numbers|lines?))`,
    // a present or coming act, not one told (issue 12's ninth pass): "I had cancelled the subscription on XX/XX", "my bank
    // closed my account", "trying to cancel my membership" are the story, not a threat
    String.raw`(?<!\b(?:trying|tried|try|attempting|attempted) to )(?:cancel(?:l?ing)?|close|closing|terminat(?:e|ing)|delete|deleting|end(?:ing)?) (?:my|our|the|this) (?:\w+ )?(?:account|subscription|membership|contract|plan|policy|credit card|relationship|service)`,
    String.raw`switch(?:ing)? (?:carriers|providers|banks|companies|airlines|networks|suppliers|brands)|(?:to|with) (?:a|your) competitor|tak(?:e|ing) (?:my|our) (?:business|money|custom) (?:elsewhere|somewhere else|to)|(?:lost|losing|lose) (?:a|an?|my|your|one|another) (?:\w+ )?(?:customer|client)|(?:find|finding|look(?:ing)? for) (?:a|another|a new) (?:provider|bank|carrier|company|airline|service|supplier)`,
    String.raw`never (?:\w+ ){0,2}?(?:use|using|buy|buying|order|ordering|fly|flying|shop|shopping|book|booking|recommend|deal|do business|come back|return|trust)(?: [\w']+){0,4}? again|(?:(?:will|would|could|can) (?:not|never)|won'?t|wouldn'?t|can'?t|cannot|couldn'?t|not) recommend(?:ing)? (?:you|y'?all|them|your (?:company|service|bank|airline|store|shop|business|team|people|staff)|this (?:company|bank|airline|business|store|shop|provider|place|hotel|restaurant|service)) (?:to|for) (?:anyone|anybody|friends|family|people|others)|(?:former|ex-?) customer`,
    String.raw`i'?m (?:so |totally |completely |officially )?done with (?:you|this|your|y'?all|it all|this company)|(?:i'm|im|i am) (?:so |totally |officially )?done(?= *(?:[.!]|$))`,
    // complaints, regulators, legal, public: "filing a complaint", "BBB", "chargeback", "I'll make it public"
    String.raw`(?:file|filing|filed|lodge|lodging|lodged|raise|raising|raised|submit|submitting|submitted|make|making|made|open|opening|write|writing|send|sending|sent|escalate) (?:an? |my |the |this |another |a formal |an official )?(?:formal |official |written |email |e-mail )?complaint`,
    String.raw`complain(?:ing)? (?:to|about you to|with) (?:the|your|my|a|an|\w+ (?:bureau|commission|authority|regulator))|(?:report|reporting) (?:you|this|your company|them|it) to|(?:i will|i'll|going to|gonna|i am going to) report (?:you|this|it)`,
    String.raw`bbb|better business bureau|cfpb|ftc|fcc|ofcom|ombudsman|trading standards|attorney general|consumer protection (?:office|agency|bureau|authority|board|department|dept|agencies)|consumer (?:affairs|rights|council)|small claims|(?:state |federal )?regulators?|citizens advice`,
    String.raw`lawyers?|attorneys?|solicitors?|legal (?:action|team|advice|counsel|proceedings)|(?:file|filing|bring|bringing|start|starting|a|my) lawsuit|lawsuit against|class action|(?<!(?:not|never|won't|wont|n't) )sue (?:you|them|your)|suing|(?:see you in|take (?:you|this|them|it) to) court`,
    // a dispute is a threat when it is coming, not when it is the story told ("I filed a claim on XX/XX, they closed it",
    // "I opened a dispute with my bank", "I have disputed the account three times"), nor when the customer asks the
    // company itself to look at a charge ("I am writing to dispute a charge I don't recognise", "I want to dispute a
    // transaction", "I'm disputing a charge with your hotel") (h62)
    String.raw`charge ?-?backs?|disput(?:e|ing) (?:the|this|these|my) (?:\w+ )?(?:charges?|transactions?|payments?|items?|accounts?|debt)|(?:file|filing|open|opening|raise|raising|start|starting) (?:a |an )?(?:dispute|claim)|i (?:will |)dispute`,
    String.raw`(?:call|calling|contact|contacting|write|writing|email|emailing|go|going) (?:to )?(?:corporate|headquarters|head office|the ceo|your ceo)|ceo`,
    String.raw`(?:leave|leaving|write|writing|post|posting|give|giving|left|wrote) (?:you )?(?:an? |my )?(?:bad|negative|terrible|honest|scathing|1[- ]star|one[- ]star|0[- ]star|zero[- ]star|low|poor) (?:review|rating)s?`,
    String.raw`(?:make|making|go|going|take|taking) (?:this |it |my (?:story|experience) )?(?:public|viral|to (?:the )?(?:media|press|news|social media|twitter|facebook|reddit))|(?:share|sharing|post|posting|tweet|tweeting|write|writing) (?:about )?(?:this|it|my experience)(?: \w+){0,2}? (?:public|online|everywhere|on (?:social media|twitter|facebook|reddit|tiktok|youtube))|(?:(?:i'll|i will|i'm going to|gonna|going to|i am going to|i'm|will be) (?:tell|telling)|warn|warning) (?:everyone|everybody|all my (?:friends|followers|family)|people|others)|journalist|(?:writing|write) an? (?:article|blog post|story)`,
    String.raw`(?:call|calling|contact|contacting|go|going|went|report (?:this|you|it) to) (?:to )?the police|police report`,
    String.raw`(?:an?|my|the) (?:formal |official |written |email |e-mail )complaint|(?:spoke|spoken|speaking|talked) (?:to|with) (?:a |the |your |several |multiple )?(?:managers?|supervisors?)|dispute (?:on|over|about|of) (?:the|this|a|my) (?:\w+ )?(?:charges?|transactions?|payments?)`,
    String.raw`fcra|fdcpa|gdpr|(?:violat(?:e|es|ed|ing|ion|ions)|break(?:ing)?|against) (?:the |consumer |federal |state )?(?:law|laws|regulations?)|my (?:legal |consumer )?rights`,
    // leaving by implication: "second guessing my next trip", "I'll try #Delta", "see what other companies offer"
    String.raw`second[- ]guessing (?:my|our)|(?:see|look(?:ing)? at|check(?:ing)? out) what other (?:companies|providers|airlines|banks|carriers|stores)|(?:i'?ll|i will|going to|gonna|we'?ll) (?:try|use|go with|switch to|fly|fly with) (?:#|@)\w+|never (?:flying|using|ordering|buying|shopping|booking|staying)(?: [\w']+){0,3}? again|switch(?:ed|ing)? to (?:@|#)\w+|get rid of (?:you|y'?all|these (?:crooks|clowns|people|guys)|this (?:company|bank|provider|service|carrier))|(?:i'?m|we'?re) done with (?:you|y'?all|@\w+)`,
    // someone above or outside, by what they can do: "someone who can sign off a refund", "anyone above you", "whoever runs customer service", "your head of customer relations"
    String.raw`(?:someone|somebody|anyone|anybody|a person|a human) (?:who|that) (?:actually )?(?:can|could|is able to|has the (?:power|authority)|have the (?:power|authority)) (?:to )?(?:actually )?(?:sign (?:it |this )?off|authori[sz]e|approve|override|make (?:a )?decisions?|fix this|do something)|(?:someone|somebody|anyone|anybody) (?:above|senior to|higher than|higher up than|over) (?:you|your \w+)|(?:someone|somebody) with (?:real |actual |more )?(?:power|authority)|(?:someone|somebody|anyone|anybody) (?:more )?senior|whoever (?:runs|is in charge|manages|heads|is responsible for)|(?:head|director|vp|chief) of (?:customer|complaints|support|service)|(?:executive|ceo'?s?) (?:office|team|complaints)|line manager`,
    // money back through the bank: "ask my card issuer to claw the money back", "My bank will be reversing this payment.", "before I involve my bank"
    String.raw`claw(?:ing)? (?:the |my |our )?(?:money|payment|funds|charge) back|involv(?:e|ing) (?:my|our|the) (?:bank|card issuer|card company|credit card company|lawyer|solicitor|union|mp)|(?:bank|card issuer|card company) (?:will|'ll|is going to|are going to) (?:be )?(?:revers|claw|recover|get)\w*|(?:ask|asking|get|getting|have|having) (?:my|our|the) (?:bank|card issuer|card company|credit card company) to (?:reverse|claw|recover|pull|take|get)`,
    // outside parties named as the next step: "Trustpilot is going to hear about this", "Contacting Which? and my MP", "posting the whole chat transcript on LinkedIn"
    String.raw`(?:will|'ll|is going to|are going to|gonna) (?:be )?hear(?:ing)? (?:about|of) (?:this|it)|(?:contact|contacting|write to|writing to|email|emailing|involve|involving|tell|telling) (?:my |our |the |a )?(?:mp|congressman|congresswoman|senator|councillor|local paper|newspaper|press|media|which(?=\?)|watchdog)|(?:post|posting|share|sharing|publish|publishing|put|putting)(?: [\w']+){0,4}? (?:on|to|all over) (?:linkedin|twitter|facebook|instagram|tiktok|reddit|youtube|trustpilot|yelp|social media|the internet)(?! for)`,
    // leaving, said plainly: "Port my number out", "jumping ship", "I'm finished with you", "Consider this my notice"
    String.raw`port(?:ing)? (?:my|our) (?:number|numbers|line|lines) (?:out|away)|jump(?:ing)? ship|(?:i'?m|we'?re|i am|we are) (?:so |totally )?finished with (?:you|y'?all|this company|your)|consider this (?:my|our) (?:\d{1,3}[- ]days?'? )?(?:notice|resignation)|(?:don't|do not) renew (?:me|my|our)|not staying (?:another|one more|with you)`,
    // upward by direction, or a call demanded from above: "passed up the chain", "This needs to go higher", "I expect a call from a manager", "Tell your boss", "formally complain"
    String.raw`(?:go|goes|went|taken|take (?:this|it)|pass(?:ed)? (?:this|it)?|send (?:this|it)|needs to go|escalate (?:this|it)) ?(?:higher|up the (?:chain|ladder|food chain))|up the (?:chain|food chain)|(?:call|callback|call back|e-?mail|reply|response|visit) from (?:a|the|your) (?:manager|supervisor|team leader|director|head of \w+)|tell (?:your|the) (?:boss|manager|supervisor|ceo|director)|formal(?:ly)? complain\w*|complain(?:ing)? formally`,
    // leaving for a rival, and closing several accounts at once: "Moving my mortgage to another lender", "closing all 3 accounts"
    String.raw`(?:switch|switching|switched|mov(?:e|ing)|port(?:ing)?|transfer(?:ring)?|tak(?:e|ing))(?: [\w']+){1,3}? to (?:another|a different|a new|a better|a rival|a cheaper) (?:lender|bank|provider|supplier|company|insurer|network|carrier|airline|broker|operator|isp)|(?:clos|cancel|terminat|delet|end)\w* (?:all|both|every one of)(?: (?:of )?(?:my|our|the|\d{1,2}|two|three|four|five))? (?:\w+ )?(?:accounts|subscriptions|policies|lines|contracts|cards|memberships)`,
    // a supervisor asked for with "get", a card dispute named by the card, others warned, business going elsewhere: "can I get a supervisor on this chat", "disputing this with my credit card company", "booking with @user from now on",
    String.raw`(?:can|could|may) (?:i|we) (?:please )?get (?:a|an|the|your) (?:manager|supervisor|superior|team lead(?:er)?)|disput(?:e|ing|ed) (?:this|it|that|them) (?:with|through) (?:my|the|our) (?:bank|credit card|card|card issuer|credit union)|(?:other|fellow) (?:consumers|customers|buyers|travell?ers|passengers|shoppers) (?:should|need to|must|deserve to) (?:be warned|know|be aware|avoid|stay away)|(?:want|would like) (?:this|it|them|this company|the company) (?:reported|investigated)|(?:booking|flying|shopping|banking|ordering|sticking) with (?:@\w+|someone else|another (?:airline|bank|company|provider|carrier)|the competition) (?:from now on|next time|instead|in (?:the )?future)`,
    // leaving by porting, money back through the payment service, held accountable: "I'm porting out", "raising a claim with paypal", "I want this company held accountable",
    String.raw`(?:i'?m|i am|we'?re|we are|will be|going to be) porting (?:out|my number|our numbers?)|(?:claim|dispute|case) (?:with|through) (?:paypal|my bank|the bank|my card (?:company|issuer)|visa|mastercard|amex)|(?:held|be held|hold (?:you|them|this company|the company)) accountable`,
    // leaving, told by what comes next rather than by "cancel": "time to find a new calendar app", "My next phone contract
    // won't be with you", "Already looking at other banks", "getting my money back through Apple", "You've just lost a 12
    // year customer", "the whole internet will know about it"
    String.raw`(?:time to|need to|going to|gonna|have to|off to) (?:find|look for|get|switch to|try) (?:a |an )?(?:new|different|another|better|proper) (?:[\w-]+ )?(?:app|provider|bank|carrier|airline|company|service|supplier|network|isp|insurer|lender|gym|store|shop|platform|broadband|phone company)|(?:my|our) next (?:[\w-]+ ){0,2}?(?:contract|trip|flight|booking|order|phone|policy|renewal|purchase|holiday|car|mortgage|plan)(?: [\w']+){0,3}? (?:won'?t|will not|will never|isn'?t going to|is not going to) be (?:with|from|through) (?:you|y'?all|@\w+|them|this (?:company|bank|airline))|(?:look(?:ing)? at|shopping around for|check(?:ing)? out|comparing) (?:other|different|new|alternative) (?:banks|providers|airlines|carriers|companies|apps|networks|insurers|suppliers|lenders|services|options)|(?:money|refund|payment) back (?:through|from|via) (?:apple|google|the app store|the play store|paypal|my bank|my card)|(?:just |now )?lost (?:a|an|your|one) (?:[\w-]+ ){0,3}?(?:customer|client)(?!'s)|(?:the whole|the entire|all of the) (?:internet|world|town|neighbourhood|neighborhood|twitter) (?:will|is going to|'?s going to|gonna) (?:know|hear)|everyone (?:will|is going to|'?s going to|gonna) (?:know|hear) about (?:this|it)`,
    // leaving and complaining in the forms customers use: "This will be my last order", "Last time I fly with you",
    // "You've lost my business", "Won't be renewing", "I'll be taking this further", "Shopping elsewhere from now on",
    // "Goodbye @TelcoX, hello @OtherTel", "Going to Aldi from now on", "I will not be flying with you again", "Done with
    // @AirCo", "leaving you when my contract ends", "or I go to the bank", "Cancelling my direct debit", "your complaints
    // procedure", "the email address for your head office"
    String.raw`(?:this|that|today|it) (?:will be|is|was) (?:my|our) (?:very )?last (?:order|flight|booking|purchase|stay|visit|time (?:i|we)|trip|ride|delivery)|(?:the )?last time (?:i|we)(?:'ll| will)? (?:ever )?(?:fly|order|shop|book|use|buy|stay|bank|deal) (?:with|from|at|on) (?:you|y'?all|@\w+|your)|(?:you(?:'ve| have)?|u(?:'ve| have)?) (?:just |officially )?lost (?:my|our) (?:business|custom|loyalty|money)|(?:won'?t|will not|not going to|am not|i'?m not) (?:be )?renew(?:ing)?(?! (?:my |the |a )?(?:passport|licen[cs]e|prescription|visa|id))|(?:tak(?:e|ing)|push(?:ing)?) (?:this|it|the matter|my complaint) further|(?:shop|shopping|bank|banking|order|ordering|fly|flying|book|booking|go|going|take (?:my|our) (?:money|business|custom)|spend(?:ing)? (?:my|our) money) (?:elsewhere|somewhere else)|(?:goodbye|bye bye|so long|farewell),? @\w+|(?:going|moving|switching|heading|off) to (?:@\w+|[\w&'-]+) (?:from now on|instead|for good)|(?:won'?t|will not|not|never) be (?:flying|shopping|ordering|booking|banking|staying|eating|travell?ing) (?:with|at|from) (?:you|y'?all|@\w+|your \w+) (?:again|anymore|any more|in future|in the future)|(?:^|(?<=[.!]\s{0,2}))done with (?:you|y'?all|@\w+)|leav(?:e|ing) (?:you|y'?all|@\w+)(?= (?:when|as soon as|once|at the end|after|for|next))|or (?:i(?:'ll| will)? )?(?:go|going|am going) to (?:the|my) (?:bank|ombudsman|regulator|press|papers|court|police|lawyer|solicitor)|cancel(?:l?ing|l?ed)? (?:my|our|the) (?:direct debit|standing order|dd)|(?:your|the) (?:formal )?complaints? (?:procedure|process|department|address|email)|(?:address|e-?mail|number|contact details) (?:for|of) (?:your )?(?:head office|headquarters|corporate|ceo)`,
    // a review announced, not a happy one: "I'll be leaving a review" (not "I'll leave a review, loved it!")
    {
      re: String.raw`\b(?:i'?ll|i will|going to|gonna|i'?m|i am|about to) (?:be )?(?:leaving|writing|posting|leave|write|post) (?:a |my |an honest |this )?review\b`,
      unless: [String.raw`\b(?:great|lovely|love|loved|amazing|brilliant|excellent|fantastic|wonderful|5[- ]star|five[- ]star|thanks|thank you|glowing|positive|good)\b`],
    },
    // natural traffic (issue 12, h29): leaving or going outside told flat — "Disputing with my bank now", "Uninstalled.",
    // "Uninstalling and reporting to the app store", "Going to the state contractor board next", "filing with DOT",
    // "Requesting refund through the store", "You lost a sale", "I'm switching", "I want someone who will actually listen"
    {
      re: String.raw`\bdisput(?:e|ed|ing) (?:it |this |the (?:charge|payment|transaction) )?with (?:my|the) (?:bank|card(?: issuer| company| provider)?|credit card(?: company)?|issuer)\b|(?:^|(?<=[.!?…]\s{1,3}))(?:uninstall(?:ed|ing)|deleting(?: (?:the|this|your) app)?|deleted (?:the|this|your) app)\b|\b(?:going to|filing with|reporting (?:you |this |it )?to|complaining to) (?:the )?(?:[\w-]+ ){0,3}?(?:board|portal|ombudsman|regulator|dot|ftc|fcc|bbb|attorney general|cfpb|trading standards|ofcom)\b(?! (?:meeting|meetings|game|games|room|members?|exam|of directors|pass|app)\b)|\b(?:requesting|request|getting|get|claim(?:ing)?) (?:a |my )?(?:refund|money back) (?:through|via) (?:the )?(?:app ?store|store|play store|google play|apple|paypal)\b|\byou(?:'ve| have)? (?:just )?lost (?:a|the|my|our) (?:sale|customer|business)\b|\b(?:i'?m|i am|we'?re|we are) switching(?= (?:and|now|providers?|banks?|carriers?|networks?|suppliers?)\b|\s{0,2}[.!,]|\s{0,2}$)|\b(?:want|need) (?:someone|somebody|a person) who (?:will|can|would) actually\b`,
      wordEdges: false,
    },
    // issue 12's ninth pass (h32): leaving said as a sentence of its own, bare or with when or where to: "Cancelled.
    // Enjoy the churn.", "Done. Switching.", "Walked out.", "Porting out Monday unless…", "Cancelling at end of month.",
    // "I'm done, cancelling and going to fiber"; h50 (reviews): "Deleted.", "Returning these.", "Sending it back." (not
    // "I sent it back" told in a story)
    {
      re: String.raw`(?:^|(?<=[.!?…]\s{1,3})|(?<=\b(?:i'?m done|done),? ))(?:just |so )?(?:cancell?ed|cancell?ing(?: (?:it|my \w+))?|switching(?: (?:providers?|banks?|carriers?))?|walked out|porting out|unsubscribed|goodbye|deleted(?: (?:it|the app|my account))?|deleting (?:it|the app|my account|this app)|returning (?:it|them|these|this|the \w+)|sending (?:it|them|these) back)(?: (?:at (?:the )?end of (?:the )?(?:month|year|contract)|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|now|tonight)|(?:and|&) (?:going|switching|moving) to [\w@-]+))?(?=\s{0,2}(?:[.!…]|$|,? (?:enjoy|bye|unless)\b))`,
      wordEdges: false,
    },
    // an outside party the customer turns to, or someone who can decide: "Reported to Google", "Reporting to my bank",
    // "I will be reporting this", "contacting the state insurance commissioner", "Requesting refund from the app store",
    // "escalate to someone who can?", "Need a human asap", "I asked for a supervisor"
    String.raw`(?:reported|reporting|report) (?:(?:this|it|you|them) )?to (?:google|apple|the app store|(?:my|the) (?:bank|card company|card issuer)|the (?:\w+ )?(?:commissioner|authorit\w+|regulator|police))|(?:will be|i'?m|i am|going to be|i'?ll be) reporting (?:this|you|it|them)|(?:contacting|contacted|writing to|complain\w* to|going to) the (?:state |federal )?(?:\w+ ){0,2}?(?:commissioner|regulator|ombudsman)|refund (?:from|through|via) (?:the )?(?:app store|google play|apple|google|play store)|(?:escalate|pass) (?:this |it |me )?to (?:someone|somebody|anyone) (?:who|that) (?:can|could)|need (?:a|to speak to a|to talk to a) (?:human|real person)|asked (?:for|to speak to) (?:a|the|your) (?:supervisor|manager)`,
    // h43: leaving by doing it elsewhere, not renewing, public pressure kept up, someone else to speak to — "I've booked
    // another company to do it", "getting a different plumber in", "had to pay someone else to fix it", "Booking the
    // competition", "decided not to renew", "not sure why we'd renew", "I'll keep tweeting this every day until someone
    // replies", "Is there anyone else I can speak to?", "let me speak to someone who knows what they're doing"
    String.raw`(?:booked|booking|hired|hiring|paid|paying|called in|calling in|gone with|going with|(?:had|have|having) to (?:book|hire|pay|get|call in|find))(?: in| out)? (?:another|a different|a new|an independent|a local|a private|a proper) (?:company|firm|provider|plumber|engineer|electrician|contractor|builder|garage|mechanic|installer|locksmith|supplier|courier|removals? (?:company|firm)|tradesman|tradesperson|technician|repair ?(?:man|shop)|decorator|roofer|cleaner|handyman)|getting (?:another|a different|a new|an independent|a local|a private|a proper) (?:company|firm|plumber|engineer|electrician|contractor|builder|garage|mechanic|installer|locksmith|tradesman|technician|roofer|handyman) in|(?:booked|booking|hired|hiring|paid|paying|gone with|going with|(?:had|have|having) to (?:book|hire|pay|get|find)) (?:someone|somebody) else|(?:book(?:ed|ing)?|fly(?:ing)?|go(?:ing)? with|try(?:ing)?|shop(?:ping)?) (?:with )?the competition|(?:decided|deciding|chosen|chose|opted|opting|planning|plan) not to renew|not (?:sure|certain) (?:why|whether|if) (?:we|i)(?:'d| would| will| should) renew|(?:keep|keeping|'ll keep|will keep) (?:tweeting|posting|sharing|tagging|reviewing)(?: [\w']+){0,3}? (?:until|till|every day|daily)|(?:anyone|anybody|someone|somebody) else (?:i|we) (?:can|could|may) (?:speak|talk) to|(?:speak|talk) to (?:someone|somebody|anyone|anybody) (?:who|that) (?:actually )?(?:knows|understands|has a clue)`,
    // h50 (chat): a person asked for as a message or a last sentence of its own, a demand addressed to the company:
    // "representative", "human please", "I don't want a bot. Real person please", "agent now!!"
    {
      re: String.raw`(?:^|(?<=[.!?\n]\s{0,3}))(?:(?:i want|i need|give me|get me|let me (?:talk|speak) to|connect me (?:to|with)|transfer me to) )?(?:an? )?(?:real |live |actual )?(?:human(?: being)?|person|representative|operator|agent)(?: (?:please|pls|plz|now|asap))?[.!]{0,3}\s{0,3}$`,
      wordEdges: false,
      triggers: ['human', 'person', 'representative', 'operator', 'agent'],
    },
    // issue 12, h47 (tweets and complaint narratives): the next step named flat ("Calling the fire department next."),
    // a complaint announced as the narrative's opening ("I want to complain about…"), leaving said in passing ("forget
    // it, cancelling.", "after I cancelled because you charged me twice"), "I'm now filing this"
    String.raw`(?:calling|contacting|reporting (?:this |you |it )?to|filing with|emailing|writing to|tweeting|tagging|heading to|complaining to) (?:the |my |a |your )?[\w@#.' -]{2,40}? next(?= *(?:[.!]|$))|i(?: want| wish| would like|'d like) to (?:formally )?complain|(?:forget it|that'?s it|ok|okay|right|fine|done|enough|whatever)[,.!]* (?:i'?m |we'?re )?(?:cancell?ing|unsubscribing|leaving|switching|uninstalling|porting out)|(?:i|we) (?:cancell?ed|switched|closed (?:my|our) \w+|unsubscribed|uninstalled)(?: [\w']+){0,3}? (?:because|after|over|due to) (?:you|your|y'?all|they|the (?:price|service|outages?|fees?|charges?))|i'?m now (?:filing|reporting|complaining)|now filing (?:this|a)`,
  ],
};

/**
 * Customer messages: each `match` must show the signal, each `allow` must not (tests/unit/effort/rules.test.ts).
 * Test data only: rules/index.ts imports the rule above, never this table, so it stays out of the content script.
 */
export const examples: RuleExamples = {
  'escalation-demand': {
    match: [
      // h62: a dispute still to come, or through a third party
      "Refund me this week or I'm filing a dispute with my card provider.",
      'I am disputing the debt and want the calls to stop until you send proof.',
      // h50: leaving said as a review's last word
      'Three crashes in one evening and the save is gone. Deleted.',
      'The strap snapped on day two. Returning it.',
      // h50: a person asked for as a chat message or a last sentence of its own
      'representative',
      'i dont want to talk to a bot. human please',
      'Real person please!',
      'This bot keeps looping.\nagent now',
      // issue 12, h47
      'nobody came for the gas leak. calling the council next.',
      'I want to complain about the way my claim was handled.',
      // h75: "I'd like" was written "i 'd like" and never matched
      "Good afternoon. I'd like to complain about the removal on Saturday.",
      'forget it, cancelling. 4th outage this week',
      'your survey asks why I left. I cancelled because you doubled the price',
      "I'm now filing this with the regulator because phoning got me nowhere.",
      // h43
      "Third no-show. I've booked another company to do it.",
      "I'm getting a different plumber in and sending you the bill.",
      "I've had to pay someone else to fix it.",
      'Booking the competition for our next trip.',
      "We have decided not to renew our contract when it ends.",
      "Three account managers in a year, none has called. Honestly not sure why we'd renew.",
      "I'll keep tweeting this every day until someone replies.",
      'Is there anyone else I can speak to?',
      "Let me speak to someone who knows what they're doing.",
      'you raised the price AGAIN? That is twice in 14 months. Cancelled. Enjoy the churn.',
      'Last 3 orders wrong or missing items. Done. Switching.',
      'they offered $9,500 for the same car. Walked out.',
      'Loyalty means nothing huh. Porting out Monday unless someone can match it.',
      'The new version removed offline downloads. Cancelling at end of month.',
      "your tech no-showed again. I'm done, cancelling and going to fiber",
      'Emailed support three times. Not a single reply. Reported to Google.',
      'Each one tells me to contact the other. Reporting to my bank.',
      'nobody came at either airport. I will be reporting this.',
      "At this point I'm contacting the state insurance commissioner.",
      'No reply for 2 weeks. Requesting refund from the app store instead.',
      'Can you check with the warehouse or escalate to someone who can?',
      'Account suspended with no explanation. Need a human asap',
      'They did not explain why. I asked for a supervisor and was told none was available.',
      'emailed twice. Disputing with my bank now.',
      'Why do I need location access to view my balance? Uninstalled.',
      'Deceptive. Uninstalling and reporting to the app store.',
      'Contract says something different. Going to the state contractor board next.',
      'its november. filing with DOT',
      'Paid for gold and it is worse than free. Requesting refund through the store.',
      'Walked out. You lost a sale.',
      "if this isn't fixed by Friday I'm switching",
      'I want someone who will actually listen to it.',
      'This will be my last order',
      'Last time I fly with you',
      "You've lost my business",
      "Won't be renewing",
      "I'll be taking this further",
      'Shopping elsewhere from now on',
      'Goodbye @TelcoX, hello @OtherTel',
      'Going to Aldi from now on',
      'I will not be flying with you again',
      'Lost my bag twice. Done with @AirCo',
      'Looking forward to leaving you when my contract ends',
      'I want my money back or I go to the bank',
      'Cancelling my direct debit today',
      'Give me your complaints procedure',
      "I'd like the email address for your head office",
      "I'll be leaving a review",
      'time to find a new calendar app. three updates and the reminders still fail',
      "My next phone contract won't be with you, that's for sure.",
      'Already looking at other banks to be honest',
      'Getting my money back through Apple and deleting this.',
      "You've just lost a 12 year customer.",
      'If this is not sorted by Friday the whole internet will know about it.',
      "I won't recommend you to anyone.",
      'right, I\'m porting out. PAC code please.',
      'raising a claim with paypal if this isn\'t refunded by monday',
      'I want this company held accountable.',
      'can I get a supervisor on this chat please',
      'I\'ll be disputing this with my credit card company.',
      'Other consumers should be warned about this business.',
      '#neveragain. booking with @user from now on',
      "I'd like this passed up the chain, please.",
      'Send this to somebody senior.',
      'I expect a call from a manager today.',
      'Tell your boss a customer of 15 years is leaving.',
      "I want to formally complain about the engineer's behaviour.",
      'Moving my mortgage to another lender as soon as the fixed term ends.',
      'Ill be closing all 3 accounts with you on Monday.',
      'Who do I write to at head office? This needs to go higher.',
      "I'll be filing a lawsuit if the money isn't back by Monday.",
      'Next stop is the consumer protection office.',
      "Can't wait to get rid of this provider for good.",
      "Second guessing my next booking with you.",
      "Guess I'll try @OtherAir next time.",
      'Let me speak to a manager right now.',
      "If this isn't fixed by Friday I'll cancel.",
      "I'm filing a complaint with the BBB.",
      'I will be disputing the charge with my bank - chargeback it is.',
      'Cancel my subscription, I am done with you.',
      "I'm leaving a 1-star review everywhere.",
      'Who is your line manager? I want this looked at by someone who can sign off a refund.',
      'Is there anyone above you I can speak to?',
      'I want this raised with whoever runs customer service.',
      'Going to ask my card issuer to claw the money back.',
      'You have 48 hours before I involve my bank.',
      'Trustpilot is going to hear about this.',
      "I'll be posting the whole chat transcript on LinkedIn.",
      'Contacting Which? and my MP tomorrow.',
      "Port my number out, I'm finished with you.",
      'Honestly thinking about jumping ship to @OtherTel',
    ],
    allow: [
      // h62: a dispute told as past in the story, or a charge the customer asks the company itself to look at
      'I opened a dispute about the ATM that kept my cash, and it was denied a week later.',
      'I filed a claim in March for the water damage. They closed it saying the pipe was old.',
      'I have disputed the account on my credit report three times now.',
      "I am writing to dispute a charge of $89 on my card that I don't recognise.",
      'I want to dispute a transaction, the merchant name means nothing to me.',
      // h50: a return or a deletion told as done in a story, or asked about
      'The first one was faulty so I sent it back and the new one is perfect.',
      'I deleted the old card from the app, how do I add the new one?',
      // h50: the person named, not asked for
      'The agent was lovely, thanks.',
      'Booked a table for one person.',
      'Is there a human anywhere in this company?',
      'Thanks to the agent who sorted it. Great agent',
      // issue 12, h47
      'Calling the bank next week to set up the transfer, is that fine?',
      "I cancelled because I'm moving abroad, thanks for everything",
      "I don't want to complain, the driver was lovely, just a question about tips",
      // h43
      'I booked another flight with you for May, can I add a bag?',
      'Can you send a different engineer? The last one was great but is on leave.',
      'We went with a local company for the fence last year, now we would like a quote from you.',
      "I've decided to renew for another year, please send the invoice.",
      'Is there anyone else in the team who can approve the order while Sam is away? Thanks.',
      'I keep tweeting about how good your app is!',
      'My flight was cancelled. Can you rebook me on the next one?',
      'Cancelled flight refunds: how long do they take?',
      'who do I call to dispute a charge I did not make?',
      'I have power of attorney for my mother and need to update her address.',
      'I reported the lost card to the bank this morning, can you send a new one?',
      'Switching to the annual plan was easy, thanks!',
      'I had cancelled the subscription on 03/02 and have the confirmation email, yet I was charged again.',
      'My credit card company closed my account for inactivity.',
      'I have been trying to close my account for four months and they keep charging me.',
      '5 stars for the drivers, 1 star for the app.',
      'Why does a bus ticket app need my contacts?? 1 star until that is removed',
      'I uninstalled and reinstalled the app like you said, it works now, thanks.',
      'Going to the board meeting, can we talk tomorrow?',
      "I'm switching the plan to annual, how do I do that?",
      'We are switching to the new address from Monday, please update it.',
      "I'll leave a review, loved the stay!",
      "I won't be renewing my passport in time, can I still fly?",
      'Last time I flew with you the crew were lovely',
      'Is this the last order I can place before Christmas?',
      'Going to the gate now, from gate 12 to gate 30 ok?',
      'Done with the form, what next?',
      'Would not recommend the blue colour, it shows scratches. Otherwise a solid case.',
      'A suspicious app! Do not recommend this application.',
      'Is there a calendar app feature to share reminders with my partner?',
      'My next phone contract is due in May, can I upgrade early?',
      'Looking at other colours for the sofa, can I see fabric samples?',
      'Time to find a new phone case, any in stock for the S22?',
      'Everyone will know about the new menu soon!',
      'is the ombudsman the right place to ask about the new tariffs or should I ask you guys?',
      'How do I close the joint account now that my husband has passed away?',
      'Can you send me my PAC code? Moving my number to a work phone.',
      'Can I get a receipt for my order?',
      'I\'m booking with you again next time, great trip!',
      "Could you escalate the delivery to express? I'm happy to pay the difference.",
      'Can I move my savings to a new account with you?',
      'My manager will call you tomorrow about the invoice.',
      'The lawsuit mentioned in your letter was dismissed years ago, please update my file.',
      'Is this extra fee even legal? Please explain it.',
      "I'm thinking of upgrading to the family plan.",
      "Can I switch my flight to Tuesday?",
      'Can the manager of the Leeds store confirm my booking?',
      'How do I switch to annual billing?',
      'My complaint is that the strap broke after a day.',
      "I'd recommend your app to anyone, just one question.",
      'Please cancel my order #1234, I ordered the wrong size.',
      'Is there someone who can help me with my bill?',
      'Could you tell me the store manager\'s name? I would like to send a thank-you card.',
      'We are switching our office to your service next month, how do we port the numbers?',
      'I will post the photos on Instagram for you to see the colour.',
      'Which regulator are you registered with? I need it for my mortgage paperwork.',
    ],
  },
};
