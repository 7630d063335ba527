/**
 * A reader pass over sentences, not a rule expression (issue 12's ninth pass): a promise that named a time, then a
 * later sentence that says what time it is now, past the promised one.
 *
 *   "Refund was promised 'within 10 business days' in April. It is July."     → unresolved + long wait
 *   "Told it'll be 'sent over'. That was yesterday."                          → unresolved + long wait
 *   "my autoship was supposed to go out the 3rd and its the 11th"             → unresolved + long wait
 *   "the store told me the credit would show up in 2 bills. it's been 4."     → unresolved + long wait
 *   "Support said 'next release' 3 releases ago"                              → unresolved + long wait
 *
 * Not a promise still in time: "said 5-7 days. It's been 3." and "due on the 14th. It's the 12th." are read as
 * numbers and compared (days with days, months with months, hours with hours, counts with counts); a now that
 * cannot be compared with the promise counts only when it is plainly later ("That was <a past time>", "N … ago").
 *
 * Why code: the regular-expression form (an attempt, a lazy gap of 200 characters, a list of states) is the largest
 * expression the detector compiles; this reads each sentence once with a few small expressions, compiled once, and
 * needs none of them on a message with no promise word.
 */
import type { EffortSignalId } from '../taxonomy';
import type { EffortSignal } from './types';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)`;
const WEEKDAY = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)`;
const SEASON = String.raw`(?:spring|summer|autumn|fall|winter|christmas|easter|new year)`;
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const COUNT = String.raw`(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const NUM = String.raw`(?:${COUNT}|a|an)`;
const UNIT = String.raw`(?:minutes?|mins?|hours?|hrs?|h|days?|business days?|working days?|weeks?|wks?|months?|years?|bills?|cycles?|billing cycles?|releases?|updates?|flights?|statements?)`;

/** A word that makes a sentence a promise or an expected time: said, told, promised, supposed to, due, within… */
const PROMISE_CUE = new RegExp(
  String.raw`\b(?:said|says|say|told|tells|promised|promising|agreed|approved|assured|quoted|confirmed|guaranteed|booked|supposed to|meant to|(?:was|were|is|are) due|due (?:on|by|in)|scheduled|estimated|expected|eta|within|would|will|'ll)\b`,
);

/** The time a promise named. */
const DUE = new RegExp(
  String.raw`\b(?:within |in |by |on |for |after |from |between )?(?:(?<range>\d{1,3})\s?(?:-|to)\s?)?(?<n>${NUM})(?:\+)?\s?(?<unit>${UNIT})\b` +
    String.raw`|\b(?:by |on |for |the )(?<ord>\d{1,2})(?:st|nd|rd|th)\b` +
    String.raw`|\b(?:in |by |for |before |until )(?<month>${MONTH})\b` +
    String.raw`|\b(?:in |by |for |before |until |over |after )(?:the )?["']?${SEASON}\b` +
    String.raw`|\b(?:on |by |until |for )xx\/[\dx/]*` +
    String.raw`|\b(?:by |at |between \d{1,2} and )(?<clock>\d{1,2})(?::\d\d)?\s?(?<ampm>am|pm)?\b` +
    String.raw`|\b(?<soon>today|tomorrow|tonight|this (?:week|afternoon|morning|evening)|next (?:week|month|cycle|bill|release|update|day|business day|working day)|(?:the )?next flight|soon|asap|right away|shortly|${WEEKDAY})\b`,
);

/** A sentence (or the rest of one) that says what time it is now. */
const NOW = new RegExp(
  String.raw`^(?:(?:and|but|so|yet|now|well|lol|ok|today)[, ]+)?(?:(?:it'?s|its|it is|today is|today'?s|we'?re|we are|this is|now it'?s|now is|it'?s now|its now|it is now)(?: now| already| currently| officially| literally)?(?: been)?(?: (?:over|nearly|almost|more than|about))? (?:(?:the )?(?<ord>\d{1,2})(?:st|nd|rd|th)\b|(?<month>${MONTH})\b|day (?<day>\d{1,3})\b|(?<clock>\d{1,2})(?::\d\d)?\s?(?<ampm>am|pm)\b|(?<n>${COUNT})(?: (?<unit>${UNIT}))?\b(?! (?:of|for|more|min|minutes? (?:late|away)))|(?:a|an) (?<unit1>${UNIT})\b|(?<weekday>${WEEKDAY})\b|xx\/[\dx/]*|(?:well )?past (?:that|it|the)\b)` +
    String.raw`|(?:it has|it'?s|its|has it|have|has)(?: now)? been (?:over |nearly |almost |more than |about )?(?<n2>${NUM})(?: (?<unit2>${UNIT}))?\b(?! of)` +
    String.raw`|that was (?:(?:over|about|almost|nearly|more than) )?(?:yesterday|last (?:night|week|month|year|${WEEKDAY})|in (?:${MONTH}|the spring|the summer|the autumn|the fall|the winter)|on (?:${WEEKDAY}|the \d{1,2}(?:st|nd|rd|th))|${WEEKDAY}|(?:${NUM}|several|a few|a couple of) (?:${UNIT}) ago|this morning|months ago|weeks ago|ages ago))`,
);

/** "… said 'next release' 3 releases ago", "said 'your bag is on the next flight' 4 flights ago": a promise dated by what came since. */
const AGO = new RegExp(String.raw`\b(?<n>${NUM}|several|a few) (?<unit>${UNIT}) ago\b`);

/** A now said with content: "It has been 3 days, all working, thanks". */
const CONTENT = /\b(?:thanks|thank you|cheers|love|loving|great|happy|perfect|works|working fine|all good|no rush|no worries)\b/;

/** A promise made, not a time guessed: "promised", "agreed", "would", "'ll". */
const FIRM = /\b(?:promised|agreed|assured|guaranteed|confirmed|approved|would|will|'ll|'d|supposed to|meant to)\b/;

/** A promise still in the future, or asked about ("will it arrive by the 14th?"): not a promise the customer holds. */
const NOT_A_PROMISE = /\b(?:(?:i|we) (?:said|told|promised|agreed|asked|approved|confirmed|would|will)|if|unless|when will|will it|will my|would it|is it|does it|do you|can you|could you|should i|i will|i'll|we will|we'll|i would|i'd)\b/;

const SENTENCE = /[^.!?\n;]+[.!?\n;]*/g;
const CLAUSE_SPLIT = /,\s+|\s+(?:but|and|yet|so)\s+(?=(?:it'?s|its|it is|it has|that was|today|now|we'?re|we are)\b)/g;

interface Piece {
  text: string;
  start: number;
  end: number;
}

/** The sentences of `lower` (the text lower-cased in ASCII), each split once more at a comma or "but it's…". */
function pieces(lower: string): Piece[] {
  const out: Piece[] = [];
  SENTENCE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE.exec(lower)) !== null) {
    const s = m[0];
    const base = m.index;
    CLAUSE_SPLIT.lastIndex = 0;
    let from = 0;
    let c: RegExpExecArray | null;
    while ((c = CLAUSE_SPLIT.exec(s)) !== null) {
      pushPiece(out, s, base, from, c.index);
      from = c.index + c[0].length;
    }
    pushPiece(out, s, base, from, s.length);
  }
  return out;
}

function pushPiece(out: Piece[], s: string, base: number, from: number, to: number) {
  let a = from;
  while (a < to && /[\s"'(@#*\-]/.test(s[a])) a++;
  let b = to;
  while (b > a && /[\s.!?;,]/.test(s[b - 1])) b--;
  if (b > a) out.push({ text: s.slice(a, b), start: base + a, end: base + b });
}

const numberOf = (w: string | undefined): number | null => {
  if (w === undefined) return null;
  if (/^\d+$/.test(w)) return Number(w);
  if (w === 'a' || w === 'an') return 1;
  const i = NUMBER_WORDS.indexOf(w);
  return i >= 0 ? i : null;
};

const monthOf = (w: string | undefined): number | null => {
  if (w === undefined) return null;
  const i = MONTHS.findIndex((m) => m.startsWith(w.slice(0, 3)));
  return i >= 0 ? i : null;
};

const unitKind = (u: string | undefined): string | null => {
  if (u === undefined) return null;
  if (/^(?:minutes?|mins?)$/.test(u)) return 'minute';
  if (/^(?:hours?|hrs?|h)$/.test(u)) return 'hour';
  if (/days?$/.test(u)) return 'day';
  if (/^(?:weeks?|wks?)$/.test(u)) return 'week';
  if (/^months?$/.test(u)) return 'month';
  if (/^(?:years?)$/.test(u)) return 'year';
  return u.replace(/^(?:billing )/, '').replace(/s$/, '');
};

const TO_DAYS: Record<string, number> = { minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, month: 30, year: 365 };

const hour24 = (h: number, ampm: string | undefined) => (ampm === 'pm' && h < 12 ? h + 12 : ampm === 'am' && h === 12 ? 0 : h);

/**
 * Whether `now` is past `due`. True when the two cannot be compared (the now sentence itself says time has gone
 * by), false only when both are read as the same kind of number and now is not past.
 */
function pastDue(due: RegExpExecArray, now: RegExpExecArray): boolean {
  const d = due.groups ?? {};
  const n = now.groups ?? {};
  // days of the month
  if (d.ord !== undefined && n.ord !== undefined) return Number(n.ord) > Number(d.ord);
  // months
  const dm = monthOf(d.month);
  const nm = monthOf(n.month);
  // "in April. It is July"; "in October. It is January" (over the year's end: half a year back or more is later)
  if (dm !== null && nm !== null) return nm > dm || dm - nm >= 6;
  // clock hours: "between 8 and 12. its 4pm"
  if (d.clock !== undefined && n.clock !== undefined) {
    const dh = hour24(Number(d.clock), d.ampm ?? (Number(d.clock) < 7 ? 'pm' : undefined));
    const nh = hour24(Number(n.clock), n.ampm ?? (Number(n.clock) < 7 ? 'pm' : undefined));
    return nh > dh;
  }
  // counts and durations: "5-7 days … it is now 15 days", "in 2 bills. it's been 4", "day 16"
  const dueN = numberOf(d.n);
  const nowN = numberOf(n.n ?? n.n2 ?? n.day ?? (n.unit1 !== undefined ? 'a' : undefined));
  if (dueN !== null && nowN !== null) {
    const dueMax = d.range !== undefined ? Math.max(Number(d.range), dueN) : dueN;
    const du = unitKind(d.unit);
    const nu = unitKind(n.unit ?? n.unit1 ?? n.unit2 ?? (n.day !== undefined ? 'day' : undefined)) ?? du;
    if (du !== null && nu !== null && du !== nu) {
      if (TO_DAYS[du] !== undefined && TO_DAYS[nu] !== undefined) return nowN * TO_DAYS[nu] > dueMax * TO_DAYS[du];
      return false;
    }
    return nowN > dueMax;
  }
  // a now that names a day or a month against a promised duration or "tomorrow": later by how it is told
  return true;
}

/**
 * The unresolved and long-wait signals the promise-then-now structure shows in `prepared` (the text as the rules
 * read it); matches are cut from `original` (same offsets).
 */
export function readPromises(original: string, prepared: string): EffortSignal[] {
  const lower = prepared.toLowerCase();
  if (!PROMISE_CUE.test(lower)) return [];
  const list = pieces(lower);
  for (let i = 0; i < list.length; i++) {
    const p = list[i];
    const cue = PROMISE_CUE.exec(p.text);
    if (cue === null || NOT_A_PROMISE.test(p.text.slice(0, cue.index + cue[0].length))) continue;
    const after = p.text.slice(cue.index);
    // "said 'next release' 3 releases ago": the promise dated by what came since, in the same sentence.
    const ago = /["']/.test(after) ? AGO.exec(after) : null;
    if (ago !== null) return found(original, p.start, p.end, true);
    const due = DUE.exec(after);
    // the now: the next two pieces (a clause after "but it's…" is a piece of its own)
    for (let k = i + 1; k <= i + 2 && k < list.length; k++) {
      const now = NOW.exec(list[k].text);
      if (now === null) continue;
      if (CONTENT.test(list[k].text)) break;
      const thatWas = /^that was\b/.test(now[0]);
      // no time promised ("they agreed to refund it"), then weeks gone by: "It has been 60 days."
      const elapsed = due === null && now.groups?.n2 !== undefined && /^(?:days?|weeks?|months?|years?|business days?|working days?)$/.test(now.groups.unit2 ?? '');
      if (due === null && !thatWas && !(elapsed && FIRM.test(after))) break;
      if (due !== null && !thatWas && !pastDue(due, now)) break;
      // a weekday as now is a broken promise, not a long wait ("by Monday. It is Thursday": our labelers, the corpus)
      return found(original, p.start, list[k].end, now.groups?.weekday === undefined);
    }
  }
  return [];
}

function found(original: string, start: number, end: number, longWait: boolean): EffortSignal[] {
  const match = original.slice(start, end);
  const ids: EffortSignalId[] = longWait ? ['long-wait', 'unresolved'] : ['unresolved'];
  return ids.map((id) => ({ id, start, end, match }));
}
