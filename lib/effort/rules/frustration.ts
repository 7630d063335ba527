import type { RuleExamples } from '../rule-examples';
import type { SignalRule } from './schema';

const POSITIVE = String.raw`\b(?:very well|so well|thanks?|thank you|thx|ty|love|loved|great|awesome|amazing|excellent|wonderful|fantastic|brilliant|well done|congrat\w*|happy|glad|yay|excited|best|appreciate\w*|cheers|perfect|kudos|shout ?out|bravo|nice|cool|beautiful|delighted|thrilled|hooray|woo+|lol|haha\w*|good luck|can't wait|cannot wait|enjoy\w*|fun)\b|😀|😃|😄|😁|😊|🙂|😍|🥰|😘|❤|💕|💖|🎉|👍|🙏|✨`;
const SERVICE = String.raw`(?:customer )?(?:service|support|care|experience|communication|company|business|people|staff|agents?|reps?|management|airline|carrier|bank|provider|team|response)`;
const BAD = String.raw`(?:poor|lousy|bad|terrible|horrible|horrendous|awful|pathetic|abysmal|appalling|atrocious|shocking|dreadful|crap|crappy|shitty|rubbish|garbage|trash|useless|disgraceful|unprofessional|incompetent|clueless|worst)`;

export const frustration: SignalRule = {
  id: 'frustration',
  summary: 'expresses anger or exasperation',
  patterns: [
    String.raw`ridiculous|unacceptable|absurd|outrageous|outraged|pathetic|disgraceful|disgrace|disgusting|disgusted|shameful|shameless|shame on (?:you|u|y'?all|your)|appalling|appalled|atrocious|abysmal|incompetent|incompetence|clueless|laughable|(?:what an? |such an? |is an? |are an? |absolute |complete |total |fucking |f\*+ing |bloody )joke|joke of an?|rubbish|crap|crappy|bullshit|bull ?crap|shit(?:ty|show)?|fuck(?:ing|ed|s|in)?|f\*+(?:ing|k)?|wtf|tf|ffs|damn(?:ed)?|dammit|goddamn|god damn|assholes?|idiots?|idiotic|morons?|moronic|clowns|crooks?|liars?|lying|(?:big |blatant |more |all the |your |another |flat out )lies?|lied (?:to|about|again)|flat out lied|scam(?:mers?|ming|med)?|rip[- ]?off|ripping (?:me|us|people|customers) off|robb(?:ed|ing|ery)|thieves`,
    String.raw`fed up|sick (?:and|&|n|&amp;) tired|sick of|tired of|(?:had|have had) enough|enough is enough|frustrat(?:ed|ing|ion)|angry|angered|furious|livid|pissed(?: off)?|infuriat(?:ed|ing)|exasperat(?:ed|ing)|irate|fuming|seething|(?:very |so |really |extremely |incredibly |beyond |quite |most |deeply |utterly |truly |totally |completely |bitterly |more than )(?:upset|disappointed|let down)|disappointed (?:in|with|by) (?:you|your|this|the)|never been (?:so |more )?disappointed|horrendous|waste of (?:my |our |your )?(?:time|money|space|effort)|wasting (?:my|our) (?:time|money|day|life)|wasted (?:my |our )?(?:time|hours|days|weeks|money|effort|day|morning|afternoon|evening|weekend)|{{DURATION}} wasted`,
    String.raw`unbelievable|(?:can't|cannot|can not|cant) believe|insane|(?:it's|this is|that's|its|thats|are|is) nuts|asinine|mediocr(?:e|ity)|treacherous|fooling (?:customers|people|us|me)|misleading|(?:a|an absolute|a complete|an utter|total|living) nightmare|what the hell|hell (?:is|was) (?:going on|wrong)|shambles|farce|are you (?:kidding|serious|joking)|(?:you(?:'ve| have)? (?:got|gotta) to be|you must be) kidding|kidding me|how (?:hard|difficult) (?:can|is|could) (?:it|this|that) be|how hard is it|what is wrong with (?:you|your|this)|get (?:it|your (?:act|shit|stuff|crap|sh\*t)) together|(?:not|n't|never) doing (?:your|their|his|her) jobs?|do your (?:damn |bloody |fucking )?jobs?`,
    String.raw`smh+|ugh+|argh+|grr+|jeez|exhausted|(?:in|to) despair|devastated|at (?:my|the end of my) wits'? end|wits'? end|beyond (?:frustrated|annoyed|angry|upset|furious|fed up)|losing my (?:mind|patience|temper|sanity)|last straw|(?:this |it |you |that |y'?all |your \w+ )(?:really )?sucks?|bruh`,
    String.raw`${BAD} ${SERVICE}|(?:service|support|care|staff|company|you guys|y'?all|you people|your (?:\w+ )?(?:team|staff|agents?|reps?|company|service|support|people|management)) (?:is|are|was|were|has been|have been)(?: so| very| really| absolutely| truly| just| completely| totally| beyond| utterly| a)? ${BAD}|(?:the |you(?:'re| are) the )worst(?! case)|worst (?!case\b)\w+ (?:ever|i(?:'ve| have)? ever)|(?:you|you guys|y'?all|your \w+) (?:are|is) (?:so |really |completely |totally |absolutely )?(?:useless|rubbish|hopeless|a disgrace)`,
    String.raw`screw (?:you|this|your)|to hell with|fix (?:it|this|your \w+) already|no ?one (?:seems to |even |really |here )?cares?|how many (?:more )?times (?:do|must|should|have|will) (?:i|we) (?:have to |need to |got to )?\w+|(?:do|does|did) (?:you|anyone|anybody) (?:even|actually) (?:read|listen|care|know|check)|i'?m (?:so |totally |completely )?done with (?:you|this|your|y'?all|this company)|(?:this|that|it) (?:ain'?t|isn'?t|is not|is just not|is simply not) (?:right|ok|okay|fair|acceptable|good enough)|disappointed (?:in|with|by)|(?:great|nice|wonderful|fantastic|brilliant|lovely|amazing|excellent) (?:\w+ ){1,2}you(?:'ve| have)? got there`,
    // emphatic capitals on the words of exasperation: "messed up AGAIN", "you STILL send me a bill", "NONE of this"
    { re: String.raw`\b(?:AGAIN|STILL|NEVER|NOTHING|NONE|NOBODY|NO ONE|EVER|ALWAYS|EVERY ?TIME|NOW|ALREADY|YET|NOT|CAN'T|WON'T|DON'T|DIDN'T|ISN'T|STOP|REALLY|WHY|TWICE|THREE|FOUR|FIVE|MULTIPLE|SEVERAL|ONCE|ANYONE|ANYTHING|HOURS|DAYS|WEEKS|MONTHS)\b`, caseSensitive: true, wordEdges: false, unless: [POSITIVE] },
    // "Seriously, your check-in isn't working", "but seriously!" — not "I take it seriously", "seriously considering"
    String.raw`(?<!(?:take|takes|taking|took|taken|it|this|that|them|me|us|him|her) )seriously(?=\s{0,3}[?!.,]|\s(?:you|u|y'?all|your|ur|why|how|what|who|guys|people|though|tho|again|can'?t|cannot|won'?t|this|that|it|i'?m|we|wtf|is|are|did|does|do)\b)`,
    // "SHAME!!!", "?!": exclamation runs and interrobangs, unless the sentence is happy ("THANK YOU!!!")
    { re: String.raw`!{3,}|(?:! ){2,}!|(?=[?!]{0,10}(?:\?!|!\?))[?!]{2,12}`, wordEdges: false, unless: [POSITIVE] },
    // shouting: an all-caps run of two or more words, or one word of five or more letters, ending with "!"
    {
      // Any word could start a run of capitals; the "!" it must end with is rarer.
      triggers: ['!'],
      re: String.raw`\b(?:[A-Z]{2,}(?:'[A-Z]+)?[ ,]{1,3}){1,8}[A-Z]{2,}(?:'[A-Z]+)?\b\s{0,3}!|\b[A-Z]{5,}\b!`,
      caseSensitive: true,
      wordEdges: false,
      unless: [POSITIVE],
    },
    // "!!" after a complaint is angrier than after news; two marks count only outside happy sentences
    { re: String.raw`(?<!!)!!(?!!)`, wordEdges: false, unless: [POSITIVE, String.raw`\b(?:please|pls|plz|help|urgent|asap|hi|hello|hey)\b`] },
    { re: String.raw`#\w{0,30}?(?:fail|worst|neveragain|waste|unaccept|disappoint|frustrat|fixit|tired|ripoff|scam|shame|joke|badservice|poorservice|terrible|awful|notimpressed|annoy|smh|angry|furious|ridiculous|pathetic|sucks|fml|facepalm|rant|nothappy|unhappy)\w{0,30}`, wordEdges: false },
    { re: String.raw`🤬|😡|😠|😤|🙄|😒|👎|💢|😩|😫`, wordEdges: false },
    // sarcasm: praise for a failure ("thanks for nothing", "Way to go.", "Doing well there...", "love it when my order is cold")
    String.raw`thanks? (?:a lot |so much |again )?for (?:(?:absolutely |precisely |exactly )?nothing|(?:just |nothing but )?(?:leaving|losing|breaking|ruining|wasting|ignoring|cancell?ing|charging|the (?:runaround|delay|wait|headache)))|ways? to go|doing (?:really |so )?well there(?!\s{0,2}!)|love (?:it|how|that) when (?:my|our|you|your|the|they|i)|(?:there'?s )?nothing like (?:waiting|sitting|being|spending|getting|paying)|would it kill (?:you|them|y'?all)|is (?:this|it|today) (?:ur|your|their) (?:1st|first) day|(?:ever|you ever) (?:sit|sat|been|tried) on hold|(?:extremely|very|so|really) helpful of you|(?:really |truly |so )?appreciate (?:the|your) (?:great|wonderful|amazing|fantastic|excellent|stellar) (?:customer )?(?:service|care|support|help)(?=\.{2,}|…)|(?:thrilled|delighted|overjoyed) (?:i|that i|to have|having|we) (?:stayed|waited|spent|sat|had to|got|paid)`,
    // a failure, then praise on its own: "Five days late and still nothing. Wonderful."
    {
      triggers: ['.', '!', '…'],
      re: String.raw`\b(?:late|delayed|lost|broken|never|nobody|still|hung up|on hold|cancell?ed|missed|stuck|failed|didn'?t|doesn'?t|again|wrong|cold|deleted|wiped|crashed|froze|broke|ruined|charged|error)\b[^.!?\n]{0,120}[.!?…]+\s{0,3}(?:(?:just |so |really |absolutely |simply )?(?:wonderful|great|fantastic|brilliant|amazing|lovely|perfect|awesome|superb|terrific|marvell?ous|splendid|kudos|great (?:care|job|service|work))(?: (?:job|service|work|guys|there|again|as (?:always|usual)))?\s{0,2}(?:[.!…]|👍|👏|$))`,
      wordEdges: false,
    },
    // "Why would you reset my settings???", "leaving a pensioner on the line for 50 minutes isn't acceptable", "so mad at you", "ruined my playlist"
    { re: String.raw`\?{3,}`, wordEdges: false, unless: [POSITIVE] },
    String.raw`(?:isn'?t|is not|is just not|ain'?t) (?:ok|okay|acceptable|fair|right)(?= {0,2}(?:[.!?]|$))|(?:so|very|really|extremely|pretty|hella) mad|mad at (?:you|y'?all|u|your)|ruin(?:ed|ing|s)? (?:my|our|everything|the whole)|(?:i'?m|i am) (?:literally )?begging|i beg (?:of )?you`,
    String.raw`not (?:cool|ok|okay|acceptable|happy|impressed|amused|pleased|fair)|inexcusable|insulting|(?:getting|gotten|got|even|only gets?) worse|worse and worse|screwed (?:me|us)(?: over)?|hopeless|\*sigh\*|sigh|beyond me|(?:can'?t|cannot) do (?:their|your|his|her) jobs?|(?:very|so|really|extremely) upset`,
    // a contrast asked at the company: "You can fly, but not answer the phone?"
    { re: String.raw`\b(?:you|y'?all|they) can (?:[\w']+,? ){1,6}?but (?:not|can'?t|cannot|won'?t|never) (?:[\w']+ ){0,6}?[\w']+ ?\?`, wordEdges: false },
    // rhetorical questions and demands at the company: "what's the point of a live chat nobody staffs", "how can your app still not remember my card?", "why is the lift always broken", "take some responsibility"
    String.raw`what'?s the point (?:of|in)|how (?:could|can|come|is it) (?:it|you|they|y'?all|this|that|(?:your|the) \w+)(?: [\w']+){0,8}? (?:{{COUNT}} times|twice|always|every time|not|never|still)\b|why (?:is|does|do|are|am) (?:it|this|that|you|(?:your|the) \w+|i) (?:always|never|still|constantly)\b|take (?:some )?(?:accountability|responsibility)|hold yourselves|(?:be )?held accountable|can we fire you`,
    // exasperation said as a state or a verdict: "Words fail me", "I've had it up to here", "at the end of my rope", "What a mess you've made of my account", "This company is a circus", "Epic fail"
    {
      re: String.raw`beyond words|words fail me|(?:lost|at a loss) for words|gobsmacked|flabbergasted|dumbfounded|(?:had it|fed up) up to here|up to here with|end of my (?:rope|tether)|los(?:e|ing) the will to live|(?:my )?patience (?:has |is )?(?:run out|ran out|gone|wearing thin|exhausted)|(?:ran|run|running) out of patience|why do i (?:even )?bother|what a (?:mess|shambles|disaster|fiasco|circus)|(?:made|making) a (?:complete |total |right |real )?(?:mess|hash|pig'?s ear|dog'?s dinner) of|circus|clown show|dumpster fire|train ?wreck|omnishambles|beyond a joke|epic fail|(?:massive|total|complete|absolute|major) fail(?:ure)?|(?:need to|must|should|have to) do better|(?<=\b(?:just|so|completely|totally|utterly|absolutely|bloody|simply|another|more) )useless|useless (?:reply|replies|response|responses|answer|app|company|service|support|team|agent|bot|chat|website|site)`,
      unless: [POSITIVE],
    },
    // not read, only answered from a script: "Are you people actually reading my messages??", "Stop sending me templated replies and read what I wrote!"
    String.raw`(?<=\b(?:are|is) (?:you|anyone|anybody|you people|you guys|y'?all) )(?:even |actually |really ){1,2}(?:reading|listening|looking at)|(?:stop|quit) (?:sending|giving|copying|pasting|replying with)(?: me)? (?:the same |these )?(?:templated?|canned|copy[- ]?paste[d]?|scripted|automated|generic|robotic)|(?:read|listen to) what i (?:actually )?(?:wrote|said|asked|typed)|(?:canned|templated|scripted|copy[- ]?paste[d]?|robotic) (?:replies|responses|answers|reply|response|answer|e-?mails?|messages?)`,
    // praise for a failure, said with "how" or "managed to": "Incredible how a bank can lose a deposit.", "Congrats, you've managed to lose my order twice."
    String.raw`(?:incredible|amazing|astonishing|unreal|remarkable|impressive|funny) how (?:a|an|you|your|they|the|one|anyone|a company|a bank)(?: [\w']+){0,4}? (?:can|could|manages? to|managed to)(?: [\w']+){0,2}? (?:lose|mess|screw|fail|ignore|overcharge|break|forget|not|never)|(?<=\b(?:you|they|y'?all|your \w+)(?:'ve| have)? (?:somehow )?)(?:managed|succeeded) to (?:lose|break|mess up|screw up|ruin|double[- ]charge|overcharge|cancel|miss|forget|ignore)`,
    // one-word sentences, beat by beat: "Fix. Your. App.", "Five days without hot water. Five. Days.", "Still. No. Pizza."
    {
      triggers: ['.'],
      re: String.raw`(?:^|(?<=[.!?…]\s{1,3}))(?!(?:Mr|Mrs|Ms|Dr|St|Mt|Jr|Sr|No|Co|Inc|Ltd|Ave|Rd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Hi|Hello|Hey|Yes|Ok|Okay|Thanks|Cheers|Regards|Best|Sincerely|Bye)\.)(?:[A-Z][a-z']{1,11}\. ){1,5}[A-Z][a-z']{1,11}[.!](?!\w)`,
      caseSensitive: true,
      wordEdges: false,
      unless: [POSITIVE],
    },
    // sarcasm and rhetorical questions: "Great, another error 500", "Love that for me", "how do you people stay in business", "Are you deliberately making this difficult?", "breaking point", "I give up"
    String.raw`(?:great|fantastic|brilliant|wonderful|perfect|lovely|awesome|super|terrific|nice),? (?:another|yet another) (?:error|crash|outage|delay|cancell?ation|bill|charge|fee|problem|issue|bug|failure|excuse|form|hold)|love that for (?:me|us)|how (?:are|is) (?:you|you people|you guys|y'?all|your company|this company|they) (?:still )?in business|how do (?:you|you people|you guys|y'?all|they) (?:still )?stay in business|(?:deliberately|intentionally|purposely|on purpose) (?:making|trying|being|ignoring|refusing|obstructive|difficult)|(?:are you|is this) (?:deliberately|intentionally|on purpose)|breaking point|(?:i|we) give up\b(?! (?:my|our|the|a)\b)|(?:absolutely |truly |simply |just )?shocking(?= {0,2}(?:[.!]|$))`,
    { re: String.raw`\b(?:wow|unreal|incredible|amazing)[.!]{1,3} (?:just )?(?:wow|unreal|incredible|amazing)\b`, wordEdges: false, unless: [POSITIVE] },
    // a rhetorical head count: "how many customer service reps do you have?",
    String.raw`how many (?:customer service |cs |support )?(?:reps|representatives|agents|people|staff|employees|operators) do (?:you|y'?all|you guys|they) (?:even )?(?:have|employ)`,
    // "make it make sense",
    String.raw`make it make sense`,
    // "annoyed"/"annoying" when it is about us, not a small annoyance in an otherwise good product: "this is getting
    // annoying now" — not "the sync is a bit annoying but it works fine", "a good app, but the ads are very annoying"
    {
      re: String.raw`annoy(?:ed|ing)`,
      unless: [POSITIVE, String.raw`\b(?:a bit|a little|a tad|slightly|somewhat|mildly|kinda|kind of|sort of|minor|some|non-fatal)\b|\bbut (?:it|once|otherwise|overall)\b|\b(?:works|working) (?:fine|well|great)\b|\b(?:us|use)able\b`],
    },
    // a failure, then sarcastic praise in the same message: "third delay this month. Extremely helpful of you, kudos",
    // "cold fries, no drink. great job guys, really outdid yourselves", "'we're looking into it' for the 5th day running.
    // very reassuring"
    {
      triggers: ['.', '!', '?', '…'],
      re: String.raw`\b(?:late|delay(?:ed|s)?|lost|broken|never|nobody|no one|still|hung up|on hold|cancell?ed|missed|missing|stuck|failed|didn'?t|doesn'?t|won'?t|wrong|cold|deleted|wiped|crashed|froze|broke|ruined|charged|declined|error|{{ORDINAL}} (?:day|week|time|month|night) (?:running|in a row))\b[^.!?\n]{0,120}[.!?…]+\s{0,3}(?:(?:extremely|very|so|really|super|truly|most|just|such) )?(?:helpful|reassuring|impressive|efficient|professional|reliable|classy|kudos|bravo|nice one|(?:good|great|nice|fine|stellar|top) (?:job|work|stuff)|well done|outdid yourselves|really outdid yourselves)(?: of you| guys| folks| team| there| again| as (?:always|usual)| to you)?(?:,? (?:kudos|bravo|guys|really outdid yourselves|outdid yourselves))?\s{0,2}(?:[.!…,]|👏|👍|🙃|🙄|$)`,
      wordEdges: false,
    },
    // praise said as a hypothetical or a match to the last failure: "That would be just as amazing if I had a backup."
    String.raw`(?:would|will|'d) (?:be|have been) just as (?:amazing|great|helpful|wonderful|useful|lovely|brilliant|fantastic)(?! as)`,
    // a rhetorical question at the company: "Well how much does that help me now?", "who designed this checkout?"
    {
      re: String.raw`\bhow (?:much|exactly|on earth) (?:does|did|is|will) (?:that|this|it) (?:help|helping|going to help|supposed to help)(?: (?:me|us|anyone))?(?: (?:now|at all|exactly))?\s{0,2}\?|\bwho (?:designed|approved|signed off on|signs off on|thought up|came up with|programmed|coded|tested|decided on) (?:this|that|these|your)(?: [\w'-]+){0,2}\s{0,2}\?`,
      wordEdges: false,
      unless: [POSITIVE],
    },
    // shouting: three or more words in capitals around a plea or a verdict: "PLEASE EVERYONE RETWEET THIS" (not the
    // masked "XXXX" of complaint forms)
    {
      triggers: ['please', 'everyone', 'worst', 'why', 'stop', 'help', 'nobody'],
      re: String.raw`\b(?:(?!X{2,}\b)[A-Z][A-Z0-9']{0,15}[ ,]{1,3}){0,6}(?:PLEASE|EVERYONE|WORST|WHY|STOP|HELP|NOBODY)(?:[ ,]{1,3}(?!X{2,}\b)[A-Z][A-Z0-9']{0,15}\b){2,6}|\b(?:(?!X{2,}\b)[A-Z][A-Z0-9']{0,15}[ ,]{1,3}){1,6}(?:PLEASE|EVERYONE|WORST|WHY|STOP|HELP|NOBODY)(?:[ ,]{1,3}(?!X{2,}\b)[A-Z][A-Z0-9']{0,15}\b){1,6}|\b(?:(?!X{2,}\b)[A-Z][A-Z0-9']{0,15}[ ,]{1,3}){2,6}(?:PLEASE|EVERYONE|WORST|WHY|STOP|HELP|NOBODY)\b`,
      caseSensitive: true,
      wordEdges: false,
      unless: [POSITIVE],
    },
    // a why-question at the company, then the count of times it happened: "why is my internet out? This is the 2nd time
    // in 2 days" (not a plain "why are the trains delayed??")
    {
      triggers: ['why'],
      re: String.raw`\bwhy (?:is|does|do|did|are|has|have|can'?t|won'?t|isn'?t|doesn'?t|does it|do you) [^?\n]{1,80}\?{1,3}\s{0,3}[^.!?\n]{0,40}?\b(?:{{ORDINAL}} time|(?:twice|{{COUNT}} times) (?:in|this|today|now)|every (?:time|day|week|month)|yet again)\b`,
      wordEdges: false,
    },
    // a verdict as a sentence of its own, or said of the service: "Honestly? Terrible.", "Useless.", "Typical @RailCo.",
    // "Really disappointing service tonight" (not "a little disappointing": mild)
    {
      re: String.raw`(?:^|(?<=[.!?…]\s{0,3})|(?<=\bhonestly,? ))\b(?:(?:just|absolutely|really|very|so|truly|utterly|simply|pretty|quite|totally) )?(?:terrible|awful|horrible|horrendous|useless|typical|embarrassing|disappointing|poor|pathetic|woeful|dreadful|appalling|unreal)(?=\s{0,2}(?:[.!…]|,? ?@\w+|$))|\b(?:really|very|so|truly|deeply|extremely|hugely|massively|incredibly|most|pretty|quite|such a|what a|utterly) disappointing\b|\bdisappointing (?:service|experience|response|reply|support|company|airline|bank|customer service)\b`,
      wordEdges: false,
      unless: [String.raw`\b(?:a bit|a little|a tad|slightly|somewhat|mildly|kinda|kind of|sort of)\b`, POSITIVE],
    },
    // sarcasm and exasperation in the forms customers use: "So much for next day delivery", "Cheers for nothing", "Nice to
    // know my loyalty means nothing", "You had one job", "Another day, another delay", "Love waiting 2 hours for a pizza",
    // "And you wonder why people leave", "I'm paying for this?", "This is why nobody likes you", "Sort it out @RailCo",
    // "What is going on with you lot?", "Is anyone actually working today?", "Can't even get a simple refund right",
    // "Not good enough", "I'm so over this", "sick to death", "I want to scream", "no words."
    {
      re: String.raw`(?<!\b(?:thanks?|thank you|thank u|thx|ty|love you|miss you|appreciate it|appreciate you) )so much for (?:the |your |my |a |an |that )?(?:[\w-]+ ){0,2}?(?:delivery|service|support|guarantee|promise|loyalty|customer service|help|refund|reply|response|callback|call back|update|upgrade|fix|flight|train|booking|priority|premium|express|tracking)|cheers (?:for|4) (?:nothing|that(?= {0,2}@| {0,2}[.,]{0,3}$))|(?:nice|glad|good|great|lovely) to (?:know|see|hear) (?:that )?(?:my (?:loyalty|business|custom|time|money) (?:means|counts|is worth)|i'?m (?:just )?a number|i am (?:just )?a number|you (?:don'?t|do not|can'?t|cannot|couldn'?t|never|still) |(?:your|the) (?:\w+ )?(?:doesn'?t|does not|still|never|can'?t) )|you had one job|another day,? another (?:delay|cancell?ation|outage|excuse|problem|issue|error|lie|cancell?ed|late)|(?:love|loving|enjoy|enjoying|nothing beats|gotta love|got to love) (?:waiting|sitting (?:on hold|here|in)|standing (?:here|in)|being (?:on hold|ignored|stuck|overcharged|hung up on|lied to)|getting (?:the runaround|ignored|overcharged))|(?:and )?(?:you|they) wonder why|(?:i'?m|i am|we'?re|we are) paying (?:you )?(?:for|\$?\d+(?:[.,]\d\d)? (?:a month )?for) (?:this|that)(?=\s{0,2}\?)|(?:this|that) is why (?:nobody|no one|people|everyone) (?:likes|trusts|uses|flies with|leaves|hates|complains)|(?<!(?:please|pls|plz|can you|could you|would you|will you|to) )sort (?:it|this|yourselves|your (?:\w+ )?(?:act|service|company|app|trains|staff)) out(?=\s{0,2}(?:[.!]|@|$))|what(?:'s| is) (?:going on|wrong|happening) with (?:you|y'?all|you lot|you guys|you people|your (?:company|service|app|airline|team|staff|people))(?: lot| guys| people)?(?=\s{0,2}\?)|(?:is|are) (?:anyone|anybody|you) (?:actually|even) (?:working|there|awake|alive|reading)|(?:get|do) (?:a |the |one |even a )?simple (?:[\w-]+ ){0,2}?right|(?<!\b(?:is|was|be|were|are|it's|that's) )(?:just |simply |frankly |still )?not good enough(?!\s(?:for|to|quality|resolution))|(?:i'?m|i am) (?:so |totally |completely |just |officially )?over (?:this|it|you|y'?all)(?=\s{0,2}(?:[.!]|$))|sick to death|(?:want|wanna|going|about) to scream|(?:i'?m|i am) (?:literally )?losing it|(?:i have |i've got |i got |i'?m at |literally )?no words(?=\s{0,2}(?:[.!…]|$))`,
      unless: [String.raw`\b(?:thank you so much|thanks so much|thx so much)\b`],
    },
    // the upside-down face and the facepalm: sarcasm and despair, not joy ("52 mins on hold and counting 🙃")
    { re: String.raw`🙃|🤦`, wordEdges: false, unless: [String.raw`\b(?:lol|haha\w*|my bad|my fault|oops|silly me|i forgot)\b`] },
    // natural traffic (issue 12, h29): exasperation implied, not named. A "hello?" after a complaint (not a message of
    // its own: "Hello?" alone is a nudge), rhetorical questions at the company ("who does that",
    // "Which is it", "now what", "what else do you need", "what am I supposed to do", "and I'm supposed to trust you",
    // "Is there no notes on my account or what", "how is this ok", "Then why show a rate at all?")
    {
      re: String.raw`(?<=[.!?…]\s{1,3})(?:hello|anyone|anybody)\s{0,2}\?+(?=\s{0,3}$)|\bwho does (?:that|this)\b(?!\s{0,2}\w)|\bwhich is it\b|(?:^|(?<=[.!?…,]\s{0,3}))now what\b(?=\s{0,2}(?:[.!?…]|$))|\bwhat else do (?:you|y'?all|they) (?:need|want)(?: from (?:me|us))?(?=\s{0,2}(?:[.!?…]|$))|\bwhat (?:am i|are we) supposed to do\b|\band (?:i'?m|i am|we'?re|we are) supposed to\b|\bor what\s{0,2}\?*(?=\s{0,2}$)|\bhow (?:(?:is|was) (?:this|that|it)|(?:this|that|it) (?:is|was)) (?:ok|okay|fair|acceptable|legal|allowed)\b|\bthen why\b[^.!?\n]{0,60}\bat all\s{0,2}\?`,
      wordEdges: false,
      unless: [POSITIVE],
    },
    // a verdict or a state, said flat: "Avoid.", "Uninstalled.", "Deceptive.", "Literally unusable.", "classic",
    // "no thanks", "do better", "super embarrassing", "your app is garbage", "the search is useless", "Would give 0 if I
    // could", "I have no patience left", "I am done being polite", "I'm going in circles", "fees are out of control",
    // "Clearly safety is not a priority here", "the music is lovely I guess", "funny how that works"
    {
      re: String.raw`(?:^|(?<=[.!?…,]\s{0,3}))(?:(?:literally|completely|totally|just|super|so) )?(?:avoid(?: at all costs)?|uninstalled|deceptive|unusable|classic|no thanks|do better|embarrassing)(?=\s{0,2}(?:[.!…]|$))|\b(?:literally|completely|totally|basically) unusable\b|\b(?:the|your|this|their) (?:[\w-]+ ){0,2}(?:is|are) (?:so |completely |totally |just |absolutely |literally )?(?:useless|garbage|trash|unusable)\b|\b(?:would|i'?d|i would) give (?:it |you |this )?(?:0|zero|negative|minus \w+)(?: stars?)? if (?:i|we) could\b|\bno patience left\b|\bdone being (?:polite|patient|nice|reasonable)\b|\bgoing (?:round |around )?in circles\b|\bout of control\b|\bclearly [\w ]{1,30}? (?:is|are) not a priority\b|\b(?:lovely|great|nice|wonderful|fantastic|fun|cool) (?:i guess|i suppose)\b|\bfunny how (?:that|this) works\b`,
      wordEdges: false,
    },
    // issue 12's ninth pass (h32): exasperation told by the message's shape, not by a word of anger.
    // A failure, and the message ends on praise alone: "No knock, no card, nothing. … Brilliant.", "Same $84 fee still
    // sitting on my account. Cool cool cool.", "they told me \"the app is not our department\". Excellent."
    {
      // read from the praise back (rarer than a failure word): the message's end first, then a failure before it
      re: String.raw`(?<=[.!?…]\s{1,3})(?:(?:cool|great|lovely|brilliant|excellent|fantastic|wonderful|perfect|amazing|super|nice|awesome|splendid|marvell?ous|outstanding|stellar)(?:[ ,]{1,2}(?:cool|great|lovely|brilliant|excellent|fantastic|wonderful|perfect|amazing|super|nice|awesome|job|stuff|work|service|guys)){0,3}|you'?re doing (?:great|amazing|brilliant|a great job)|love (?:that|this|it))(?=\s{0,2}[.!…]{0,3}\s{0,3}$)(?<=\b(?:not|no|never|nobody|didn'?t|doesn'?t|isn'?t|wasn'?t|won'?t|can'?t|late|lost|broken|still|again|charged|declined|cancell?ed|wrong)\b[\s\S]{2,340}?)`,
      wordEdges: false,
    },
    // a number said again as a sentence of its own: "5 emails. 5. No reply.", "day 9 without working data. 9.", "Four
    // transfers today. Four times." (case-sensitive: a backreference; the words' first letter either case. Any number
    // could start it: the "." or "!" it ends on is rarer)
    {
      triggers: ['.', '!'],
      re: String.raw`\b(\d{1,3}|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve)\b[^\n]{0,100}?[.!?]\s{1,3}(?:[Bb]ut |[Jj]ust |[Oo]nly )?\1(?: (?:times|days|weeks|hours|months|years|calls|e-?mails|transfers))?[.!](?!\d)`,
      caseSensitive: true,
      wordEdges: false,
    },
    // the message ends on a question word alone, the question left for the company: "…and you still charged me $29.99.
    // how", "…\"you'll have to call back tomorrow\" lol what", "Call the number -> 'please use the app'. WHAT", "tracker says
    // \"located\". located WHERE"
    { re: String.raw`(?:^|(?<=[.!?]\s{1,3})|(?<=\blol ))(?:what|why|how|where|who)(?=\s{0,2}[?!]{0,3}\s{0,3}$)`, wordEdges: false },
    { re: String.raw`(?<=\b[a-z]+ )(?:WHAT|WHY|WHERE|HOW|WHO)(?=\s{0,2}[?!]{0,3}\s{0,3}$)`, caseSensitive: true, wordEdges: false },
    // a question whether the company does its basic job at all: "Do you guys not keep notes??", "Is this how you people…"
    String.raw`(?:do|does|did) (?:you|y'?all|you guys|you people|your \w+) (?:not|even|never) (?:keep|read|listen|check|care|talk|look|bother|train|test|know)|is this how (?:you|y'?all|your)`,
    // the company's own thing named back as a question: "This is your escalation team?"
    { re: String.raw`(?:^|(?<=[.!?]\s{1,3})|(?<=, ))(?:so |and )?(?:this|that) is (?:your|what you call(?: your)?) [\w' -]{1,30}\?`, wordEdges: false },
    // the company's own word, quoted and then asked back: "closed with \"issue resolved\". resolved?? for who??",
    // "your help page says \"we're aware.\" cool, aware for 2 weeks?"
    { re: String.raw`"[^"\n]{0,40}?\b([a-z]{4,})\b[^"\n]{0,40}"[^\n]{0,200}?(?:[.!?]\s{1,3}|\b(?:[Cc]ool|[Gg]reat|[Oo]h|[Yy]eah|[Ss]o|[Oo]k|[Oo]kay|[Rr]ight),? )\1\b[^.!?\n"]{0,25}\?`, caseSensitive: true, wordEdges: false },
    // what the customer pays, set against what they get: "I pay you $75 a month to have a wifi-only device", "i paid $70 for this"
    String.raw`(?:i|we)(?:'m| am| are)? (?:pay|paid|paying)(?: you| for)? [$£€]?\d[\d.,]*\b[^.!?\n]{0,40}?\b(?:for this|to (?:have|shower|get|use|be|sit|wait))`,
    // a laugh or a sob after a failure is not amusement: "so i've been charged for a course I completed? … lol", "the driver
    // cancelled on me 3 times and I got charged a fee?? how does that work 😭" (not "thank u for the upgrade!! didn't expect it 😭")
    {
      re: String.raw`(?:\blol\b|😭|💀)(?<=\b(?:charged|never|not|didn'?t|doesn'?t|don'?t|isn'?t|wasn'?t|won'?t|can'?t|still|wrong|late|lost|cancell?ed|broken|missing)\b[^\n]{1,205}?)`,
      wordEdges: false,
      unless: [String.raw`\b(?:thank|thanks|thx|ty|love|loved|haha\w*|great|amazing|best)\b|🙏|❤`],
    },
    // "It's a shame I had to look on an app to find out"
    String.raw`(?:it'?s|it is|that'?s|that is|what) a (?:real |crying |damn |total )?shame(?! (?:(?:i|we) (?:missed|can'?t|couldn'?t|won'?t)|about the weather|to miss))`,
    // issue 12, h44: exasperation said as patience run out or a refusal to go round again: "I've been patient. I really
    // have.", "I'm honestly losing patience", "I've given you enough chances", "I'm not asking nicely again", "I mean it
    // this time", "I'm not explaining it all again", "I'm not doing this a 5th time", "Not starting over."
    String.raw`(?:i'?ve|i have|we'?ve|we have) been (?:very |really |more than |extremely |incredibly |so )?patient|los(?:ing|t) (?:my |all )?patience|enough chances|not asking nicely|i mean it this time|(?:i'?m|i am|im) not (?:doing|explaining|going through|repeating|starting|sending) (?:this|it|that|all|everything|them|myself)?(?: [\w']+){0,3}? (?:again|a [\w']+ time|over)|not starting over`,
    // pleading for someone who will do the job: "can someone please just answer", "Please somebody help me", "someone
    // who can actually issue it", "please actually read it", "I just need a yes or a no"
    String.raw`(?:some ?one|some ?body|any ?one),? please,? just|can (?:some ?one|some ?body|any ?one) (?:please )?just|i just (?:need|want) (?:one person|a yes|a straight answer|an answer)|(?:some ?one|some ?body|any ?one|any ?body|please) (?:who |that )?(?:can |will |could |would )?(?:please )?(?:just )?actually [\w']+`,
    // rhetorical questions at the company: "Who do I even talk to", "What exactly am I paying for?", "What is status
    // for", "Where is my money.", "am I supposed to just keep waiting?", "What else could you possibly need?"
    {
      re: String.raw`\b(?:who|what|where|which|how|why)\b[^.?!\n]{0,70}\b(?:even|possibly|on earth)\b[^.?!\n]{0,40}(?:\?|$)|\bwhat (?:exactly )?(?:am i|are we|do i|did i|i|we) (?:paying|paid|pay)\b[^.?!\n]{0,20}\bfor\b|\bwhere(?:'s| is) my (?:money|refund)\b(?!\s{0,2}\?)|\b(?:am i|are we) supposed to (?:just )?(?:keep|wait|sit|believe|trust|know)\b|\b(?:should i|do i) (?:just )?keep (?:waiting|calling|chasing|emailing)\b|\bwhat else (?:could|can|would) (?:you|y'?all|they) possibly (?:need|want)\b|\bwhat else do (?:you|y'?all) (?:need|want),|\bare (?:we|you)\b[^.?!\n]{1,40}\bor not\b|\b(?:which|what|who|where) [\w' ]{1,30} (?:is it|are they|was it) then\b|\bdo (?:you|y'?all|you guys) (?:ever|even) (?:reply|respond|answer|read|call)\b`,
      wordEdges: false,
      unless: [POSITIVE],
    },
    // the customer's worth, and what they should not have to do: "Is there a human anywhere in this company?",
    // "someone with a pulse", "And this is how you treat me?", "treated like this", "I shouldn't have to chase YOU",
    // "It shouldn't be this hard"
    String.raw`(?:is there|get|reach) (?:a |an |any |one )?(?:actual |real |living )?human(?: being)?\b[^.?!\n]{0,30}\b(?:anywhere|at all|this|read)|with a pulse|(?:this is|is this|that'?s) how (?:you|y'?all|your company) treats?|treated like (?:this|that|dirt|garbage|an idiot|a criminal)|(?:i|we|customers?|people|anyone) (?:shouldn'?t|should not) (?:have to|need to)|shouldn'?t be this (?:hard|difficult|complicated)`,
    // a question or an order thrown back: "no dark mode in 2026? really?", "Have to call? In 2026?", "Hire more crew?",
    // "you have my email, phone AND app. pick one", "just tell us the truth", "What is happening", "Fix your system please"
    {
      re: String.raw`(?:^|(?<=[.!?]\s{1,3}))(?:really|seriously|is it though|in 20\d\d|in this day and age)\s{0,2}\?|\bhire more [\w']+\s{0,2}\?|(?:^|(?<=[.!?]\s{1,3}))pick one\b|\btell (?:us|me) the (?:truth|real)\b|\bwhat is (?:happening|going on)\s{0,2}[?!.]{0,3}\s{0,2}$|(?:^|(?<=[.!?]\s{1,3})|\bplease )fix your (?:[\w']+ )?(?:system|app|website|site|process|software|billing)\b`,
      wordEdges: false,
      unless: [POSITIVE],
    },
    // sent round in circles, said as an image; told to stop; paying for this; rude: "I'm the ball in a ping pong game",
    // "Circle of life.", "I've completed the circle", "cmon", "be serious", "please don't ask me to resend again", "I pay
    // for this.", "gate agent was honestly rude"
    {
      re: String.raw`\bping[- ]?pong\b|\bcircle of life\b|\bcompleted the circle\b|\ba flat circle\b|\b(?:be serious|c'?mon|come on)(?=\s{0,2}[.!?]{0,3}\s{0,2}$)|\bdon'?t ask me (?:to|for) [\w' ]{0,20}again\b|\bi (?:pay|paid) for this(?=\s{0,2}(?:[.!]|$))|\b(?:so|very|extremely|incredibly|honestly|really|quite|just) rude\b|\brude (?:agent|staff|rep|man|woman|lady|guy)\b`,
      wordEdges: false,
      unless: [POSITIVE],
    },
    // "I'm done.", "im done. close my account" — not "I'm done! Thanks for the help."
    { re: String.raw`\b(?:i'?m|im|i am) (?:so |totally |completely |officially )?done(?=\s{0,2}(?:[.,!]|$))(?![.,!]{1,3}\s{0,3}(?:thanks?|thank you|thx|cheers|great|perfect)\b)`, wordEdges: false, unless: [POSITIVE] },
    // sarcasm and giving up: "Thanks. Really helpful. Still down.", "Incredible system.", "I don't know how many times I have to do this",
    // "Starting to think it's personal"
    {
      re: String.raw`\b(?:really|very|so|super) helpful\.\s{1,3}(?:still|not|no|nothing|never)\b(?!,)|(?:^|(?<=[.!?]\s{1,3}))(?:incredible|brilliant|great|amazing|wonderful|fantastic|excellent|lovely|stellar) (?:system|process)[.!]|\b(?:don'?t|do not) know how many (?:more )?times\b|\bstarting to (?:think|wonder)\b`,
      wordEdges: false,
    },
    // issue 12, h55: a rating held until the failure is mended ("1 star until someone fixes this"), the point asked
    // flat ("Whats the point."), a test asked after bugs ("did anyone test this?"), which word of the company's to
    // believe ("which one do I believe")
    {
      re: String.raw`\b(?:1|one|0|zero|no) stars? (?:until|till|unless)\b|(?:^|(?<=[.!?,]\s{0,3}))what'?s the point(?=\s{0,2}(?:[.!?]|$))|\bdid (?:anyone|anybody|they|no ?one|you (?:guys|people|even|actually|ever)) (?:even |actually |ever )?test (?:this|it|that|the|your|anything)\b|\b(?:which|who) (?:one )?(?:do|should|am) i (?:supposed to )?(?:believe|trust)\b`,
      wordEdges: false,
      unless: [POSITIVE],
    },
    // issue 12, h55: love in the past tense ("I used to love you guys", "#iusedtoloveu"), not love still felt
    { re: String.raw`\b(?:i|we) used to (?:love|like|trust|recommend) (?:you|this|your|y'?all|flying|shopping|ordering|banking)|#(?:i|we)?usedtolove\w{0,20}`, wordEdges: false, unless: [String.raw`\b(?:still|and now|again)\b`] },
    // issue 12, h55: "That's funny, when we finally
    // got on the plane…" (a contradiction led by mock amusement); the company called "buddy" or "pal" ("I've been calling you guys all day buddy")
    {
      re: String.raw`(?:^|(?<=[.!?…]\s{0,3})|(?<=^(?:@\w{1,30}\s{1,3}){1,5}))(?:that'?s|it'?s|how) funny,? (?:when|because|cause|since|how|that|considering)\b|(?:\b(?:you|all day|all week|again|that|this|me),? (?:buddy|pal|chief|champ|bud|my guy|my dude)\b|^(?:@\w+ )*(?:buddy|pal|chief|champ),)`,
      wordEdges: false,
      unless: [POSITIVE],
    },
    // issue 12, h55: the message's shape — "that's it" then the whole of it named ("That's it. That's the whole
    // question."), a list of what did not come ending on "nothing" ("No autosave, no recovery, nothing."), being asked
    // again and again ("Please stop asking me to rate my experience after every message"), a need asked "just to" do a
    // plain thing ("Why do I need to make an account just to see the menu??")
    {
      re: String.raw`\bthat'?s it[.!]\s{1,3}that'?s (?:the (?:(?:whole|entire|only) \w+|review|message|answer|reply|response)|all (?:it|they|you) (?:says?|said|do|did|tells?|told|gives?|gave))\b|\bno [\w-]+(?: [\w-]+)?(?:,|, and| and| or)? no [\w-]+(?: [\w-]+)?(?:,|, and| and| or)? (?:no [\w-]+(?: [\w-]+)?,? )?nothing(?=\s{0,2}(?:[.!,]|$))|\bstop (?:asking|making|telling|sending|forcing) (?:me|us)\b[^.!?\n]{0,60}\b(?:every|again|each time|after every|all the time)\b|\bwhy (?:do|would|should|must|does) (?:i|we|a|an|the|my) [^.?!\n,]{1,60}\bjust to\b`,
      wordEdges: false,
      unless: [POSITIVE],
    },
    // issue 12, h55: tweet register — a question whose other option is the failure again ("will someone answer the phone
    // now or will I be on hold for an hour again?"), effort spent for nothing ("I have called 4 times to fix nothing!"),
    // a dismissal trailing off ("Don't worry about it.... I'm just going to see what other companies offer"), a tag that
    // says patience ran out ("#TooManySecondChances", "#imdone")
    {
      re: String.raw`\bor (?:will|do|should|am|are|is|would) (?:i|we|it|you|they)\b[^.?!\n]{0,40}?\b(?:on hold|wait|waiting|stuck|cut off|charged|hung up|ignored|lose|lost|cancell?ed|late|delayed|transferred)\b[^.?!\n]{0,30}\bagain\s{0,2}\?|\b(?:times|calls|hours|days|weeks|emails|e-mails) (?:to|and) (?:fix|get|achieve|accomplish|solve|resolve|change|show for) nothing\b|\b(?:don'?t worry about it|don'?t bother|never ?mind|forget it)\s{0,2}(?:\.{2,}|…)|#\w{0,20}?(?:toomany|secondchance|lastchance|donewith|imdone|nomore|whyme|fedup|sickof|tiredof)\w{0,30}`,
      wordEdges: false,
      unless: [POSITIVE],
    },
  ],
};

/**
 * Customer messages: each `match` must show the signal, each `allow` must not (tests/unit/effort/rules.test.ts).
 * Test data only: rules/index.ts imports the rule above, never this table, so it stays out of the content script.
 */
export const examples: RuleExamples = {
  'frustration': {
    match: [
      // h55
      '@USAirways if I call your reservations line will someone answer the phone now or will I be on hold for an hour again?',
      '@TMobileHelp I have called 4 times to fix nothing! Help',
      "@sprintcare Don't worry about it.... I'm just going to see what other companies offer",
      '@Uber_Support No need. Already sent the request to delete my account. #TooManySecondChances',
      'App Store "Can\'t log in" — that\'s it. That\'s the review. Three weeks.',
      'my app says "something went wrong" and that\'s it. that\'s all it says.',
      'Lost all my edits when the app crashed. No autosave, no recovery, nothing.',
      'Can you please stop asking me to verify my identity every time I reply?',
      'Why do I need to make an account just to see the menu??',
      '@SouthwestAir on hold for over 2 hours and it hangs up on you. #iusedtoloveu',
      'I used to love you guys. Third cancelled order this month.',
      "That's funny, when we finally got on the plane the pilot told us it was an engine fault...",
      "I've been calling you guys all day buddy, you have hung up on me twice.",
      'Cannot log in. Reset password, click link, \'link expired\'. 1 star until someone fixes this.',
      'Why does a bus ticket app need my contacts?? 1 star until that\'s removed',
      'VPN connect but Netflix still know where I am. Whats the point. Refund please',
      'so many bugs. notifications dont open the right screen. did anyone test this?',
      'app says on time while the board at the gate says delayed 2hrs. which one do I believe',
      'I was told three different things. Who do I trust at this company?',
      'deleted my account and you still charged me $29.99. how',
      'on hold for 1hr 15min for the agent to say "call back tomorrow" lol what',
      "Call the number -> 'please use the app'. WHAT",
      'tracker says "located". located WHERE',
      'I have sent the same photos three times now. Do you guys not keep notes??',
      'nobody is picking up. Is this how you people treat customers',
      'why do I have to give my date of birth every time I am transferred? Four transfers today. Four times.',
      'This is your escalation team? The reply is word for word what the first agent said.',
      'the room is "not ready" until 6. but then why did you charge my card at 3 lol',
      'the driver cancelled on me 3 times and I got charged a cancellation fee?? how does that work 😭',
      'Your app says "attempted delivery". No knock, no card, nothing. Now it is "returning to sender". Brilliant.',
      '3rd call this week. Same fee still sitting on my account. Cool cool cool.',
      'The key card did not work on any door. At 1am they told me "not our department". Excellent.',
      '5 emails. 5. No reply.',
      'day 9 without working data. 9. Still nothing.',
      'support chat closed after 2 messages with "issue resolved". resolved?? for who??',
      'broken for 2 weeks. your help page says "we\'re aware." cool, aware for 2 weeks?',
      'I pay you $75 a month to have a very expensive paperweight',
      'servers down again. i paid $70 for this.',
      'Honestly? Terrible.',
      'card declined at the pharmacy even tho balance shows $63. hello?',
      'the "free trial" charged me the full year on day 2. who does that',
      'Your agent told me to DM here. DM here told me to call. Which is it',
      'tech replaced the modem. still dropping. now what',
      "I've uploaded my ID twice already. what else do you need",
      'the appeal form loops back to the login page. what am I supposed to do',
      "Cancelled twice. And I'm supposed to trust you with Christmas travel?",
      'Is there no notes on my account or what',
      'Please explain how this is ok',
      'They said rates "may vary." Then why show a rate at all?',
      'Cannot cancel in app or on the website. Avoid.',
      'Why do I need location access to view my balance? Uninstalled.',
      'App logs me out every time I switch apps. Literally unusable.',
      'app crashed, match gone. classic',
      'offered a $50 voucher for a 9 hour delay. no thanks',
      'card declined at the pharmacy. super embarrassing',
      'your shoppers are great but your app is garbage',
      'Would give 0 if I could.',
      'I have no patience left. Cancel and refund, please.',
      'I am done being polite. Chargeback is filed.',
      "the phone line says to use the website. I'm going in circles",
      'fees are out of control',
      'Reported it 6 times. Clearly safety is not a priority here.',
      'on hold 52 min now. the music is lovely I guess',
      'Salesman stopped answering after the sale, funny how that works',
      'Typical @RailCo. Late again.',
      'Really disappointing service tonight',
      'So much for next day delivery',
      'Cheers for nothing',
      'Nice to know my loyalty means nothing',
      'You had one job',
      'Another day, another delay',
      'Love waiting 2 hours for a pizza, really',
      'And you wonder why people leave',
      "I'm paying for this?",
      'This is why nobody likes you',
      'Sort it out @RailCo',
      'What is going on with you lot?',
      'Is anyone actually working today?',
      "Can't even get a simple refund right",
      'Not good enough @BankCo',
      "I'm so over this.",
      "I'm sick to death of this",
      'Thanks @Courier for throwing my parcel over the fence 🙃',
      'why is my internet out? This is the 2nd time in 2 days.',
      '@SkyLinkAir third delay on this route this month. Extremely helpful of you, kudos',
      'Order came cold and missing the drink. Great job guys, really outdid yourselves.',
      "Still 'looking into it' for the 4th day in a row. Very reassuring.",
      'Lost every photo after the update. That would be just as amazing if I had a backup.',
      'Well how much does that help me now?',
      'Three tries to pay. Who designed this checkout?',
      'PLEASE EVERYONE RETWEET THIS',
      "It's a shame I had to find out from an app.",
      'this is getting annoying now',
      'paying for 4K and getting 480p. make it make sense',
      'I have been on hold since 11:30pm how many customer service reps do you have?',
      'Fantastic, the app deleted my notes. Just fantastic.',
      'Great, another error 500. Love that for me.',
      'Thanks for absolutely nothing, again.',
      'Honestly, how do you people stay in business.',
      'Are you deliberately making this difficult?',
      "I'm at breaking point with this bank.",
      'I give up. Truly.',
      'Two hours on the platform in the cold, zero announcements. Shocking.',
      'Wow. Just wow. Charged for a cancelled flight.',
      "What's the point of a live chat nobody staffs?",
      'How can your app still not remember my card?',
      'Why is the lift always broken at your station?',
      'Your courier lost it, so take some responsibility.',
      "Leaving a pensioner on the line for 50 minutes isn't acceptable.",
      'Why would you reset my settings???',
      'The update ruined my whole playlist.',
      "Parcel lost twice this month. Thanks for nothing.",
      "Two hours late and nobody at the desk knows why. Wonderful.",
      "Is it your first day running an airline?",
      "Not cool, you charged me for a cancelled order.",
      'This is ridiculous, I have been charged twice.',
      'Totally unacceptable service from your team.',
      'SHAME!!!',
      "I'm so frustrated with this app.",
      'What a waste of my time.',
      'Are you kidding me? The order is wrong again 🤬',
      'I WANT MY MONEY BACK!',
      'So you can send me a bill every month, but not reply to one email?',
      'Words fail me.',
      "I've had it up to here with your excuses.",
      "What a mess you've made of my account.",
      'This company is a circus.',
      'Useless. Just useless.',
      'Are you people actually reading my messages??',
      'Stop sending me templated replies and read what I wrote!',
      'Incredible how a bank can lose a deposit. Truly incredible.',
      "Congrats, you've managed to lose my order twice. Impressive.",
      'Fix. Your. App.',
      'Five days without hot water. Five. Days.',
      'I swear this app is designed to make me suffer #fml',
      'Epic fail, @ShopCo.',
      'Really appreciate the great customer service... the agent just hung up on me.',
      // h44: patience run out, pleading, rhetorical questions, worth, questions thrown back, sarcasm and giving up
      "I've been patient. I really have. The parcel is now a month late.",
      "I'm honestly losing patience with this claim.",
      "I've given you enough chances, the card is being cancelled.",
      "Refund was promised on the 2nd. I'm not asking nicely again.",
      "Fix the heating by Friday or I'm leaving. I mean it this time.",
      "I'm not explaining it all again, it's all in the ticket.",
      "I'm not doing this a fourth time.",
      'third message this week. can someone please just answer',
      'Four emails, no answer. Can somebody please just reply.',
      'I need someone who can actually cancel the contract.',
      'Sent it over DM. please actually read it this time',
      'I just need a yes or a no on the refund.',
      'Three numbers and nobody picks up. Who do I even talk to',
      'The app is down every weekend. What exactly am I paying for?',
      'Refund approved a month ago. Where is my money.',
      'No reply since the 2nd. Am I supposed to just keep waiting?',
      'I sent ID, payslips and bank statements. What else could you possibly need?',
      'Called six times. What exactly am I paying you for?',
      'Every reply is a template. Is there a human anywhere in this company?',
      'Ten years with you. And this is how you treat me?',
      "I shouldn't have to chase you for my own money.",
      "It shouldn't be this hard to close an account.",
      'No export to CSV? In 2026?',
      'delayed again for staff shortage. Hire more staff?',
      'The app says on time and the board says delayed. Pick one.',
      'Third delay announcement. Just tell us the truth.',
      'Autopay was on and I got a late fee. What is happening',
      'charged twice again. Fix your billing system',
      'The fix took 9 hours to arrive. Really helpful. Still down.',
      'Chat sends me to email, email sends me to chat. Incredible system.',
      "I'm done. Close the account.",
      "I don't know how many times I have to send this form.",
      'Fourth cancelled train this week. Starting to think it is personal.',
      'Shipping blames the seller, the seller blames shipping. I am the ball in a ping pong game.',
      'sat outside the station for 40 min, no announcement. cmon',
      'You refunded $3 for an $18 meal. be serious',
      "photos are in the DM above. please don't ask me to resend again",
      'They removed offline mode. I pay for this.',
      'The lady at the desk was honestly rude to my mum.',
      'Third delay message since 6am. are we leaving today or not',
      'Told to ask a different department. Which department is it then?',
      'I gave my date of birth twice. What else do you need, my shoe size?',
      'do you guys ever reply to emails',
      'How can I be charged a fee for a payment that did not even go through?',
    ],
    allow: [
      // h55
      'Should I book the 9am or will I need to call again?',
      "Don't worry about it... I found the receipt, thanks!",
      'We came 2 hours early to get nothing but the best seats, amazing.',
      "That's it. That's all I needed, thanks!",
      'No fees, no contracts, nothing to return. Can I sign up online?',
      'Please stop sending me the paper statement, I have e-statements now.',
      'Why do I need to restart the router, is it just to clear the cache?',
      'I used to live in Leeds, can I change my address?',
      "That's funny, thanks for the cute card in the box!",
      'My buddy recommended you, can I get the referral code?',
      'Gave it 1 star by mistake, can I change it to 5?',
      'What is the point of the second PIN on the card?',
      'Did you test the new firmware on the older model? Asking before I update.',
      'The export was meant to be fixed in the 4.2 release. 4.2 shipped yesterday, can you check the notes?',
      'I am not angry, just a bit confused about the two invoices.',
      'thanks for bearing with me, it works now!!',
      'I would love to know how',
      'Can you tell me where?',
      'Do you not deliver on Sundays?',
      'We need three rooms. Three adults each.',
      'Is this your new returns address? The label shows a different one.',
      "thank u for the upgrade!! didn't expect it at all 😭🙏",
      "not gonna lie the new menu is great lol",
      'The parcel did not come Monday, but it arrived today and the driver was lovely. Thanks!',
      'I ordered 2 shirts. 2 arrived. Perfect fit.',
      'Step 3. 3 screws go in the back.',
      'The label says "machine washable". Is it safe to tumble dry?',
      'I paid $70 for the annual plan, how do I download the invoice?',
      'this message was a little disappointing, I thought you would offer better advice',
      'Thank you so much for the quick delivery!',
      'Could you sort it out before Friday, please?',
      "What's going on with my order? It says processing.",
      'Is the photo not good enough for the passport form?',
      'I love paying with Apple Pay in your app',
      'ordered the wrong size, my bad 🤦',
      'Good to know, thanks!',
      'The first season was terrible but the second is great',
      'hi why are the trains from Manchester to York delayed??',
      'Why is the 2nd time slot greyed out? I want to book it.',
      'Setting up the sync is a bit annoying but once it is running it works fine.',
      'It is a good app with many amazing functions, but the ads are very annoying',
      'Doing well there! The new timetable is so much better',
      'Kudos to the crew today, extremely helpful with my mum\'s wheelchair',
      'My flight was delayed but the gate staff were extremely helpful, thank you!',
      'How much does the premium plan cost, and does it help with storage?',
      'Who designed this checkout? I love how quick it is.',
      'That would be amazing, thanks!',
      'PLEASE HELP me reset my password',
      'the app keeps crashing ☹️ please fix it',
      'Contact XXXX XXXX XXXX XXXX regarding the account.',
      "It's a shame I missed the sale, any codes coming up?",
      'Can you make it bigger?',
      'How many seats do you have left on the 9am flight?',
      'Great, another question: do you ship to Norway?',
      'Wow! Amazing service, thank you so much.',
      'Can I give up my seat to my mum?',
      'The dress is a shocking pink, do you have it in blue?',
      'Why is the sky blue in your logo? Just curious, love it.',
      'Is this ok? I just want to check before I pay.',
      "The new plan is great, thanks for the quick upgrade!",
      "Nothing like the old version, this one is so much faster. Great job!",
      'THANK YOU!!! You saved my trip.',
      'Is the garbage disposal covered by the warranty?',
      'Could you tell me where my parcel is?',
      'I ordered the ASUS laptop, what is the ETA?',
      'Seriously considering upgrading to the pro plan, what does it include?',
      'You can pick it up from the depot, but not before Monday.',
      'The view from the room was beyond words, thank you for the upgrade!',
      'Amazing how fast you can get a parcel to Spain, well done.',
      'Is the old charger useless now that I have the new model?',
      'Dear Mr. Smith. Please find the invoice attached.',
      'Ordered on Jan. 3. Can you confirm the address?',
      'Thanks. Bye.',
      'Hello?',
      'Anyone?',
      'Hello? Is this the right place to ask about bulk orders?',
      'Who does that kind of repair near Leeds?',
      'I hear the update is out, now what do I need to do to install it?',
      'What else do you need from me to open the account? Happy to send it.',
      'What time am I supposed to arrive for check-in?',
      'Is the blue or the red one cheaper, or what would you suggest?',
      'How is it going with my application?',
      'Please avoid the side door, use the front.',
      'Is the classic plan still available?',
      'Is the old model unusable with the new charger?',
      'I would give it 5 stars if I could.',
      'The cabin crew were lovely, I guess we just got unlucky with the weather.',
      // h44's rules must leave these alone
      'Thank you for being so patient with me while I found the receipt.',
      "I'm not sending the original, is a copy ok?",
      'Can someone please confirm the opening hours on Sunday?',
      'Could you please tell me where to send the form?',
      'What exactly do I need to bring to the appointment?',
      'What is the extra fee for?',
      'Where is my nearest branch?',
      'Am I supposed to bring my passport to the pickup?',
      'Is there a human I can talk to about a mortgage?',
      "You shouldn't have to wait long, the team says.",
      'Really? That is great news, thank you!',
      'The team was really helpful. Still, I have one more question.',
      "I'm done with the form, what is the next step?",
      "I'm done! Thanks for the help.",
      'Can I pick one of the free gifts?',
      'How do I fix your app widget on my home screen?',
      'What is going on with the lift at the station, any news?',
      'Come on in and see the new range, {name}!',
      'Is the blue one in stock or not? I would like to order today.',
      'Which plan is cheaper?',
      'I pay for this by direct debit, can I change the date?',
      'Do you ever deliver on Sundays?',
      'Sorry if I was rude on the phone earlier, I was stressed. Thanks for sorting it.',
    ],
  },
};
