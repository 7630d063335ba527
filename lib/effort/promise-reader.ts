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
const MONTH_WORDS = new Set([...MONTHS, 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);
const SEASONS = new Set(['spring', 'summer', 'autumn', 'fall', 'winter', 'christmas', 'easter']);
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** Units of time, and of things that come round (bills, cycles, releases): the word as written → the unit. */
const UNITS = new Map<string, string>();
for (const [unit, forms] of Object.entries({
  minute: ['minute', 'minutes', 'min', 'mins'],
  hour: ['hour', 'hours', 'hr', 'hrs', 'h'],
  day: ['day', 'days'],
  week: ['week', 'weeks', 'wk', 'wks'],
  month: ['month', 'months'],
  year: ['year', 'years'],
  bill: ['bill', 'bills', 'statement', 'statements'],
  cycle: ['cycle', 'cycles'],
  release: ['release', 'releases', 'update', 'updates'],
  flight: ['flight', 'flights'],
}))
  for (const f of forms) UNITS.set(f, unit);
const SOON = new Set(['today', 'tomorrow', 'tonight', 'soon', 'asap', 'shortly']);
const NEXT_WHAT = new Set(['week', 'month', 'cycle', 'bill', 'release', 'update', 'day', 'flight', 'business', 'working']);

/** A word that makes a sentence a promise or an expected time: said, told, promised, supposed to, due, within… */
const PROMISE_CUE =
  /\b(?:said|says|say|told|tells|promised|promising|agreed|approved|assured|quoted|confirmed|guaranteed|booked|supposed to|meant to|(?:was|were|is|are) due|due (?:on|by|in)|scheduled|estimated|expected|eta|within|would|will|'ll)\b/;

/** A time as read from words: what the promise named, or what the now sentence says. */
interface Time {
  range?: number;
  n?: number;
  unit?: string;
  ord?: number;
  month?: number;
  clock?: number;
  ampm?: string;
  day?: number;
  weekday?: boolean;
  /** a time that cannot be compared: a season, "tomorrow", XX/XX */
  vague?: boolean;
  /** "it has been N …": time gone by */
  elapsed?: boolean;
  /** "that was yesterday": a promise dated in the past */
  thatWas?: boolean;
  /** a date's day of the year ("24 November", "Feb 14th"), and the days a promise adds to it ("on 14 Feb … within 5 days") */
  doy?: number;
  plus?: number;
}

/** The words of a piece, their edges' quotes and punctuation taken off. */
const words = (s: string) =>
  s
    .split(/\s+/)
    .map((w) => w.replace(/^["'(\[]+|["')\].,;:!?]+$/g, ''))
    .filter((w) => w.length > 0);

const numberWord = (w: string | undefined, withA: boolean): number | null => {
  if (w === undefined) return null;
  if (/^\d{1,3}\+?$/.test(w)) return Number.parseInt(w, 10);
  if (withA && (w === 'a' || w === 'an')) return 1;
  const i = NUMBER_WORDS.indexOf(w);
  return i > 0 ? i : null;
};
const ordinal = (w: string | undefined) => (w !== undefined && /^\d{1,2}(?:st|nd|rd|th)$/.test(w) ? Number.parseInt(w, 10) : null);
const monthWord = (w: string | undefined) => (w !== undefined && MONTH_WORDS.has(w) ? MONTHS.findIndex((m) => m.startsWith(w.slice(0, 3))) : null);

const MONTH_START = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const dayOfMonth = (w: string | undefined) => {
  const d = w === undefined ? null : /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(w);
  if (d === null) return null;
  const n = Number.parseInt(d[1]!, 10);
  return n >= 1 && n <= 31 ? n : null;
};
/** A date as numbers at ws[i]: "24 November", "24th of Nov", "November 24", "Feb 14th" → its day of the year and its length in words. */
function dateAt(ws: string[], i: number): [Time, number] | null {
  const d = dayOfMonth(ws[i]);
  if (d !== null) {
    const of = ws[i + 1] === 'of' ? 1 : 0;
    const m = monthWord(ws[i + 1 + of]);
    if (m !== null && !(ws[i + 1 + of] === 'may' && of === 0 && /^(?:be|have|not|i|we|you|it)$/.test(ws[i + 2] ?? ''))) return [{ month: m, ord: d, doy: MONTH_START[m]! + d }, 2 + of];
    return null;
  }
  const m = monthWord(ws[i]);
  if (m === null || ws[i] === 'may') return null;
  const d2 = dayOfMonth(ws[i + 1]);
  return d2 === null ? null : [{ month: m, ord: d2, doy: MONTH_START[m]! + d2 }, 2];
}

/** The unit at ws[i] ("days", "business days", "billing cycles"): the unit and how many words it took. */
function unitAt(ws: string[], i: number): [string, number] | null {
  let w = ws[i];
  if (w === undefined) return null;
  let used = 1;
  if ((w === 'business' || w === 'working' || w === 'billing') && ws[i + 1] !== undefined) {
    w = ws[i + 1]!;
    used = 2;
  }
  const unit = UNITS.get(w);
  return unit === undefined ? null : [unit, used];
}

/** A count with its unit at ws[i]: "5-7 days", "5 to 7 business days", "24-48h", "48hrs", "a week", "2 bills". */
function countAt(ws: string[], i: number, withA: boolean): Time | null {
  const w = ws[i]!;
  const joined = /^(\d{1,3})(?:-(\d{1,3}))?([a-z]+)?$/.exec(w);
  if (joined !== null && (joined[2] !== undefined || joined[3] !== undefined)) {
    const n = Number(joined[2] ?? joined[1]);
    const range = joined[2] !== undefined ? Number(joined[1]) : undefined;
    if (joined[3] !== undefined) {
      const unit = UNITS.get(joined[3]);
      return unit === undefined ? null : { range, n, unit };
    }
    const u = unitAt(ws, i + 1);
    return u === null ? null : { range, n, unit: u[0] };
  }
  const n = numberWord(w, withA);
  if (n === null) return null;
  if (ws[i + 1] === 'to' && numberWord(ws[i + 2], false) !== null) {
    const u = unitAt(ws, i + 3);
    return u === null ? null : { range: n, n: numberWord(ws[i + 2], false)!, unit: u[0] };
  }
  const u = unitAt(ws, i + 1);
  return u === null ? null : { n, unit: u[0] };
}

/** The first time a promise names in `text` (the words from its promise word on). */
function dueIn(text: string, more = ''): Time | null {
  const ws = words(text);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const before = ws[i - 1];
    const date = dateAt(ws, i);
    if (date !== null) {
      // "told on 3 March 'refund approved, 5-7 business days'": the promise's date, and the time it gave from then
      const rest = [...ws.slice(i + date[1]), ...words(more)];
      for (let k = 0; k < rest.length; k++) {
        const c = countAt(rest, k, false);
        if (c !== null && c.unit !== undefined && TO_DAYS[c.unit] !== undefined) return { ...c, ...date[0], plus: Math.max(c.n ?? 0, c.range ?? 0) * TO_DAYS[c.unit]! };
      }
      return date[0];
    }
    const count = countAt(ws, i, true);
    if (count !== null) return count;
    const ord = ordinal(w);
    if (ord !== null && (before === 'by' || before === 'on' || before === 'for' || before === 'the')) return { ord };
    const month = monthWord(w);
    if (month !== null && (before === 'in' || before === 'by' || before === 'for' || before === 'before' || before === 'until')) return { month };
    if (SEASONS.has(w) && before !== undefined && /^(?:in|by|for|before|until|over|after|the)$/.test(before)) return { vague: true };
    if (w.startsWith('xx/') && (before === 'on' || before === 'by' || before === 'until' || before === 'for')) return { vague: true };
    const clock = /^(\d{1,2})(?::\d\d)?(am|pm)?$/.exec(w);
    if (clock !== null && (before === 'by' || before === 'at' || (before === 'and' && ws[i - 3] === 'between'))) {
      return { clock: Number(clock[1]), ampm: clock[2] ?? (ws[i + 1] === 'am' || ws[i + 1] === 'pm' ? ws[i + 1] : undefined) };
    }
    if (SOON.has(w) || WEEKDAYS.has(w)) return { vague: true };
    if ((w === 'this' && /^(?:week|afternoon|morning|evening)$/.test(ws[i + 1] ?? '')) || (w === 'next' && NEXT_WHAT.has(ws[i + 1] ?? ''))) return { vague: true };
    if (w === 'right' && ws[i + 1] === 'away') return { vague: true };
  }
  return null;
}

const FILLERS = new Set(['and', 'but', 'so', 'yet', 'now', 'well', 'lol', 'ok', 'today']);
const NOW_HEADS = [['it', 'is', 'now'], ["it's", 'now'], ['its', 'now'], ['now', "it's"], ['now', 'its'], ['now', 'is'], ['it', 'is'], ['today', 'is'], ["today's"], ["we're"], ['we', 'are'], ['this', 'is'], ["it's"], ['its']];
const ELAPSED_HEADS = [['it', 'has', 'now', 'been'], ['it', 'has', 'been'], ["it's", 'been'], ['its', 'been'], ['has', 'it', 'been'], ['have', 'been'], ['has', 'been'], ['it', 'is', 'now', 'been']];
const HEDGES = new Set(['over', 'nearly', 'almost', 'about']);

const startsWith = (ws: string[], at: number, head: string[]) => head.every((h, k) => ws[at + k] === h);

/** What time the piece says it is now, when it opens on "it's …", "it has been …", "that was …". */
function nowIn(text: string): Time | null {
  const ws = words(text);
  let i = 0;
  if (FILLERS.has(ws[0] ?? '') && ws[1] !== 'is' && ws[0] !== ws[1]) i = 1;
  if (ws[i] === 'that' && ws[i + 1] === 'was') return thatWas(ws, i + 2);
  // a piece that is only time gone by: "5 days ago.", "5 days, nothing", "3 weeks later"
  const bare = countAt(ws, i, true);
  if (bare !== null && bare.range === undefined && TO_DAYS[bare.unit!] !== undefined) {
    const rest = ws.slice(i + (ws[i + 1] === 'business' || ws[i + 1] === 'working' ? 3 : 2));
    if (rest.length === 1 && rest[0] === 'ago') return { thatWas: true };
    if (rest.length === 0 || (rest.length === 1 && /^(?:later|on|now|gone|since)$/.test(rest[0]!))) return { n: bare.n, unit: bare.unit };
  }
  for (const head of ELAPSED_HEADS) if (startsWith(ws, i, head)) return elapsed(ws, i + head.length);
  const head = NOW_HEADS.find((h) => startsWith(ws, i, h));
  if (head === undefined) return null;
  let j = i + head.length;
  if (/^(?:now|already|currently|officially|literally)$/.test(ws[j] ?? '')) j++;
  if (ws[j] === 'been') return elapsed(ws, j + 1);
  if (HEDGES.has(ws[j] ?? '')) j++;
  else if (ws[j] === 'more' && ws[j + 1] === 'than') j += 2;
  if (ws[j] === 'the' && ordinal(ws[j + 1]) !== null) j++;
  const w = ws[j];
  if (w === undefined) return null;
  const date = dateAt(ws, j);
  if (date !== null) return date[0];
  const ord = ordinal(w);
  if (ord !== null) return { ord };
  const month = monthWord(w);
  if (month !== null) return { month };
  if (w === 'day' && /^\d{1,3}$/.test(ws[j + 1] ?? '')) return { day: Number(ws[j + 1]) };
  const clock = /^(\d{1,2})(?::\d\d)?(am|pm)$/.exec(w) ?? (/^\d{1,2}(?::\d\d)?$/.test(w) && (ws[j + 1] === 'am' || ws[j + 1] === 'pm') ? [w, w, ws[j + 1]!] : null);
  if (clock !== null) return { clock: Number.parseInt(clock[1]!, 10), ampm: clock[2] };
  const n = numberWord(w, false);
  if (n !== null) {
    const u = unitAt(ws, j + 1);
    const after = ws[j + (u === null ? 1 : 1 + u[1])];
    if (after !== undefined && /^(?:of|for|more|min|late|away)$/.test(after)) return null;
    return u === null ? { n } : { n, unit: u[0] };
  }
  if ((w === 'a' || w === 'an') && unitAt(ws, j + 1) !== null) return { n: 1, unit: unitAt(ws, j + 1)![0] };
  if (WEEKDAYS.has(w)) return { weekday: true };
  if (w.startsWith('xx/')) return { vague: true };
  if (w === 'past' || (w === 'well' && ws[j + 1] === 'past')) return { vague: true };
  return null;
}

/** "… been 5 weeks", "… been 4" (not "been 3 days of fast internet"). */
function elapsed(ws: string[], j: number): Time | null {
  if (HEDGES.has(ws[j] ?? '')) j++;
  else if (ws[j] === 'more' && ws[j + 1] === 'than') j += 2;
  const n = numberWord(ws[j], true);
  if (n === null) return null;
  const u = unitAt(ws, j + 1);
  if (ws[j + (u === null ? 1 : 1 + u[1])] === 'of') return null;
  return u === null ? { n, elapsed: true } : { n, unit: u[0], elapsed: true };
}

/** "that was yesterday / last Tuesday / in February / 19 days ago / this morning". */
function thatWas(ws: string[], j: number): Time | null {
  if (HEDGES.has(ws[j] ?? '')) j++;
  else if (ws[j] === 'more' && ws[j + 1] === 'than') j += 2;
  const w = ws[j];
  if (w === undefined) return null;
  const next = ws[j + 1] ?? '';
  const past: Time = { thatWas: true };
  if (w === 'yesterday' || WEEKDAYS.has(w)) return past;
  // "that was 3 October", "that was on 14 Feb" (a date said as what the promise's time was)
  if (dateAt(ws, j) !== null || (w === 'on' && dateAt(ws, j + 1) !== null)) return past;
  // "that was 3 Mondays ago"
  if (numberWord(w, true) !== null && /^(?:mon|tues|wednes|thurs|fri|satur|sun)days$/.test(next) && ws[j + 2] === 'ago') return past;
  if (w === 'last' && (/^(?:night|week|month|year)$/.test(next) || WEEKDAYS.has(next))) return past;
  if (w === 'in' && (monthWord(next) !== null || (next === 'the' && SEASONS.has(ws[j + 2] ?? '')))) return past;
  if (w === 'on' && (WEEKDAYS.has(next) || (next === 'the' && ordinal(ws[j + 2]) !== null))) return past;
  if (w === 'this' && next === 'morning') return past;
  if (/^(?:months|weeks|ages)$/.test(w) && next === 'ago') return past;
  if ((w === 'several' || w === 'few' || (w === 'a' && (next === 'few' || next === 'couple'))) && ws.slice(j, j + 5).includes('ago')) return past;
  const count = countAt(ws, j, true);
  if (count !== null && ws.slice(j + 1, j + 4).includes('ago')) return past;
  return null;
}

/** "… said 'next release' 3 releases ago": a count with its unit, then "ago". */
function agoIn(text: string): boolean {
  const ws = words(text);
  for (let i = 0; i + 2 < ws.length; i++) {
    const c = countAt(ws, i, true);
    if (c !== null && ws.slice(i + 2, i + 4).includes('ago')) return true;
  }
  return false;
}

/** Time gone by since a promise, told after the time: "… since you said", "… since they promised". */
const SINCE_PROMISE = /\bsince (?:you|they|he|she|someone|somebody|(?:the|your|an?) [a-z]+) (?:said|told|promised|assured|agreed)\b/;

/** A now told in the promise's own sentence: "… within 3-5 working days' is now on day 9", "… 'today' three days in a row now". */
const NOW_ON_DAY = /\b(?:now|is|it'?s|its) (?:now )?(?:on )?day (\d{1,3})\b/;
const DAY_OF_PROMISE = /\bday (\d{1,3}) of ["'\u201c]((?:[^"'\u201d]|'ll|'d)*?\b(?:will|'ll|would|'d|promised)\b.*)$/;
const IN_A_ROW = /\b(\w+) (?:days|mornings|evenings|weeks|times) (?:in a row|running)\b/;

function nowInPromise(after: string, due: Time | null): boolean {
  const day = NOW_ON_DAY.exec(after);
  if (day !== null && due !== null && due.n !== undefined && due.unit !== undefined && TO_DAYS[due.unit] !== undefined) return pastDue(due, { day: Number(day[1]) });
  const row = IN_A_ROW.exec(after);
  return row !== null && (numberWord(row[1], false) ?? 0) >= 2;
}

/** A now said with content: "It has been 3 days, all working, thanks". */
const CONTENT = /\b(?:thanks|thank you|cheers|love|loving|great|happy|perfect|works|working fine|all good|no rush|no worries)\b/;

/** A promise made, not a time guessed: "promised", "agreed", "would", "'ll". */
const FIRM = /\b(?:promised|agreed|assured|guaranteed|confirmed|approved|would|will|'ll|'d|supposed to|meant to)\b/;

/** A promise still in the future, or asked about ("will it arrive by the 14th?"): not a promise the customer holds. */
const NOT_A_PROMISE = /\b(?:(?:i|we) (?:said|told|promised|agreed|asked|approved|confirmed|would|will)|when (?:[\w']+ ){0,2}(?:will|would)|any (?:update|updates|news|eta)|if|unless|when will|will it|will my|would it|is it|does it|do you|can you|could you|should i|i will|i'll|we will|we'll|i would|i'd)\b/;

const SENTENCE = /[^.!?\n;]+[.!?\n;]*/g;
const CLAUSE_SPLIT = /,\s+|\s+(?:but|and|yet|so)\s+(?=(?:it'?s|its|it is|it has|that was|today|now|we'?re|we are)\b)/g;

interface Piece {
  text: string;
  start: number;
  end: number;
  /** a line the customer quotes (blanked in the prepared text): a promise may be read there, never a now */
  quoted?: boolean;
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
  while (a < to && /[\s"'(@#*>\-]/.test(s[a])) a++;
  let b = to;
  while (b > a && /[\s.!?;,]/.test(s[b - 1])) b--;
  if (b > a) out.push({ text: s.slice(a, b), start: base + a, end: base + b });
}

const unitKind = (u: string | undefined): string | null => u ?? null;

const TO_DAYS: Record<string, number> = { minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, month: 30, year: 365 };

const hour24 = (h: number, ampm: string | undefined) => (ampm === 'pm' && h < 12 ? h + 12 : ampm === 'am' && h === 12 ? 0 : h);

/**
 * Whether `now` is past `due`. True when the two cannot be compared (the now sentence itself says time has gone
 * by), false only when both are read as the same kind of number and now is not past.
 */
function pastDue(d: Time, n: Time): boolean {
  // dates: "would arrive 24 November. It's now 7 December"; "on 14 Feb … within 5 working days. It's now 3 March"
  if (d.doy !== undefined && n.doy !== undefined) {
    const later = (n.doy - (d.doy + (d.plus ?? 0)) + 365) % 365;
    return later > 0 && later < 183;
  }
  // days of the month
  if (d.ord !== undefined && n.ord !== undefined) return n.ord > d.ord;
  // "in April. It is July"; "in October. It is January" (over the year's end: half a year back or more is later)
  if (d.month !== undefined && n.month !== undefined) return n.month > d.month || d.month - n.month >= 6;
  // clock hours: "between 8 and 12. its 4pm"
  if (d.clock !== undefined && n.clock !== undefined) {
    const dh = hour24(d.clock, d.ampm ?? (d.clock < 7 ? 'pm' : undefined));
    const nh = hour24(n.clock, n.ampm ?? (n.clock < 7 ? 'pm' : undefined));
    return nh > dh;
  }
  // counts and durations: "5-7 days … it is now 15 days", "in 2 bills. it's been 4", "day 16"
  const nowN = n.n ?? n.day;
  if (d.n !== undefined && nowN !== undefined) {
    const dueMax = d.range !== undefined ? Math.max(d.range, d.n) : d.n;
    const du = unitKind(d.unit);
    const nu = unitKind(n.unit ?? (n.day !== undefined ? 'day' : undefined)) ?? du;
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
export function readPromises(original: string, prepared: string, folded = prepared): EffortSignal[] {
  // A promise the customer quotes from us ("> … within 5-7 working days." then "That was 3 October. Its December.")
  // is read in the folded text, its quoted lines marked; the now must be the customer's own.
  const lower = folded.toLowerCase();
  if (!PROMISE_CUE.test(lower)) return [];
  const list = pieces(lower);
  if (folded !== prepared) for (const p of list) p.quoted = prepared.slice(p.start, p.end).trim() === '';
  for (let i = 0; i < list.length; i++) {
    const p = list[i];
    // the now told first: "It's now been over 30 days and the last reply said 5-7 business days" (h43)
    const first = p.quoted === true ? null : nowIn(p.text);
    if (first !== null && first.elapsed === true && first.unit !== undefined && !CONTENT.test(p.text)) {
      // "It's been a week since you said you'd 'escalate'": time gone by since a promise, however long it gave
      const since = SINCE_PROMISE.exec(p.text);
      if (since !== null && TO_DAYS[first.unit] !== undefined && first.unit !== 'minute' && first.unit !== 'hour') {
        const told = p.text.slice(since.index + since[0].length);
        const gave = dueIn(told, list[i + 1]?.text);
        const inTime = gave !== null && gave.n !== undefined && gave.unit !== undefined && gave.doy === undefined && !pastDue(gave, first);
        if (!inTime && (since[1] === 'promised' || FIRM.test(told) || (told.trim().length < 30 && FIRM.test(list[i + 1]?.text ?? '')))) return found(original, p.start, p.end, true);
      }
      for (let k = i; k <= i + 1 && k < list.length; k++) {
        const q = list[k];
        const cue = PROMISE_CUE.exec(k === i ? p.text.slice(1) : q.text);
        if (cue === null || !/^(?:said|says|told|promised|quoted|estimated)$/.test(cue[0])) continue;
        const at = k === i ? cue.index + 1 : cue.index;
        if (NOT_A_PROMISE.test(q.text.slice(0, at + cue[0].length)) || CONTENT.test(q.text)) continue;
        const due = dueIn(q.text.slice(at));
        if (due !== null && due.n !== undefined && due.unit !== undefined && due.doy === undefined && pastDue(due, first)) return found(original, p.start, q.end, true);
      }
    }
    // "day 2 of 'we'll call you back within the hour'": the now told first, the promise quoted after it
    const dayOf = p.quoted === true ? null : DAY_OF_PROMISE.exec(p.text);
    if (dayOf !== null) {
      const gave = dueIn(dayOf[2]!);
      const n = Number(dayOf[1]);
      if (gave !== null && gave.n !== undefined && gave.unit !== undefined ? pastDue(gave, { day: n }) : n >= 2) return found(original, p.start, p.end, true);
    }
    // a quoted promise needs a piece of the customer's own soon after it
    if (p.quoted === true && !list.slice(i + 1, i + 7).some((q) => q.quoted !== true)) continue;
    const cue = PROMISE_CUE.exec(p.text);
    if (cue === null || NOT_A_PROMISE.test(p.text.slice(0, cue.index + cue[0].length))) continue;
    const after = p.text.slice(cue.index);
    // "said 'next release' 3 releases ago": the promise dated by what came since, in the same sentence.
    if (/["']/.test(after) && agoIn(after)) return found(original, p.start, p.end, true);
    let due = dueIn(after, list[i + 1]?.text);
    if (nowInPromise(after, due)) return found(original, p.start, p.end, true);
    // "On 14 Feb you said … within 30 days": the promise's date before its word, the time it gave after it
    if (due !== null && due.doy === undefined && due.n !== undefined && due.unit !== undefined && TO_DAYS[due.unit] !== undefined) {
      const ws = words(p.text.slice(0, cue.index));
      for (let k = 0; k < ws.length; k++) {
        const date = dateAt(ws, k);
        if (date !== null) {
          due = { ...due, ...date[0], plus: Math.max(due.n!, due.range ?? 0) * TO_DAYS[due.unit]! };
          break;
        }
      }
    }
    // the now: the next two pieces (a clause after "but it's…" is a piece of its own); a piece of three words or
    // fewer between ("Ref RFD-33910.", "On Monday.") does not count as one of the two
    for (let k = i + 1, seen = 0; seen < 2 && k < list.length && k <= i + 6; k++) {
      if (list[k].quoted === true) continue;
      if (!/^\S+(?:\s+\S+){0,2}$/.test(list[k].text) || k + 1 === list.length) seen++;
      const now = nowIn(list[k].text);
      if (now === null) continue;
      if (CONTENT.test(list[k].text)) break;
      // no time promised ("they agreed to refund it"), then weeks gone by: "It has been 60 days."
      const weeksGone = due === null && now.elapsed === true && now.unit !== undefined && /^(?:day|week|month|year)$/.test(now.unit);
      if (due === null && now.thatWas !== true && !(weeksGone && FIRM.test(after))) break;
      if (due !== null && now.thatWas !== true && !pastDue(due, now)) break;
      // a weekday as now is a broken promise, not a long wait ("by Monday. It is Thursday": our labelers, the corpus)
      return found(original, p.quoted === true ? list[k].start : p.start, list[k].end, now.weekday !== true);
    }
  }
  return [];
}

function found(original: string, start: number, end: number, longWait: boolean): EffortSignal[] {
  const match = original.slice(start, end);
  const ids: EffortSignalId[] = longWait ? ['long-wait', 'unresolved'] : ['unresolved'];
  return ids.map((id) => ({ id, start, end, match }));
}
