/**
 * A check on the long-wait rules' matches (issue 12's tenth pass, precision): a duration or a wait word that a
 * rule matched, read in its clause, is dropped when the clause says it is no wait of the customer's. Read as
 * structure (what follows the duration, how long it is, what the clause is about), with word sets rather than
 * expressions, so it adds nothing to compile.
 *
 *   a point in a story, not a stretch waited: "Two months later I received a notice", "then 45 days later reversed
 *     it", "it reappeared two months later under another name", "arrived 2 days later than the estimate"
 *     (kept: "Refund still pending 3 weeks later.", "90 days later, I still have not…", "6 hours later and …")
 *   a short stretch, said as quick or as a time on the clock: "It took 5 minutes to set up", "Took me 10 min at the
 *     gate", "cancelled 20 min later", "the code expires after 10 minutes" (kept: a hold, a queue or a wait named:
 *     "Twenty minutes of being on hold"; a chat poke next to it, h50: "hello?\nit's been 20 mins")
 *   a question about how long a process takes: "how long does it take to get a credit?" (kept: "how much longer
 *     will this take", "How long do I have to wait?")
 *   something that happens overnight, not a night spent waiting: "battery drains 40% overnight", "the schedule
 *     resets overnight" (kept: "stuck at the airport overnight", "delayed over night")
 *   someone else who waited, with no stretch said: "he waited when I forgot my keys upstairs", "You waited. That's
 *     service" (kept: "she waited 45 minutes at the gate", "I waited")
 *   a wait the customer offers or asks for: "I'm happy to wait a few days", "Can you wait a week before charging",
 *     "Please hold the order for 2 weeks"
 *   (issue 12's eleventh pass) an account or an order put on hold: "I'd like to put my account on hold while I'm
 *     abroad for six months"; a wait the customer says they cannot make: "I can't sit on hold for 40 minutes during
 *     work hours" (kept: "I can't get past the barrier. It's still there five weeks later")
 *   (h52) years of custom or of a lease, with nothing still waited for: "After 14 years with no claims", "after a 2 year lease"
 *     (kept: "after 2 years still no refund"); a wait said not to be needed: "no
 *     need to go to a store or wait on hold"; a point in a story after a comma: "4 weeks later, the leasing company
 *     sent me a bill" (kept: "90 days later, I still have not…")
 */
import { spanAround } from './match-span';
import { isRateUnit } from './rate-check';

const UNIT_MINUTES: [RegExp, number][] = [
  [/^(?:seconds?|secs?)$/, 0],
  [/^(?:minutes?|mins?)$/, 1],
  [/^(?:hours?|hrs?|h)$/, 60],
  [/^(?:days?|weeks?|wks?|months?|years?|yrs?)$/, 1440],
];
const WORD_VALUE: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, fifteen: 15, twenty: 20, few: 3, couple: 2, several: 3 };
/** A duration in a match: its number (or number word) and unit. */
const DURATION = /\b(\d{1,4}(?:[.,]\d{1,2})?|an?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|few|couple|several)(?: of)? ?(seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|weeks?|wks?|months?|years?|yrs?)\b/;

/** The match's duration in minutes, or null when it names none. */
function minutesIn(match: string): number | null {
  const d = DURATION.exec(match);
  if (d === null) return null;
  const v = /^\d/.test(d[1]!) ? Number(d[1]!.replace(',', '.')) : (WORD_VALUE[d[1]!] ?? 1);
  for (const [re, m] of UNIT_MINUTES) if (re.test(d[2]!)) return v * m;
  return null;
}

/** Words that make even a short stretch a wait: it was spent on hold, in a queue, waiting. */
const WAITING = /\b(?:hold|holding|queue|queued|queuing|wait|waiting|waited|line|phone|chat|calling|trying|spent|wasted|chasing|ignored|stuck|stranded)\b/;
/** …or right after it: "after 20 mins on hold". */
const HELD = /^ (?:of |in |on )?(?:hold|the queue|queue|waiting|being)\b/;
/** What may follow "N days later" when the stretch itself is the point: the clause ends, or goes on to what still is not. */
const AFTER_LATER = new Set(['and', '&', 'still', 'nothing', 'no', 'not', 'never', 'yet', 'now', 'but', 'with', 'without', 'of', 'already', 'counting', 'on', 'in', 'at']);
/**
 * A chat poke after silence (h50): "hello?", "anyone??", "are you still there?" on a line or in a sentence of its own.
 * Next to one, even a short stretch is a wait: "hello?\nit's been 20 mins".
 */
const POKE = /(?:^|[\n.!?]) ?(?:hello+|hel+o+|hi+|hey+|anyone|anybody|some ?one|some ?body)(?: there| at all)? ?\?+|\b(?:are )?you (?:still )?there ?\?/;
/** A night spent somewhere, not something that happens overnight. */
const NIGHT_SPENT = /\b(?:stuck|stranded|delayed|wait|waiting|waited|kept|sleep|slept|sleeping|spent|stay|stayed|staying|hold|airport|terminal|gate|hotel|lounge|station|car|floor|outside|cancell?ed)\b/;
/** Something put on hold, or a wait the customer says they cannot make. */
const NOT_WAITED = /\b(?:put|putting|place|placing|keep|keeping)\s+(?:my|our|the|this)\s+(?:\w+\s+)?(?:account|order|subscription|membership|plan|service|card|line|booking|delivery|box|policy)\s+on hold\b|\b(?:can'?t|cannot|can not)\s+(?:\w+\s+)?(?:sit|wait|stay|hang|be)\s+(?:on hold|in (?:a|the) queue|around|waiting)\b/;
/** A wait the customer offers, or asks the company to make. */
const OFFERED = /\b(?:happy|willing|glad|fine|ok|okay|able|prepared|content|can|could|would|will|please) (?:you |we |i )?(?:to )?(?:just )?(?:wait|hold)\b/;

/** A stretch counted in years. */
const YEARS = /\b(?:years?|yrs?)\b/;
/** What keeps a stretch in years a wait: it is still going on, or spent waiting or chasing. */
const STILL_WAITING = /\b(?:still|waiting|waited|wait|pending|yet|nothing|never|chasing|trying|tried|asking|asked|calling|called|disput\w*|since|no (?:reply|response|answer|refund|word|resolution|update|news))\b/;
/** A stretch named with no number. */
const VAGUE = /^(?:for|in|after) (?:days|weeks|months|ages)(?: now| on end)?$/;
/** (h80) A fault that recurs after a set time, right before "after": a machine's behaviour, not a wait ("handsets
 * dropping calls after exactly 30 minutes", "the VPN disconnects after an hour"). */
const FAULT_BEFORE = /\b(?:dropping|drops|drop|disconnect(?:s|ing)?|cut(?:s|ting)? (?:out|off)|times? out|timing out|crash(?:es|ing)|freez(?:es|ing)|shuts? (?:off|down)|shutting (?:off|down)|restarts|restarting|reboots|rebooting|stops|stopping|logs? (?:me |us |users |everyone )?out|logging (?:me |us |users |everyone )?out|goes (?:offline|dead|to sleep)|going (?:offline|dead))(?: [\w']+){0,2}\s+$/;
/** (h80) The length of an event, not a wait: "Your outage yesterday lasted 3 hours 40 minutes". */
const LASTED = /\blasted\s+(?:about |around |nearly |almost |over |just over |for )?$/;

/** A wait said not to be needed. */
const NO_NEED = /\b(?:no need to|without (?:having to |needing to )?|didn'?t (?:have|need) to|don'?t (?:have|need) to|never have to|no more)\b[^,;]{0,50}$/;

/**
 * Whether a long-wait rule's match between `start` and `end` of `lower` (the prepared text, ASCII lower-cased)
 * stays: false when its clause reads as no wait of the customer's (see above).
 */
export function isWait(lower: string, start: number, end: number): boolean {
  const match = lower.slice(start, end);
  const { from: clauseStart, to: clauseEnd } = spanAround(lower, start, end, '.!?;\n');
  const clause = lower.slice(clauseStart, clauseEnd);
  // a point in a story: "N later" followed by what happened then
  if (/\blater$/.test(match)) {
    const next = /^\s*([a-z&']+)/.exec(lower.slice(end, clauseEnd));
    if (next !== null && !AFTER_LATER.has(next[1]!)) return false;
  }
  // a short stretch, unless it was spent on hold or waiting (said in it or right after it: "after 20 mins on hold")
  const minutes = minutesIn(match);
  if (minutes !== null && minutes < 30 && !WAITING.test(match) && !HELD.test(lower.slice(end, Math.min(clauseEnd, end + 24))) && !POKE.test(lower.slice(Math.max(0, start - 120), end + 120))) return false;
  // someone else who waited, with no stretch said: "he waited when I forgot my keys", "You waited. That's service"
  if (match === 'waited' && /\b(?:he|she|they|you|driver|courier)\s+$/.test(lower.slice(Math.max(clauseStart, start - 12), start)) && minutesIn(lower.slice(end, clauseEnd)) === null) return false;
  // a question about how long a process takes
  if (/^how long (?:does|will|would|should|is|did) (?:it|this|that)\b/.test(match) && !/\bwait\b/.test(match)) return false;
  // something that happens overnight
  if (/^over ?night$/.test(match) && !NIGHT_SPENT.test(clause)) return false;
  // an account or an order put on hold, not a call held: "I'd like to put my account on hold while I'm abroad for six
  // months"; a wait the customer says they cannot make, not one made: "I can't sit on hold for 40 minutes during work
  // hours". Every match from there to the clause's end is that suspension's or that hypothetical wait's.
  const notWaited = NOT_WAITED.exec(clause);
  if (notWaited !== null) {
    const from = clauseStart + notWaited.index;
    const between = lower.slice(Math.min(start, from + notWaited[0].length), start);
    if (from <= start && !/\b(?:and|but|then|so)\b|,/.test(between)) return false;
  }
  // (h52) years as a customer, a lease, a record, not a wait: "After 14 years with no claims, we had a fire", "After 3
  // years I'm done", "after a 2 year lease" (kept: "after 2 years still no refund", "been waiting 2 years")
  if (minutes !== null && YEARS.test(match) && !STILL_WAITING.test(clause)) return false;
  // (h73) a vague stretch with no number ("for weeks", "in ages") told of a thing's state, with nothing waited for or
  // chased in its clause: "Street light has been flickering for weeks, now it's out", "best flight in ages", "been
  // watching it for weeks" (kept: "still no refund after weeks", "waiting for days", "for weeks of back and forth")
  if (minutes === null && VAGUE.test(match) && !STILL_WAITING.test(clause) && !WAITING.test(clause) && !/\bback and forth\b/.test(clause)) return false;
  // (h52) a wait said not to be needed: "no need to go to a store or wait on hold" (kept: "I had to wait on hold")
  if (NO_NEED.test(lower.slice(Math.max(clauseStart, start - 60), start))) return false;
  // (h52) a point in a story told with a comma: "4 weeks later, the leasing company sent me a bill" (kept: "90 days
  // later, I still have not…", "3 weeks later, nothing")
  if (/\blater$/.test(match) && /^\s*[,(]\s*(?:the|they|he|she|it|their|a|an)\b/.test(lower.slice(end, end + 12)) && !STILL_WAITING.test(lower.slice(end, clauseEnd))) return false;
  // (h80) a rate's "a week", not a stretch: "I am working from home 2 days a week now"
  if (isRateUnit(lower, start)) return false;
  // (h80) a fault that recurs after a set time, or an event's length, with no wait in its clause: "our VoIP handsets
  // dropping calls after exactly 30 minutes", "Your outage yesterday lasted 3 hours 40 minutes" (kept: "disconnects
  // after 40 minutes on hold", "the call lasted 2 hours and I was on hold for most of it")
  if ((/^after\b/.test(match) && FAULT_BEFORE.test(lower.slice(Math.max(clauseStart, start - 40), start))) || LASTED.test(lower.slice(Math.max(clauseStart, start - 30), start))) {
    if (!WAITING.test(clause) && !HELD.test(lower.slice(end, Math.min(clauseEnd, end + 24)))) return false;
  }
  // (h80) the company's act done, dating a thing the customer has: "This is the replacement you sent three weeks ago
  // after the first one did the same" (kept: "the code you sent 3 days ago never arrived", "I sent it 3 weeks ago")
  if (/^sent\b/.test(match) && /\b(?:you|your \w+|they)\s+$/.test(lower.slice(Math.max(clauseStart, start - 16), start)) && !STILL_WAITING.test(clause) && !/\b(?:not|never|arrived?|received|n't)\b|n't\b/.test(lower.slice(start, clauseEnd))) return false;
  // a wait offered or asked for
  if (/^(?:wait|for|hold)\b/.test(match) && OFFERED.test(lower.slice(Math.max(clauseStart, start - 50), end))) return false;
  return true;
}
