/**
 * A reader pass over sentences (issue 12, h54): the company's fixes named as things — counted, or a fault dated from
 * one — with the fault still there. The failed fix is told by its noun, not by a verb of trying.
 *
 *   "Three engineers have come out and it's still dropping."     "4 replacements, same fault."
 *   "The line drops every night since the engineer's visit."    "producing basically nothing since the inverter swap"
 *
 * Not fixes that held ("Two engineers came and it works now"), a count with no fault after it ("three engineers are
 * booked"), a plan or a question ("will a second engineer visit?"), nor a fault dated from something that is no fix
 * ("dropping since Monday", "slow since the update" — an update is no repair of this fault), nor "no problems since the
 * repair".
 */
import type { EffortSignal } from './types';
import { listSentences } from './sentence-list';

const SENTENCE = /(?:[^.!?\n]|\.(?=\d)){1,400}[.!?\n]*/g;
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

/** The unresolved signal counted or dated fixes show in `prepared`; the match is cut from `original` (same offsets). */
export function readFixCounts(original: string, prepared: string): EffortSignal[] {
  const lower = prepared.toLowerCase();
  if (!/\b(?:since|after|engineers?|technicians?|techs|visits|repairs|replacements?|fixes|patches|call-?outs|new)\b/.test(lower)) return [];
  const list = listSentences(lower, SENTENCE, MAX_SENTENCES);
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
    const since = SINCE_FIX.exec(s.text);
    if (since !== null) {
      const before = s.text.slice(Math.max(0, since.index - 120), since.index);
      const fault = FAULT.exec(before);
      if (fault !== null && !HELD.test(s.text)) return out(s.start + since.index - before.length + fault.index, s.start + since.index + since[0].length);
    }
  }
  return [];
}
