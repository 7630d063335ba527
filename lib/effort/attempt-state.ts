/**
 * Message-level structure the unresolved and long-wait rules share (issue 12's sixth pass): an earlier attempt or
 * promise, told in the past, and a later state of the problem — possibly some sentences on. These are plain
 * strings that the rule files insert into their patterns; they are not rules (rules/examples.ts reads every export
 * of a rule file as a rule, and every .ts file in rules/ as a rule file, so they live outside it). Every quantifier is bounded, and the gap between the two parts is a
 * lazy run of at most GAP characters with nothing repeated inside it, so no pattern built from them can backtrack
 * catastrophically: at most GAP tries of the (literal-led) state per start.
 */

/**
 * An earlier attempt, contact or promise, in the past ("called", "DM'd", "was told", "you said", "filed",
 * "reinstalled"…). Plans ("I will call") never match: every form is past, and "said"/"told" need the company's
 * side as the speaker or the customer as the one told.
 */
export const ATTEMPT = String.raw`(?:called|phoned|rang|e-?mailed|contacted|reached out|messaged|dm'?e?d|chatted|spoke (?:to|with)|talked (?:to|with)|(?:was|were|been|got) told|told (?:me|us)|(?:you|they|he|she|y'?all|support|the [\w']+|your [\w']+) (?:said|swore|promised|assured|claimed|confirmed)|said (?:[\w']+ ){0,4}?(?:would|will|'d|was going to)|(?:each|every) (?:call|time i call|email|chat)|promised|assured (?:me|us)|swore|filed|submitted|reported|disputed|provided|sent (?:in |them |you )?(?:the|my|all|every|it|them|proof|copies)|tried (?:everything|again|that|this|it|all|resetting|reinstalling|restarting|rebooting|updating|clearing|uninstalling|the (?:fix|steps|reset|suggestion|workaround|solution)|what|your|their|every)|(?:have|had|i) dm'?(?:e?d)? (?:you|them|y'?all)|(?:technician|tech|engineer|plumber|electrician|installer|fitter|repair ?man) (?:came|visited|was here|was out|replaced|fixed|swapped|installed)|reset|reinstalled|re-installed|restarted|rebooted|cancell?ed|set up|(?:was|were) (?:supposed|meant) to|(?:was|were) booked|booked (?:in|for)|(?:per|following|as) (?:your|the) (?:tech|technician|agent|rep|engineer|support|instructions))`;

/** The lazy gap between the attempt and the state: any characters, sentence ends included, at most this many. */
export const GAP = String.raw`[\s\S]{0,200}?`;

/**
 * The problem's present state, negative: the failure goes on, the promised thing is absent, nothing is being done.
 * Not a reply that has not come ("still no answer" is a wait and a repeat contact, not a failed fix). One expression
 * with the attempt (split by family, a message that holds the words of several compiled each family with the attempt
 * again: more to compile, not less). "still" followed by a negation is left to the older rules ("still not working").
 */
export const STILL_WRONG = String.raw`(?:still(?! (?:[\w']+ ){0,2}(?:reply|response|answer|word|heard|hear|back|news|update|callback|call back|contact|decision))(?! (?:(?:do|does|did)(?: not|n'?t)|dont) (?:have|know)\b) (?:(?:says|shows|showing|saying|reads|lists|displays|reports?|reporting)\b(?! (?:[\w'"]+ ){0,2}"?(?:pending|processing|in review|under review|in progress|being processed|awaiting))|there\b|on (?:my|the|our) (?:bill|account|report|statement|card|record|file|credit)|in the dark|(?:charg|bill|pour|leak|drip|dropp|crash|freez|fail|happen|occurr|buffer|spinn|beep|reject|declin|block|lock)(?:ing|ed|es|s)?\b|(?:broken|down|out|dead|off|missing|wrong|the same|same|stuck|unpaid|unresolved|locked|blocked|frozen|incorrect|inaccurate|listed|visible)\b|(?:isn'?t|aren'?t|wasn'?t|doesn'?t|don'?t|didn'?t|won'?t|hasn'?t|haven'?t)(?=[.!?,]))|(?:continues|continue|persists|persist)\b|never (?:is|was|does|did|came|come|arrived|happened|showed|turned|worked|works|got|gets|changed)\b|(?:no ?one|nobody) (?:is|was|has) (?:doing|done|fixed|helped|looked)|(?:no ?one|nobody) (?:came|showed|turned up|has (?:been|come|called|rung|shown|turned))|(?:hasn'?t|has not|haven'?t|have not|didn'?t|did not|doesn'?t|does not|won'?t) (?:\w+ )?(?:stopped|stop|changed|improved|gone away|been fixed|worked|work|helped|shown up|show up|turned up|appeared|come through|gone through|issued|posted|been (?:applied|credited|refunded|removed|corrected|reversed|fixed|resolved|issued|posted))\b|keeps? (?:taking|charging|billing|sending|debiting|deducting|renewing|happening|crashing|dropping|failing|freezing|disconnecting)|nothing (?:moves|moved|has moved|is being done|has been done|was done|happened|has happened|has changed|changed)|radio silence|no (?:resolution|progress|change|fix)\b|(?:(?:is|are|was|were)(?: still)? not|(?:isn'?t|aren'?t|wasn'?t|weren'?t)(?: still)?) (?:showing|there|working|applied|fixed|resolved|corrected|removed|credited|refunded|reversed|the same|updated)|not (?:getting|receiving) the|(?:it|this|that) (?:didn'?t|did not|doesn'?t|does not)(?! (?:matter|bother))\b|same (?:promise|answer|story|excuse|response|reply|error)|(?:fails|failed|crashes|crashed) again|(?:it|and|just|but) (?:still )?(?:fails|failed|crashes|crashed)\b|(?:fee|charge|error|problem|issue)s? (?:still|is still|are still|each (?:month|time|week)|every (?:month|time|week))|again this (?:month|week|year|morning|time)|(?:charged|billed|took|debited|deducted)(?: \S+){0,3}? again)`;

/**
 * A promise or a claim that it was done ("you said it'd be credited on the next bill", "I was told the excess would
 * be waived", "said it's sorted"), for a later short sentence that says it was not.
 */
export const PROMISE = String.raw`(?:promised|assured|guaranteed|swore|(?:said|told (?:me|us)|(?:was|were|am|i'?m|we'?re) told)(?: that)? (?:[\w'"]+ ){0,6}?(?:\w+(?:'d|'ll|'s)|would|will|was going to|is|was|were|had been|has been|are))\b`;

/**
 * A sentence that opens on the thing, someone or nothing and says no within a few words: "It wasn't.", "It isn't.",
 * "Nobody.", "No one calls.", "Nothing." — not "No rush", "not a problem".
 */
export const SHORT_NO = String.raw`[.!?]["'”)]*\s{1,3}(?:but |and |so |yet )?(?:(?:it|this|that|they|he|she|you|nobody|no ?one|nothing|still|never|no|not)\b)(?![^.!?\n]{0,30}?\b(?:no|not|n't) (?:rush|worries|problem|hurry|pressure|big deal|need|a problem|an issue|urgent|bad|that i)\b)[^.!?\n]{0,30}?(?:n't|\bnot|\bnever|\bnothing|\bnobody|\bno ?one|\bzero)\b`;
