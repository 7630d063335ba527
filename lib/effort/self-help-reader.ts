/**
 * A reader pass over sentences (issue 12, h43): the customer's own try at a fix, then a state that says it did not
 * work — failed self-help, read from the order of the two rather than from one phrase.
 *
 *   "Changed the batteries, still nothing."            "We changed the paper roll, same."
 *   "I tried the re-pair steps but it doesn't find the reader."    "Reinstalled. Won't open."
 *   "the band won't sync. tried unpairing, restarting, everything"  "paper jam but no paper inside. already turned it off and on."
 *
 *   (h54) "Support said \"clear the cache.\" Done that twice now."   "Did it 3 times."   "Tried 3 cables 2 TVs"
 *
 * A try with a failure after it in its sentence (or in the next sentence when that one is short), or a try said as
 * done already, or a list of tries, in a message whose other sentences say something is wrong. Not a plan or a
 * question ("should I reset it?", "before I reinstall"), nor a try that worked ("restarted and it works now").
 * A fix done a counted number of times did not hold; a suggested fix said "done that" counts only with a count or
 * "already"; an act tried again ("tried like 6 times", "checked 3 times") is no fix.
 */
import type { EffortSignal } from './types';

/** The tries, past tense: what a customer does before writing in. */
const TRY =
  /\b(?:restarted|rebooted|reinstalled|re-installed|uninstalled|deleted|reset|cleared|updated|changed|replaced|cleaned|unplugged|replugged|unpaired|re-paired|repaired|reconnected|disconnected|power[- ]cycled|turned (?:it|them|the \w+) off and on(?: again)?|switched (?:it|them|the \w+) off and on(?: again)?|logged out|signed out|re-?entered|retyped|re-?tried|tried|followed|checked|tested|swapped|reseated|recharged|(?:did|done) (?:the|a|an|all the) (?:[\w-]+ )?(?:reinstall|reset|restart|reboot|update|steps?|fix|workaround|troubleshooting)|did (?:exactly )?(?:as|what) (?:you|they|the \w+|your \w+) (?:said|suggested|asked|told me)|(?:done|ran|run) (?:the|all the|a|every) (?:[\w-]+ )?(?:tests?|checks?|steps|troubleshooting|diagnostics?)|used (?:a|another|a different) (?:cable|charger|browser|device|phone|port|card|router)|(?:did|done) (?:it|that|this|those)|try(?= (?:\d+|two|three|four|five|several|multiple|(?:a |an )?different|other|another) ))\b/g;
/** A try said with a count of times: done more than once, it did not hold ("Did it 3 times.", "Done that twice now"). */
const REPEATED = /^(?:\s+[\w'-]+){0,3}?\s+(?:twice|\d{1,2} times|(?:two|three|four|five|six|several|many|multiple|a few|a couple of) times|over and over|again and again)\b/;
/** What the customer did was a done thing only said with a count or "already": "did that", "done it". */
const BARE_DONE = /^(?:did|done) (?:it|that|this|those)$/;
/** Tries counted by their alternatives: "tried 3 cables", "try 3 different card" (h80: not a count of times, the act
 * itself tried again: "we've tried 4 times since 8am"). */
const ALTERNATIVES = /^\s+(?:\d{1,2}|two|three|four|five|several|multiple|(?:a |an )?different|other|another) (?:different |other )?(?!times?\b)[a-z]/;
/** A try that went through in the end. */
const WENT_THROUGH = /\b(?:finally|eventually|went through|worked)\b/;
/** Not a try told as done: a plan, an ask, a condition, a negation, the company's own doing asked for. */
const NOT_DONE = /\b(?:to|please|pls|can|could|should|shall|will|would|if|how|need|needs|want|wants|before|don't|dont|didn't|didnt|haven't|havent|not|never|do i|have to|must|when|whether|or|nothing|nothing's|nobody|no one)\s+(?:\w+\s+)?$/;
/** Who did the try: the customer, said or left out ("Changed the batteries", "I've deleted and reinstalled"). */
const BY_CUSTOMER = /(?:^["')\]]?|[,;:+&]|\b(?:i|we|i've|we've|ive|have|has|already|also|and|then|even|just|both|so|ok|okay|yes|yep|ya|yeah|(?:i|we) did))\s*$/;
/** Says it did not work. */
const FAILED =
  /\b(?:still|same|nothing(?! (?:has |had )?(?:been )?(?:changed|else) (?:on|at|in|from))|no (?:luck|change|difference|joy|improvement|effect|good)|to no avail|(?:didn'?t|did not) (?:work|help|fix|change|do|solve|make|find|connect|load)|doesn'?t|does not|won'?t|wont|will not|can'?t|cannot|can not|couldn'?t|isn'?t|is not|aren'?t|not (?:working|work|fixed|helping|helped|connecting|loading)|fails?|failed|failing|errors?|keeps?|again|stuck|nope|useless|no use|no different|expired|declined|rejected|locked(?: out)?)\b/;
/** Says it worked, or there was no problem: the try is no failure. */
const WORKED =
  /\b(?:works? (?:now|fine|again|perfectly)|working (?:now|fine|again)|fixed it|that fixed|that worked|it worked|sorted it|solved it|all good|all fine|no problems?|thanks?,? (?:that|it) (?:worked|fixed|helped)|resolved (?:it|now)|back to normal|up and running)\b/;
/** "already turned it off and on", "turned it off and on already" */
const ALREADY_BEFORE = /\balready\s+(?:\w+\s+)?$/;
const ALREADY_AFTER = /^[\w\s'-]{0,30}?\balready\b/;
/** A sentence that says something is wrong, elsewhere in the message. */
const WRONG =
  /\b(?:doesn'?t|does not|won'?t|wont|will not|can'?t|cannot|can not|isn'?t|not (?:working|work|showing|loading|syncing|connecting|charging|printing)|keeps?|error|errors|broken|crash(?:es|ed|ing)?|freez(?:es|ing)|stuck|fails?|failed|failing|jam|dead|no (?:paper|signal|sound|power|internet|picture|connection)|lines|faint|wrong|declined|spins|spinning|dropping|drops|slow|expired|invalid)\b/;

/** A next sentence that tells what the try led to: "ya i did the update. now the controller won't pair at all" (h66). */
const NOW_AFTER = /^\s*(?:and |but |so )?now\b/;
/** A next sentence that goes on with the list of tries: "Already tried incognito. And a different browser." (h66) */
const LIST_GOES_ON = /^\s*(?:and|also|plus|&)\s+(?:a|an|another|the|my|on|in|with|via|different|other)\b/;
/** A checklist answered: "Yes I restarted the tablet. Yes I updated the app." — two answers or more (h66). */
const YES_DONE = /^\s*(?:yes|yep|yeah|ya|yup),?\s+(?:i|we)(?:'ve| have)?\s+(?:already\s+)?/;

const SENTENCE = /[^.!?\n]+[.!?\n]*/g;
/** How much of a try's sentence is read on each side of it. */
const WINDOW = 200;
/** The tries again, for a second try right after a first ("deleted and reinstalled"). */
const TRY_IN = new RegExp(TRY.source, 'g');

interface Sentence {
  text: string;
  start: number;
}

function sentences(lower: string): Sentence[] {
  const out: Sentence[] = [];
  SENTENCE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE.exec(lower)) !== null) if (/\w/.test(m[0])) out.push({ text: m[0], start: m.index });
  return out;
}

const wordCount = (s: string) => s.split(/\s+/).filter((w) => /\w/.test(w)).length;

/** The unresolved signal failed self-help shows in `prepared`; matches are cut from `original` (same offsets). */
export function readSelfHelp(original: string, prepared: string): EffortSignal[] {
  const lower = prepared.toLowerCase();
  TRY.lastIndex = 0;
  if (!TRY.test(lower)) return [];
  const list = sentences(lower);
  // which sentences say something is wrong: read once, and only when a try needs it
  let wrongAt: boolean[] | undefined;
  const wrongElsewhere = (i: number) => (wrongAt ??= list.map((o) => WRONG.test(o.text) && !WORKED.test(o.text))).some((w, k) => w && k !== i);
  let tries = 0;
  for (let i = 0; i < list.length; i++) {
    const s = list[i]!;
    if (s.text.includes('?')) continue;
    TRY.lastIndex = 0;
    let t: RegExpExecArray | null;
    while ((t = TRY.exec(s.text)) !== null) {
      // each try is read in a window of its sentence, and a message's first 40 tries only: a pasted 100 KB costs no more
      if (++tries > 40) return [];
      const tryEnd = t.index + t[0].length;
      const before = s.text.slice(Math.max(0, t.index - WINDOW), t.index);
      if (NOT_DONE.test(before) || !BY_CUSTOMER.test(before)) continue;
      // "tried" and "checked" need an object that is a fix: not "tried to call", "checked my email"
      const after = s.text.slice(tryEnd, tryEnd + WINDOW);
      if ((t[0] === 'tried' || t[0] === 'retried') && /^\s+(?:to|calling|ringing|emailing|contacting|reaching|your (?:chat|phone|line|number))\b/.test(after)) continue;
      if ((t[0] === 'checked' || t[0] === 'changed' || t[0] === 'updated' || t[0] === 'deleted') && /^\s+(?:me|us|my (?:e-?mail|inbox|account|bank|statement|address|details|order|plan|card)|the (?:status|tracking|website|statement)|twice|again|for|to|on|in|with)\b/.test(after)) continue;
      const repeated = REPEATED.test(after) && !WENT_THROUGH.test(after.slice(0, 80));
      const already = ALREADY_BEFORE.test(before) || ALREADY_AFTER.test(after);
      if (BARE_DONE.test(t[0])) {
        // "did that" is a try only when done already or more than once, and then it is one in reply to a suggestion
        if (repeated || (already && !WORKED.test(after))) return found(original, s.start + t.index, s.start + Math.min(s.text.trimEnd().length, tryEnd + 40));
        continue;
      }
      const next = list[i + 1];
      const nextShort = next !== undefined && ((next.text.length <= 80 && wordCount(next.text) <= 8) || (NOW_AFTER.test(next.text) && next.text.length <= 160));
      const rest = after + (nextShort && tryEnd + WINDOW >= s.text.length ? ' ' + next!.text : '');
      if (WORKED.test(rest) || WORKED.test(before)) break;
      const failedAfter = FAILED.exec(rest);
      // the failure after the try, in its own sentence or a short next one
      if (failedAfter !== null && !/^\s*(?:to|yet)\b/.test(rest.slice(failedAfter.index + failedAfter[0].length, failedAfter.index + failedAfter[0].length + 4))) {
        const endInSentence = failedAfter.index < after.length ? s.start + tryEnd + failedAfter.index + failedAfter[0].length : next!.start + next!.text.trimEnd().length;
        return found(original, s.start + t.index, endInSentence);
      }
      // a try done already, or a list of tries, in a message that says elsewhere what is wrong
      TRY_IN.lastIndex = 0;
      const more = TRY_IN.exec(after);
      const listed =
        (more !== null && more.index < 60 && /^[\s,+&]*(?:and\s+|then\s+)?(?:[\w'-]+\s+){0,4}?$/.test(after.slice(0, more.index))) ||
        ((t[0] === 'tried' || t[0] === 'try') && ALTERNATIVES.test(after)) ||
        // a fix done again, not the act itself tried again ("tried like 6 times", "checked 3 times")
        (repeated && !/^(?:re-?)?(?:tried|checked|tested|entered|typed)$/.test(t[0]));
      // a follow-up that answers the agent's checklist tells no problem again: the list of tries is the reply
      if ((already || /^\s*(?:i |we )?did$/.test(before.slice(-7).trim()) || YES_DONE.test(before)) && next !== undefined && LIST_GOES_ON.test(next.text) && !list.some((o) => WORKED.test(o.text)))
        return found(original, s.start + t.index, next.start + next.text.trimEnd().length);
      if (YES_DONE.test(before) && list.filter((o) => YES_DONE.test(o.text)).length >= 2 && !list.some((o) => WORKED.test(o.text)))
        return found(original, s.start + t.index, s.start + s.text.trimEnd().length);
      const wrongBefore = WRONG.test(before) && !WORKED.test(before);
      if ((already || listed || /\beverything\b/.test(after)) && (wrongBefore || wrongElsewhere(i)))
        return found(original, s.start + t.index, s.start + Math.min(s.text.trimEnd().length, tryEnd + WINDOW));
    }
  }
  return [];
}

function found(original: string, start: number, end: number): EffortSignal[] {
  return [{ id: 'unresolved', start, end, match: original.slice(start, end) }];
}
