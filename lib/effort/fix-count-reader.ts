/**
 * A reader pass over sentences (issue 12, h54): the company's fixes named as things — counted, or a fault dated from
 * one — with the fault still there. The failed fix is told by its noun, not by a verb of trying.
 *
 *   "Three engineers have come out and it's still dropping."     "4 replacements, same fault."
 *   "The line drops every night since the engineer's visit."    "producing basically nothing since the inverter swap"
 *   (h78) "The replacement gearbox you sent has the wrong output shaft."    "The mesh you fitted last spring has come away"
 *
 * Not fixes that held ("Two engineers came and it works now"), a count with no fault after it ("three engineers are
 * booked"), a plan or a question ("will a second engineer visit?"), nor a fault dated from something that is no fix
 * ("dropping since Monday", "slow since the update" — an update is no repair of this fault), nor "no problems since the
 * repair".
 */
import type { EffortSignal } from './types';
import { DECIMAL_SAFE_SENTENCE, listSentences } from './sentence-list';

const MAX_SENTENCES = 60;

/** Fixes counted: more than one engineer, visit, replacement or repair. */
const FIXES_COUNTED =
  /\b(?:two|three|four|five|six|seven|\d{1,2}|several|multiple) (?:different |separate )?(?:engineers?|technicians?|techs|visits|repairs|replacements?|fixes|patches|call-?outs|plumbers|electricians|fitters|repairm[ae]n|new (?:[\w-]+ )?(?:units|parts|routers|modems|boxes|cards|batteries|handsets|devices))\b/;
/** The fault still there, after the count. */
const STILL_THERE =
  /\b(?:still|same (?:fault|problem|issue|thing|error|result)|again|nothing (?:has )?(?:changed|works|worked|fixed)|(?:not|never) (?:fixed|working|sorted|resolved|solved)|(?:isn'?t|wasn'?t|doesn'?t|didn'?t|won'?t|hasn'?t|can'?t) (?:\w+ )?(?:work|fixed|fix|solve|sorted|resolved|stop|connect|charge|start|help)\w*|no (?:change|difference|better|luck)|keeps? \w+ing|worse)\b/;
/** A fault dated from a fix. */
const SINCE_FIX =
  /\b(?:since|after) (?:the|your|their|our|my|his|her) (?:[\w'-]+ ){0,2}?(?:visit|repair|swap|replacement|fix|install|installation|call-?out|service|repair job)\b/;
/** The fault, before the date. */
const FAULT =
  /\b(?:still|again|nothing|not (?:working|fixed|charging|connecting)|(?:doesn'?t|won'?t|can'?t|isn'?t|stopped|keeps?) \w+|drops?|dropping|cuts? out|cutting out|dead|broken|leak(?:s|ing)?|down|worse|fail(?:s|ed|ing)?|crash(?:es|ing)?|tripping|trips|no (?:power|signal|internet|heat|hot water|sound|picture))\b/;
/** A fix that held, or no fault: "works now", "no problems since the repair". */
const HELD = /\b(?:works?(?: \w+)? (?:now|fine|perfectly|great)|working (?:now|fine|again)|fixed it|sorted it|all good|no (?:problems?|issues?|faults?|complaints)|nothing wrong|thank(?:s| you))\b/;

/**
 * (h78) A fix of the company's named as a thing — the replacement, the part or the work they sent or did — and, after
 * it in its clause, the same fault or a failure of the thing itself: "The replacement gearbox you sent has the wrong
 * output shaft", "replacement has the exact same fault", "The mesh you fitted last spring has come away", "The new
 * router you sent has the exact same drop-outs". Not the customer's own order ("Ordered a replacement card, still
 * nothing": a wait), a replacement sent with praise, a condition or a question ("If the replacement doesn't fit…").
 */
const FIX_THING =
  /(?:^\s*|\b(?:the|your|this|that|a|my) )(?:[\w-]+ ){0,3}?(?:replacements?(?: (?!(?:has|had|have|is|was|are|were|arrived|came|turned|which|that|you|they|also|too|doesn|won|didn|isn|wasn|never)\b)[\w-]+)?|[\w-]+ (?:(?:that |which )?(?:you|your (?:engineers?|technicians?|techs?|fitters?|plumbers?|team|contractors?|installers?|guys?|man)|they|he)(?: have| had|'ve)? (?:sent|fitted|installed|replaced|repaired|fixed|supplied|put in|shipped|swapped|patched|applied|issued)))\b/;
/** The fix failed: the same fault, a wrong or broken thing, a thing that does not work or came away. */
const FIX_FAILED =
  /^[^,;?]{0,80}?\b(?:(?:has|had|have|with|shows?|gives?|is doing) (?:the )?(?:exact |very )?same (?:fault|problem|issue|defect|error|drop-?outs?|behaviou?r|symptoms?|crack|leak|noise|thing)|(?:has|had|is|was|are|were|came|arrived|turned up|it'?s|it is|they'?re|they are) (?:also |too )?(?:the )?(?:wrong|faulty|broken|dead|damaged|defective|cracked)\b|(?:doesn'?t|does not|won'?t|didn'?t|isn'?t|wasn'?t|never) (?:fit|fits|work|works|worked|scan|activate|turn on|charge|connect|hold|held|last|lasted)\b|(?:has|have|had) (?:come|came) (?:away|off|loose|apart|undone|unstuck)|(?:has|have) (?:failed|broken|split|cracked|stopped working|snapped|worn through)|(?:failed|broke|stopped working|leaked|leaks|cracked) again)/;
/** A remedy told as praise or plan: "shipped a replacement the same day", "will send a replacement". */
const NOT_A_FAILED_FIX = /\b(?:if|when|in case|unless|hope|hopefully|will|would|could|can|should|going to|please|without)\b/;

/** The unresolved signal counted or dated fixes show in `prepared`; the match is cut from `original` (same offsets). */
export function readFixCounts(original: string, prepared: string): EffortSignal[] {
  const lower = prepared.toLowerCase();
  if (!/\b(?:since|after|engineers?|technicians?|techs|visits|repairs|replacements?|fixes|patches|call-?outs|new|sent|fitted|installed|replaced|repaired|fixed|supplied|put in|shipped|swapped|patched|applied|issued)\b/.test(lower)) return [];
  const list = listSentences(lower, DECIMAL_SAFE_SENTENCE, MAX_SENTENCES);
  const out = (start: number, end: number): EffortSignal[] => [{ id: 'unresolved', start, end, match: original.slice(start, end) }];
  for (let i = 0; i < list.length; i++) {
    const s = list[i]!;
    if (s.text.includes('?')) continue;
    const counted = FIXES_COUNTED.exec(s.text);
    if (counted !== null) {
      const afterAt = counted.index + counted[0].length;
      const next = list[i + 1];
      const places = [{ text: s.text.slice(afterAt), start: s.start + afterAt }, ...(next !== undefined && !next.text.includes('?') ? [next] : [])];
      for (const p of places) {
        if (HELD.test(p.text)) break;
        const still = STILL_THERE.exec(p.text);
        if (still !== null) return out(s.start + counted.index, p.start + still.index + still[0].length);
      }
    }
    const thing = FIX_THING.exec(s.text);
    if (thing !== null && !NOT_A_FAILED_FIX.test(s.text.slice(0, thing.index + thing[0].length))) {
      const afterAt = thing.index + thing[0].length;
      const failed = FIX_FAILED.exec(s.text.slice(afterAt));
      if (failed !== null && !HELD.test(s.text) && !NOT_A_FAILED_FIX.test(failed[0])) return out(s.start + thing.index, s.start + afterAt + failed[0].length);
    }
    const since = SINCE_FIX.exec(s.text);
    if (since !== null) {
      const before = s.text.slice(Math.max(0, since.index - 120), since.index);
      const fault = FAULT.exec(before);
      if (fault !== null && !HELD.test(s.text)) return out(s.start + since.index - before.length + fault.index, s.start + since.index + since[0].length);
    }
  }
  return [];
}
