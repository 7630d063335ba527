/**
 * A reader pass over clauses (issue 12's ninth pass): a stretch of time attached to a state that is not right —
 * a negation, a wait, something stuck or broken — in the same clause; a stretch of time said as a sentence of its
 * own; a month named in the past and a later month as now. Long wait, told by structure rather than by phrase.
 *
 *   "Emailed, got a ticket number, no reply for 2 weeks."   "Head office haven't replied in 10 days."
 *   "been on chat for 50 min"   "the showers have been cold for 2 weeks"   "It's been in your shop 3 weeks."
 *   "tracking say 'label created' since 12 days"   "I try for 3 weeks to change my address"
 *   "Three weeks."   "45 days."   "3 hours in terminal."   "3rd day."
 *   "the statement I asked for in March. Its june."
 *
 * (h55) A weekday or a clock time in the past, then a later one named as now ("I was told on the phone on Friday …
 * It's Wednesday.", "a callback \"within the hour\" by Jake at 11:15. It is now 16:40."), or an act at one time and what
 * it waited for at a later one ("We landed at 9pm. Bags came out at 11:20pm."); a state that is not right since a
 * date or a month ("has been \"pending documents\" since 9 September"); nothing heard in a stretch ("have heard
 * nothing in 5 weeks"); the customer's act some hours or more ago, then what is still not so ("I deposited 0.15 ETH
 * like 3 hours ago … my balance is still 0"); a stretch as the last clause of a sentence ("same problem, 3rd day").
 *
 * (h78) A status quoted and held a stretch ('has shown "out for delivery" for 4 days'), a learner's "from last 20 days",
 * a stretch as where things stand ("It is now six and a half weeks."), contacts dated in a list a week or more apart
 * ("I emailed on the 2nd, the 9th and the 15th"), a status quoted or a thing lost or not come since a weekday ("bag
 * lost since friday"), a stretch told as "later" with the thing still not so ("21 days later, no money.").
 *
 * Not: a plan, a habit, a loyalty or a warranty ("a customer for 5 years", "no issues for 2 years", "going away for
 * 2 weeks", "usually 3 days"), a short stretch (under half an hour), a stretch named with thanks; a deadline rather
 * than a dated act ("credit my account by Monday. It is Thursday"), a time that is still ahead ("Shop opens at 9am").
 */
import type { EffortSignal } from './types';

const NUMBER = String.raw`(?:\d{1,3}(?:[.,]\d)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety|several|a few|a couple of|many)`;
const UNIT = String.raw`(?:minutes?|mins?|hours?|hrs?|days?|business days?|working days?|weeks?|months?|years?)`;
const WORD_VALUE: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, 'forty-five': 45, fifty: 50, sixty: 60, ninety: 90, several: 3, 'a few': 3, 'a couple of': 2, many: 3 };

/** A stretch of time after "for", "in", "since" (a learner's "since 12 days") or inside a "been … 3 weeks" (h55: "two and a half hours"). */
const STRETCH = new RegExp(String.raw`\b(?<lead>for|in|since|from (?:the )?(?:last|past)|been(?: [\w']+){0,4}?) (?:(?:over|more than|almost|nearly|about|around|at least|the (?:past|last)) )?(?<n>${NUMBER})(?: and a half)? (?<unit>${UNIT})\b(?! (?:ago|old|later|from now|before|early|earlier|late\b|max|or (?:so|less)|notice|warranty|guarantee|trial|free))`, 'g');

/** What makes the stretch a wait: a negation, a wait, something stuck or broken, a try — before it in its clause. */
const STATE_WORDS = new Set(['no', 'not', 'never', 'nothing', 'nobody', 'noone', 'without', 'waiting', 'waited', 'wait', 'hold', 'queue', 'queued', 'stuck', 'pending', 'open', 'outstanding', 'unanswered', 'ignored', 'chasing', 'chased', 'asking', 'asked', 'trying', 'try', 'tried', 'sitting', 'sat', 'off', 'down', 'out', 'offline', 'broken', 'dead', 'cold', 'frozen', 'locked', 'blocked', 'suspended', 'delayed', 'missing', 'lost', 'processing']);
const STATE_PHRASES = ['no one', 'on chat', 'on the chat', 'on this chat', 'in this chat', 'in the chat', 'in chat', 'on this call', 'on this line', 'in this queue', 'on phone', 'on the phone', 'on line', 'on the line', 'in your shop', 'in the shop', 'in your garage', 'in the garage', 'in your workshop', 'in the workshop', 'in your depot', 'in the depot', 'in your warehouse', 'in the warehouse', 'label created', 'in review', 'under review', 'in process', 'in progress', 'in transit'];
/** Words of a stretch of text, as the sets read them. */
const wordsOf = (text: string) => text.split(/[^a-z0-9']+/).filter((w) => w.length > 0);
/**
 * (h78) A status the company shows, quoted, held until the stretch: 'has been "updating firmware" for 6 hours', "has
 * shown 'out for delivery' for 4 days", "has now been 'with underwriting' for 5 weeks" (not a quote the customer
 * said: "I said 'thanks' for 2 days"). Read with a stretch only: a status since a date is no wait to our labelers ('Status
 * shows "sent to embassy" since 5 May. My trip is on 1 June').
 */
const QUOTED_STATUS = /(?<!\b(?:i|we|i've|we've|i have|we have) )\b(?:been|shown|showing|shows|said|says|saying|reads|read|sat|sitting|stuck)(?: (?:as|at|on|in))? ["'‘“][^"'’”]{1,40}["'’”](?: for| since)?\s*$/;
/** What makes the stretch a wait: a negation, a wait, something stuck or broken, a try — before it in its clause. */
const isState = (before: string) => {
  for (const w of wordsOf(before)) if (STATE_WORDS.has(w) || w.endsWith("n't")) return true;
  return STATE_PHRASES.some((p) => before.includes(p));
};

/** "in 10 days" is a wait only after something that has not happened since: "haven't replied in 10 days", "heard nothing in 5 weeks". */
const NOT_SINCE = /\b(?:heard|had|received|got(?:ten)?|seen) (?:nothing|not a (?:word|thing|peep))\b[^,;]{0,30}$|(?:n't|\bnot|\bnever|\bno(?: ?one| ?body)?) (?:[\w']+ ){0,2}?(?:replied|responded|heard|answered|received|got(?:ten)? (?:a |any |my |the |an? )?(?:reply|response|answer|refund|call|update|e-?mail|word|money|item|parcel|order)|seen|called|contacted|updated|been (?:fixed|resolved|sorted|contacted|updated|paid|refunded|credited|delivered|shipped|able|in touch|told|given)|had|moved|changed|arrived|come|reply|response|answer|word|update|news|contact)\b[^,;]{0,30}$/;

/** A stretch that is no wait: loyalty, ownership, plans, habits, warranties, things that went well. */
const NOT_A_WAIT_WORDS = new Set(['customer', 'member', 'subscriber', 'subscribed', 'loyal', 'client', 'using', 'used', 'use', 'owned', 'lived', 'worked', 'plan', 'planning', 'going', 'will', "i'll", "we'll", "you'll", "it'll", 'gonna', 'next', 'book', 'booking', 'booked', 'holiday', 'vacation', 'trip', 'stay', 'staying', 'usually', 'normally', 'typically', 'take', 'takes', 'within', 'every', 'each', 'per', 'warranty', 'guarantee', 'contract', 'trial', 'normal', 'standard', 'expected', 'thanks', 'love', 'loving', 'great', 'good', 'happy', 'perfect', 'fine', 'works', 'working', 'fun']);
const NOT_A_WAIT_PHRASES = ['had it', 'had this', 'had my', 'had the', 'had them', 'with you', 'thank you'];
const TROUBLE = new Set(['issue', 'issues', 'problem', 'problems', 'trouble', 'complaint', 'complaints', 'outage', 'outages', 'fault', 'faults', 'hiccup', 'hiccups', 'delay', 'delays']);
const NONE_OF = new Set(['no', 'any', 'had', 'without']);
const notAWait = (text: string) => {
  const ws = wordsOf(text);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (NOT_A_WAIT_WORDS.has(w)) return true;
    // "no issues", "never had any problems", "without a hiccup"
    if (TROUBLE.has(w) && (NONE_OF.has(ws[i - 1] ?? '') || NONE_OF.has(ws[i - 2] ?? ''))) return true;
  }
  return NOT_A_WAIT_PHRASES.some((p) => text.includes(p));
};

/** A stretch of time as a sentence, or leading one: "Three weeks.", "3 hours in terminal.", "5 weeks, 4 tickets", "3rd day."
 * (h73) Not a place in a term the trade defines: "18 months in on a 36", "6 months into my contract". */
const BARE = new RegExp(String.raw`^(?:(?:over|more than|almost|nearly|about|already) )?(?:(?<n>${NUMBER}) (?<unit>${UNIT})|(?<ord>\d{1,2}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?<ordunit>day|week|month))(?:(?: and counting| now| so far| later| of (?:this|waiting|nothing|silence))?$|,| (?:in(?! (?:on|of|to|into) (?:a|an|my|the|our) (?:[\w-]+ )?(?:\d+|lease|contract|term|plan|tenancy|agreement|course|programme|program|mortgage|loan)\b)|at|on|stuck|waiting|without|of waiting|for (?:a|an|my|the)\b))`);

/**
 * (h78) A stretch said as where things stand now, a sentence's opening: "It is now six and a half weeks.", "It is now 7
 * weeks and I have received neither…", "It is now over three months since I moved out." — not a time still ahead
 * ("It is now 2 weeks until my flight", "it's now 3 days away").
 */
const NOW_STRETCH = new RegExp(String.raw`^(?:(?:and|but|so|well)[, ]+)?(?:it is|it'?s|now it'?s|now it is)(?: now| already)(?: been)? (?:(?:over|more than|almost|nearly|about) )?(?<n>${NUMBER})(?: and a half)? (?<unit>${UNIT})\b(?! (?:[\w']+ )?(?:until|till|to go|left|away|before|from now|ago|late\b|early|old|further|farther|longer|more|extra|each way|drive|walk|behind|ahead))`);

/**
 * (h78) A stretch gone by told as "later", opening its sentence, with the thing still not so in its clause: "21 days
 * later, no money.", "Month later, same freeze on the payment screen", "6 weeks and 3 reports later, same thing", "Two
 * weeks and 4 emails later the gold coins I bought still aren't in my account" — not a point in a story ("Three months
 * later we got a letter that our policy will not be renewed").
 */
const LATER = new RegExp(String.raw`^(?:(?:more than|over|almost|nearly|about) )?(?:(?<n>${NUMBER}) )?(?<unit>${UNIT})(?: and (?:\d{1,2}|two|three|four|five|six|several|many) [a-z-]+)? later\b,?(?<rest>[^,;]{0,80})`);
const STILL_SO = /\b(?:still|same|no|nothing|never)\b/;

const BARE_FIRST = new Set(['over', 'more', 'almost', 'nearly', 'about', 'already', 'a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'forty-five', 'fifty', 'sixty', 'ninety', 'several', 'many', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)`;
/** A month in the past: "asked for in March", "since April", "back in May", "called in May". */
const PAST_MONTH = new RegExp(String.raw`\b(?:since|back in|in|from|on|early|late|mid-?)(?: early| late| mid-?)? (?<month>${MONTH})\b(?! (?:\d{1,2}(?:st|nd|rd|th)?,? )?(?:next|this coming))`);
/** A later month named as now: "It's June.", "Its september", "it is now July". */
const NOW_MONTH = new RegExp(String.raw`^(?:(?:and|but|so|now|well)[, ]+)?(?:it'?s|its|it is|now it'?s|we'?re in|we are in)(?: now| already)? (?<month>${MONTH})\b`);

/**
 * A contact or hand-over of the customer's, dated (issue 12, h43): "emailed the office on 24 November", "replied on the
 * 3rd, the 8th and the 12th", "sent all documents on 29 April"; or a state dated by "since": "no heating since 4 December".
 * The space before the verb is bounded: quoted history is blanked to spaces, and an unbounded run tried from every
 * line break of a long quote read the rest of the text each time (1–2 s on 100 KB of "> " lines).
 */
const DAY_DATE = String.raw`(?:\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH}\b|${MONTH} \d{1,2}(?:st|nd|rd|th)?\b|\d{1,2}(?:st|nd|rd|th)\b)`;
const DATED_ACT = new RegExp(String.raw`(?:(?:\b(?:i|we|i've|we've|i have|we have|i had|already|and|also)|^|[,.!?\n])\s{0,8}(?:e-?mailed|wrote|sent|replied|responded|called|rang|phoned|reported|raised|submitted|filed|applied|uploaded|returned|messaged|contacted|paid|complained|chased|posted)\b[^.!?\n]{0,60}?\b(?:on|since)|since) (?:the )?(?<date>${DAY_DATE})`, 'g');
/** Nothing since, said after the dated act: no reply, nothing, still, where is it. */
const NOTHING_SINCE = /\b(?:no (?:reply|replies|answer|response|word|update|news|contact)|not (?:a single|one) (?:reply|word|response)|(?:got|received|had|heard) (?:no|nothing)|nothing (?:back|since|yet|has|happened|arrived|came)|nothing$|(?:haven'?t|have not|hasn'?t|has not|never) (?:heard|had a|received|got|been (?:answered|replied|contacted|refunded|credited|paid))|where is|where's|since then|no sign)\b/;
/** A date said as today: "It is now the 19th", "Today is 28 March", "it's 7 December". */
const NOW_DATE = new RegExp(String.raw`^(?:(?:and|but|so|now|well)[, ]+)?(?:it'?s|its|it is|today is|today's|we'?re on|we are on)(?: now| already)? (?:the )?(?<date>${DAY_DATE})`);
const MONTH_START = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
/** A month named anywhere in a date. */
const MONTH_IN = new RegExp(MONTH);
/** The day of the month a date names. */
const dayOfMonth = (date: string) => Number.parseInt(/\d{1,2}/.exec(date)![0], 10);
/** A date's day of the year, or its day of the month alone (-day) when no month is named. */
const dayOf = (date: string): number => {
  const d = dayOfMonth(date);
  const m = MONTH_IN.exec(date);
  return m === null ? -d : MONTH_START[monthIndex(m[0])]! + d;
};

/**
 * A point a state has lasted since (h55): a date or a month, or last month. Not a weekday, last week or an event ("since
 * Sunday", "since the firmware push"): a state since then is a fault to our labelers, not yet a long wait.
 */
const SINCE_POINT = new RegExp(String.raw`\bsince (?:last month|(?:the )?(?:${DAY_DATE})|${MONTH}\b|xx/xx(?:/x+)?|\d{1,2}/\d{1,2}(?:/\d{2,4})?)`, 'g');

/** (h78) "since" a weekday, and what makes a clause before it a wait rather than a fault: a thing lost or not come. */
const SINCE_DAY = /\bsince (?:last )?(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/g;
const NOT_ARRIVED = /\b(?:lost|missing|(?:did not|didn'?t|has not|hasn'?t|have not|haven'?t|not|never) (?:arrive|arrived|come|came|turned up|shown up|been (?:delivered|returned|refunded|credited)))\b[^.!?\n]{0,60}$/;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = String.raw`(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)`;
/** A weekday in the past: "told on Friday", "last Thursday", "at the desk Monday" in a sentence told in the past. */
const PAST_DAY = new RegExp(String.raw`\b(?:(?<last>last) |on |since )?(?<day>${WEEKDAY})\b(?! (?:next|coming|morning delivery))`);
/** A clock time in the past: "at 11:15", "at 9pm", "between 8 and 12" (its later end). */
const PAST_CLOCK = /\b(?:(?:at|since|from) (?<h>\d{1,2})(?:[:.](?<m>\d\d))? ?(?<ap>am|pm)?|between \d{1,2}(?:[:.]\d\d)? ?(?:am|pm)? and (?<h2>\d{1,2})(?:[:.](?<m2>\d\d))? ?(?<ap2>am|pm)?)\b/;
/** A sentence told in the past, or a promise: what dates a weekday or a clock time as gone by. */
const TOLD_PAST = /\b(?:was|were|told|said|promised|supposed|due|expected|booked|ordered|called|rang|phoned|emailed|e-mailed|wrote|sent|filed|reported|landed|arrived|placed|paid|spoke|submitted|deposited|checked in|escalated|assured|confirmed|got|had)\b/;
/** A time named by a customer of long standing or a happy one: "a member since Monday", "loved it on Friday". */
const CONTENT = /\b(?:customer|member|subscriber|client|loyal|love|loved|thanks|thank you|happy|great|perfect|fine)\b/;
const FUTURE = /\b(?:will|'ll|going to|gonna|next|plan|planning|hope|would like|can i|could i|shall)\b/;
/** A weekday said as now: "It's Wednesday.", "It's Friday now.", "Friday now, …". */
const NOW_DAY = new RegExp(String.raw`^(?:(?:and|but|so|now|well)[, ]+)?(?:(?:it'?s|its|it is|today is|today's|now it'?s)(?: now| already)? (?<day>${WEEKDAY})\b|(?<day2>${WEEKDAY}) now\b)`);
/** A clock time said as now: "It is now 16:40.", "it's 4:45". */
const NOW_CLOCK = /^(?:(?:and|but|so|now|well)[, ]+)?(?:it'?s|its|it is|now it'?s|the time is)(?: now| already)? (?<h>\d{1,2})(?:[:.](?<m>\d\d)| ?(?<ap>am|pm)\b)(?: ?(?<ap2>am|pm)\b)?/;
/** What an act at one time waited for, at a later time: "Bags came out at 11:20pm", "food showed up at 9:15" (not "I came home at 6pm"). */
const CAME_AT = /(?<!\b(?:i|we) )\b(?:showed up|turned up|arrived|came(?: out| back| through)?|answered|picked up|got through|left|departed|took off|delivered|replied|responded|called back|rang back|connected|boarded)\b[^.!?\n]{0,30}?\bat (?<h>\d{1,2})(?:[:.](?<m>\d\d))? ?(?<ap>am|pm)?\b/;

/** Minutes since midnight of a clock time, or null when it is no time (no minutes and no am/pm where required). */
function clockMinutes(h: string, m: string | undefined, ap: string | undefined, bare: boolean): number | null {
  let hour = Number(h);
  if (hour > 23 || (m === undefined && ap === undefined && !bare)) return null;
  if (ap === 'pm' && hour < 12) hour += 12;
  if (ap === 'am' && hour === 12) hour = 0;
  return hour * 60 + (m === undefined ? 0 : Number(m));
}

/**
 * A weekday or a clock time in a sentence told in the past, then in one of the next three sentences a later weekday
 * (three days or more) or clock time (two hours or more) named as now, or what the act waited for at a later clock
 * time (an hour and a half or more). Returns the span from the first to the last, or null.
 */
function readDatedNow(lower: string): [number, number] | null {
  if (!/\b(?:it'?s|its|it is|today|now|at|between)\b/.test(lower)) return null;
  const sentences: { at: number; text: string }[] = [];
  SENTENCE.lastIndex = 0;
  let s: RegExpExecArray | null;
  while ((s = SENTENCE.exec(lower)) !== null && sentences.length < 60) sentences.push({ at: s.index, text: s[0] });
  for (let i = 0; i < sentences.length; i++) {
    const { at, text } = sentences[i]!;
    // told in the past in its own sentence, or a fragment dating the one before: "That's what your colleague wrote me. On Monday."
    const told = TOLD_PAST.test(text) || (i > 0 && text.trim().split(/\s+/).length <= 3 && TOLD_PAST.test(sentences[i - 1]!.text));
    if (!told) continue;
    // a time still ahead, or no wait: "I'll be home on Monday", "a customer since…" (reported speech after the time is
    // no plan: "told on Friday that somebody will call")
    const ahead = (at: number) => FUTURE.test(text.slice(0, at)) || CONTENT.test(text.slice(0, at));
    const found = PAST_DAY.exec(text);
    const day = found !== null && !ahead(found.index) ? found : null;
    // a deadline is no dated act: "credit my account by Monday. It is Thursday" (a broken promise, not a wait)
    const dayIsDated = day !== null && !/\b(?:by|until|till|before|for)\s+$/.test(text.slice(0, day.index));
    const clockFound = PAST_CLOCK.exec(text);
    const clock = clockFound !== null && !ahead(clockFound.index) ? clockFound : null;
    const g = clock?.groups;
    const from = g === undefined ? null : g.h2 !== undefined ? clockMinutes(g.h2, g.m2, g.ap2, true) : clockMinutes(g.h!, g.m, g.ap, false);
    if (!dayIsDated && from === null) continue;
    for (let k = i; k < Math.min(sentences.length, i + 4); k++) {
      const later = sentences[k]!;
      const t = later.text.replace(LEADING_CLOSE, '');
      const end = later.at + later.text.trimEnd().length;
      if (k > i && dayIsDated) {
        const now = NOW_DAY.exec(t);
        if (now !== null) {
          const a = WEEKDAYS.indexOf(day!.groups!.day!);
          const b = WEEKDAYS.indexOf((now.groups!.day ?? now.groups!.day2)!);
          const days = (b - a + 7) % 7 || (day!.groups!.last !== undefined ? 7 : 0);
          if (days >= 3) return [at + day!.index, end];
          break;
        }
      }
      if (from === null) continue;
      if (k > i) {
        const now = NOW_CLOCK.exec(t);
        if (now !== null) {
          let to = clockMinutes(now.groups!.h!, now.groups!.m, now.groups!.ap ?? now.groups!.ap2, false);
          if (to !== null && to < from && now.groups!.ap === undefined && now.groups!.ap2 === undefined) to += 720;
          if (to !== null && to - from >= 120 && to - from < 840) return [at + clock!.index, end];
          break;
        }
      }
      // what the act waited for, at a later time (in the act's own sentence, after the first time, or in the next ones)
      const rest = k === i ? text.slice(clock!.index + clock![0].length) : later.text;
      const came = CAME_AT.exec(rest);
      if (came !== null) {
        let to = clockMinutes(came.groups!.h!, came.groups!.m, came.groups!.ap, false);
        if (to !== null && to < from && came.groups!.ap === undefined) to += 720;
        if (to !== null && to - from >= 90 && to - from < 840) return [at + clock!.index, k === i ? at + clock!.index + clock![0].length + came.index + came[0].length : later.at + came.index + came[0].length];
      }
    }
  }
  return null;
}

/**
 * (h78) Contacts dated in a list, three dates or more a week apart or more, first to last: "I emailed on the 2nd, the
 * 9th and the 15th", "ticket raised on 2nd, reminder on 9th, reminder on 16th", "I've called the plan on 2 April, 16
 * April, 29 April and 14 May" — the customer has chased for that long. Not charges or transactions dated ("the charge
 * on the 6th and the 7th"), not contacts to come ("I will call on …").
 */
const CONTACT_THEN_DATE = new RegExp(String.raw`\b(?:e-?mailed|wrote|written|chased|called|rang|phoned|replied|contacted|messaged|reminders?|followed up|reported|complained|raised|(?:i|we) (?:have |'ve )?(?:sent|e-?mailed|called|written))\b[^.!?\n]{0,60}?\b(?:on|since) (?:the )?(?=${DAY_DATE})`, 'g');
/** The next date of a list: a comma, "and", "then" or "reminder on" between. */
const NEXT_DATE = new RegExp(String.raw`^(?:\s*(?:,|&|;|\b(?:and|then|again|(?:a )?(?:reminder|chaser|follow-up|email|call)s?|chased|called|e-?mailed|on|the)\b))+\s*(?<date>${DAY_DATE})`);
/** A date where a list's first date stands. */
const DATE_AT_START = new RegExp(String.raw`^${DAY_DATE}`);

function readDatedContacts(lower: string): [number, number] | null {
  CONTACT_THEN_DATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let tries = 0;
  while ((m = CONTACT_THEN_DATE.exec(lower)) !== null && ++tries <= 20) {
    if (FUTURE.test(lower.slice(Math.max(0, m.index - 40), m.index))) continue;
    const dates: string[] = [];
    let at = m.index + m[0].length;
    const first = DATE_AT_START.exec(lower.slice(at));
    if (first === null) continue;
    dates.push(first[0]);
    at += first[0].length;
    for (let next = NEXT_DATE.exec(lower.slice(at, at + 80)); next !== null && dates.length < 12; next = NEXT_DATE.exec(lower.slice(at, at + 80))) {
      dates.push(next.groups!.date!);
      at += next[0].length;
    }
    if (dates.length < 3) continue;
    // first to last, each step forward (a month's turn when the days go back)
    const withMonths = dates.every((d) => MONTH_IN.test(d));
    let span = 0;
    for (let i = 1; i < dates.length; i++)
      span += withMonths ? (dayOf(dates[i]!) - dayOf(dates[i - 1]!) + 365) % 365 : (dayOfMonth(dates[i]!) - dayOfMonth(dates[i - 1]!) + 31) % 31;
    if (span >= 7 && span < 183) return [m.index, at];
  }
  return null;
}

/** The customer's own act a stretch ago (h55): "I deposited 0.15 ETH like 3 hours ago", "we paid the deposit 2 weeks ago"; (h78) with no subject: "moved house 3 weeks ago". */
const ACT_AGO = new RegExp(String.raw`(?:\b(?:i|we)(?:'ve| have)? (?:[\w']+ ){0,2}?|(?:^|[.!?\n]|@\w+)[ \t]*)(?:[a-z]+ed|sent|paid|made|bought|put|gave|left|wrote|took|did)\b(?:[^.!?\n]|\.(?=\d)){0,50}?\b(?:(?:like|about|around|over|almost|nearly|more than) )?(?<n>${NUMBER}) (?<unit>${UNIT}) ago\b`, 'g');
/**
 * …then what is still not there, in the next 240 characters: "my balance is still 0", "not credited yet" (not a state
 * still shown, which is a fault rather than a wait: "I changed nameservers 2 days ago but the site still shows …").
 */
const STILL_NOT = /\bstill (?:0|zero|nothing|no|not|pending|processing|waiting|empty|missing|hasn'?t|haven'?t|isn'?t|unpaid)\b|\bnot (?:yet|arrived|received|credited|showing|reflected)\b|\bnothing (?:yet|so far)\b/;

/** Spaces and a closing quote or bracket a sentence split leaves at a sentence's start. */
const LEADING_CLOSE = /^[\s"')\]]+/;

const CLAUSE = /[^.!?\n;,]+/g;
const SENTENCE = /[^.!?\n]+/g;

const minutesOf = (n: string, unit: string): number => {
  const v = /^\d/.test(n) ? Number(n.replace(',', '.')) : (WORD_VALUE[n] ?? 1);
  if (/^min/.test(unit)) return v;
  if (/^(?:hour|hr)/.test(unit)) return v * 60;
  return v * 1440; // a day or longer
};

const monthIndex = (w: string) => MONTHS.indexOf(w.slice(0, 3));

/** The long waits `prepared` (the text as the rules read it) shows by structure; matches are cut from `original`. */
export function readWaits(original: string, prepared: string): EffortSignal[] {
  const lower = prepared.toLowerCase();
  const out: EffortSignal[] = [];
  const add = (start: number, end: number) => out.push({ id: 'long-wait', start, end, match: original.slice(start, end) });

  // a stretch attached to a state that is not right, in its clause
  if (/\d|\b(?:hours?|days?|weeks?|months?|years?|mins?|minutes?)\b/.test(lower)) {
    SENTENCE.lastIndex = 0;
    let sentence: RegExpExecArray | null;
    sentences: while ((sentence = SENTENCE.exec(lower)) !== null) {
      CLAUSE.lastIndex = 0;
      let c: RegExpExecArray | null;
      while ((c = CLAUSE.exec(sentence[0])) !== null) {
        const clause = c[0];
        STRETCH.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = STRETCH.exec(clause)) !== null) {
          const { n, unit, lead } = m.groups!;
          if (minutesOf(n, unit) < 30) continue;
          const before = clause.slice(0, m.index) + (lead.startsWith('been') ? lead : '');
          // (h78) "from last 5 days" is a learner's "for the last 5 days" of a state already named: read as "since"
          const sinceLike = lead === 'since' || lead.startsWith('from');
          if (lead === 'in' || lead.endsWith(' in') ? !NOT_SINCE.test(lead === 'in' ? before : before.slice(0, -3)) : !sinceLike && !isState(before) && !QUOTED_STATUS.test(before)) continue;
          // the sentence up to the stretch's clause: a later clause is another matter ("…for 50 min, 3 agents, each one asks")
          if (notAWait(sentence[0].slice(0, c.index + clause.length))) continue sentences;
          const at = sentence.index + c.index + m.index;
          add(at, at + m[0].length);
          break sentences;
        }
      }
    }
    if (out.length > 0) return out;
    // a stretch of time as a sentence of its own, or leading one
    SENTENCE.lastIndex = 0;
    let s: RegExpExecArray | null;
    while ((s = SENTENCE.exec(lower)) !== null) {
      const whole = s[0].replace(/^[\s"'(*\-—]*(?:@\w+\s+)*/, '');
      const wholeAt = s.index + (s[0].length - s[0].trimStart().length) + (s[0].trimStart().length - whole.length);
      // the sentence, and (h55) its last clause when the sentence is no question: "same order, same problem, 3rd day"
      const comma = whole.lastIndexOf(', ');
      const asked = lower[s.index + s[0].length] === '?';
      const tries: [string, number][] = comma > 0 && !asked ? [[whole, wholeAt], [whole.slice(comma + 2), wholeAt + comma + 2]] : [[whole, wholeAt]];
      const later = LATER.exec(whole);
      if (later !== null && minutesOf(later.groups!.n ?? 'a', later.groups!.unit!) >= 60 && STILL_SO.test(later.groups!.rest!) && !notAWait(whole)) {
        add(wholeAt, wholeAt + later[0].length);
        return out;
      }
      const now = NOW_STRETCH.exec(whole);
      if (now !== null && minutesOf(now.groups!.n!, now.groups!.unit!) >= 60 && !notAWait(whole)) {
        add(wholeAt, wholeAt + now[0].length);
        return out;
      }
      for (const [text, at] of tries) {
        // only a stretch that opens on a number or an ordinal is read further (the expression is compiled for those)
        const first = /^[a-z0-9-]+/.exec(text)?.[0] ?? '';
        if (!/^\d/.test(first) && !BARE_FIRST.has(first)) continue;
        const b = BARE.exec(text.trimEnd());
        if (b === null) continue;
        const { n, unit } = b.groups!;
        if (n !== undefined && minutesOf(n, unit) < 60) continue;
        if (notAWait(whole)) continue;
        add(at, at + b[0].length);
        return out;
      }
    }
  }
  // a dated act or state, then nothing since, or a date as now at least 3 days later
  if (/\d/.test(lower)) {
    DATED_ACT.lastIndex = 0;
    let act: RegExpExecArray | null;
    let acts = 0;
    // a message's first 20 dated acts only, each read in a window: a pasted 100 KB costs no more
    while ((act = DATED_ACT.exec(lower)) !== null && ++acts <= 20) {
      const from = act.index + act[0].length;
      const sentenceStart = Math.max(0, act.index - 200, lower.lastIndexOf('.', act.index), lower.lastIndexOf('\n', act.index));
      if (notAWait(lower.slice(sentenceStart, from))) continue;
      const since = act[0].startsWith('since');
      const actStart = act.index + /^[,.!?\n\s]*/.exec(act[0])![0].length;
      // the rest of its sentence and the next two
      SENTENCE.lastIndex = from;
      let s: RegExpExecArray | null;
      let k = 0;
      const tail = lower.slice(from, from + 300);
      let rest = tail.slice(0, /[.!?\n]/.exec(tail)?.index ?? tail.length);
      let restAt = from;
      do {
        const now = NOW_DATE.exec(rest.trim());
        if (now !== null) {
          const a = dayOf(act.groups!.date);
          const b = dayOf(now.groups!.date);
          const later = a > 0 && b > 0 ? (b - a + 365) % 365 : b < 0 ? -b - (a > 0 ? a - MONTH_START[Math.min(11, Math.floor((a - 1) / 30.5))]! : -a) : -1;
          if (later >= 3 && later < 183) {
            add(actStart, restAt + rest.trimEnd().length);
            return out;
          }
          break;
        }
        const nothing = since ? null : NOTHING_SINCE.exec(rest.trim());
        if (nothing !== null && !notAWait(rest)) {
          add(actStart, restAt + rest.trimEnd().length);
          return out;
        }
        s = k < 2 ? SENTENCE.exec(lower) : null;
        if (s !== null) {
          if (k === 0 && s.index < from + 1 && s.index + s[0].length <= from + rest.length) s = SENTENCE.exec(lower);
          if (s === null) break;
          rest = s[0].slice(0, 300);
          restAt = s.index;
        }
        k++;
      } while (s !== null);
    }
  }
  // (h55) a state that is not right since a date or a month: 'has been "pending documents" since 9 September'
  SINCE_POINT.lastIndex = 0;
  let point: RegExpExecArray | null;
  while ((point = SINCE_POINT.exec(lower)) !== null) {
    const clauseStart = Math.max(0, point.index - 120, ...[...'.!?\n;,'].map((m) => lower.lastIndexOf(m, point!.index) + 1));
    const before = lower.slice(clauseStart, point.index);
    const sentenceEnd = lower.slice(point.index).search(/[.!?\n]/);
    const sentence = lower.slice(clauseStart, sentenceEnd < 0 ? lower.length : point.index + sentenceEnd);
    if (isState(before) && !notAWait(sentence) && !/\b(?:was|were|had been)\b/.test(before)) {
      add(clauseStart + (before.length - before.trimStart().length), point.index + point[0].length);
      return out;
    }
  }
  // (h78) a status quoted, or a thing lost or not arrived, since a weekday: 'tracking has said "out for delivery" since
  // tuesday', "bag lost since friday" (a fault since a weekday is no wait to our labelers: "can't connect since Tuesday")
  SINCE_DAY.lastIndex = 0;
  let day: RegExpExecArray | null;
  while ((day = SINCE_DAY.exec(lower)) !== null) {
    const clauseStart = Math.max(0, day.index - 120, ...[...'.!?\n;,'].map((m) => lower.lastIndexOf(m, day!.index) + 1));
    const before = lower.slice(clauseStart, day.index);
    if ((QUOTED_STATUS.test(before) || NOT_ARRIVED.test(before)) && !notAWait(before)) {
      add(clauseStart + (before.length - before.trimStart().length), day.index + day[0].length);
      return out;
    }
  }
  // (h55) the customer's own act some hours or more ago, then what is still not so: "I deposited 0.15 ETH like 3 hours
  // ago, tx shows confirmed … but my balance is still 0"
  if (/\bago\b/.test(lower)) {
    // (h78) the act told with no subject too, as tweets and chat do ("moved house 3 weeks ago, still no broadband"): a
    // message's first five acts are read
    ACT_AGO.lastIndex = 0;
    let ago: RegExpExecArray | null;
    for (let k = 0; k < 5 && (ago = ACT_AGO.exec(lower)) !== null; k++) {
      if (minutesOf(ago.groups!.n!, ago.groups!.unit!) < 120 || notAWait(ago[0])) continue;
      const after = lower.slice(ago.index + ago[0].length, ago.index + ago[0].length + 240);
      const still = STILL_NOT.exec(after);
      if (still !== null) {
        const start = ago.index + /^[.!?\n]?(?:@\w+)?[ \t]*/.exec(ago[0])![0].length;
        add(start, ago.index + ago[0].length + still.index + still[0].length);
        return out;
      }
    }
  }
  const contacts = /\d/.test(lower) ? readDatedContacts(lower) : null;
  if (contacts !== null) {
    add(contacts[0], contacts[1]);
    return out;
  }
  // (h55) a weekday or a clock time in the past, then a later one as now or what it waited for at a later time
  const dated = readDatedNow(lower);
  if (dated !== null) {
    add(dated[0], dated[1]);
    return out;
  }
  // a month in the past, then a later month as now
  const past = PAST_MONTH.exec(lower);
  // read in its own sentence only (h55: a later "Each time: …" is no habit of the month's: "I called in May … Each time")
  const pastEnd = past === null ? -1 : lower.slice(past.index, past.index + 80).search(/[.!?\n]/);
  if (past !== null && !notAWait(lower.slice(Math.max(0, lower.lastIndexOf('.', past.index)), past.index + (pastEnd < 0 ? 80 : pastEnd)))) {
    SENTENCE.lastIndex = past.index + past[0].length;
    let s: RegExpExecArray | null;
    while ((s = SENTENCE.exec(lower)) !== null) {
      // a closing quote the sentence split left in front: '"a tower upgrade is scheduled." It's September.'
      const now = NOW_MONTH.exec(s[0].replace(LEADING_CLOSE, ''));
      if (now === null) continue;
      const from = monthIndex(past.groups!.month);
      const to = monthIndex(now.groups!.month);
      if (to > from || from - to >= 6) add(past.index, s.index + s[0].length);
      break;
    }
  }
  return out;
}
