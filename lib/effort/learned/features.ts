/**
 * What the learned scorer reads in one customer message: words and word pairs, and the structure around them —
 * negation, the customer's own past actions versus a plan, numbers with units of time, hashtags, emoji, and praise
 * next to a failure (sarcasm). Each feature keeps the span it was read from, so a signal the scorer finds can point
 * at its evidence words. Pure and linear in the text's length; reads the text as the rules do (folded, quotes blanked).
 * Word classes come from lib/language's lexicon; its full sentence reader (readSentences) costs ~1 ms per 200-word
 * message, too much for a 300-message thread in 10 ms, so this reads person, tense and negation by a token window.
 * Each word also gives its class among words used alike (`k:`, lib/language/word-classes), so a word never seen in
 * training carries the weight its class learned from the words that were.
 */

import { IRREGULAR, MODALS, NEGATORS, PERSON } from '../../language/lexicon';
import { wordClass } from '../../language/word-classes';

export interface Feature {
  key: string;
  start: number;
  end: number;
}

interface Token {
  /** Lower-cased word, a number as "0", an emoji or a "#tag". */
  w: string;
  start: number;
  end: number;
  kind: 'word' | 'num' | 'tag' | 'emoji' | 'punct';
}

/** Longer messages are read up to here: a 100 KB paste costs no more than a long e-mail. */
export const MAX_READ = 6000;

/**
 * One alternative per token kind, in this order: @handle, #tag, word, number, emoji, end punctuation ("…" written
 * \u2026). Characters past ASCII are written as escapes in this file's expressions: they were the only ones in the
 * detector's bundle, and V8 holds an all-ASCII script's source as one byte a character (a two-byte copy of a 440 KB
 * bundle is more to decode and more for the first garbage collections to sweep, in a fresh process's first detection).
 */
const TOKEN_SOURCE = String.raw`(@[\w.]{1,40})|(#[\p{L}\p{N}_]{1,40})|([\p{L}][\p{L}\p{N}']*)|(\d+(?:[.,:]\d+)*\+?)|(\p{Extended_Pictographic})|([.!?\u2026]+)`;
/**
 * TOKEN, made on first use: V8 checks a \p{…} literal when the script loads and compiles its Unicode classes on
 * first run, ~7 M instructions of a fresh process's first detection (h45, callgrind), and most text never needs it.
 */
let unicodeToken: RegExp | null = null;
/**
 * TOKEN for a text of ASCII only, where it finds exactly what TOKEN finds: below 128, \p{L} is [A-Za-z], \p{N} is
 * [0-9], no character is Extended_Pictographic (group 5 stays, matching nothing, so groups keep their numbers) and
 * "\u2026" does not occur. A unit test checks the classes over all 128 characters.
 */
const ASCII_TOKEN = /(@[\w.]{1,40})|(#[A-Za-z0-9_]{1,40})|([A-Za-z][A-Za-z0-9']*)|(\d+(?:[.,:]\d+)*\+?)|([^\s\S])|([.!?]+)/g;

/** The tokenizer expression for a text: the ASCII one when every unit is below 128. */
export function tokenExpression(text: string): RegExp {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return (unicodeToken ??= new RegExp(TOKEN_SOURCE, 'gu'));
  return ASCII_TOKEN;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const slice = text.length > MAX_READ ? text.slice(0, MAX_READ) : text;
  const TOKEN = tokenExpression(slice);
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  let idEnd = -1;
  while ((m = TOKEN.exec(slice)) !== null) {
    const t = m[0];
    const start = m.index;
    const end = start + t.length;
    if (m[1] !== undefined) continue; // @handles name a brand or a person, never effort
    if (m[2] !== undefined) out.push({ w: t.toLowerCase(), start, end, kind: 'tag' });
    else if (m[3] !== undefined) out.push({ w: t.toLowerCase(), start, end, kind: 'word' });
    else if (m[4] !== undefined) {
      // a phone, account or reference number ("07700 900123", "0161 496 0000", "ref 448120") is no count of time and
      // no evidence of effort: five digits or more, a leading zero (not a clock's "09:50"), or the next group of one, is read as nothing (as an
      // @handle is), so a message's phone number cannot light long wait or escalation (h43)
      if (/^(?:0\d+|\d{5,})$/.test(t) || (idEnd >= 0 && /^\d+$/.test(t) && /^\s{1,2}$/.test(slice.slice(idEnd, start)))) {
        idEnd = end;
        continue;
      }
      out.push({ w: '0', start, end, kind: 'num' });
    }
    else if (m[5] !== undefined) out.push({ w: t, start, end, kind: 'emoji' });
    else out.push({ w: t.includes('?') ? '?' : t.includes('!') ? '!' : '.', start, end, kind: 'punct' });
  }
  return out;
}

/** Contractions written without the apostrophe, which the lexicon's tokenizer never sees. */
const BARE_NEGATORS = new Set(['cant', 'wont', 'dont', 'didnt', 'doesnt', 'isnt', 'havent', 'hasnt', 'zero']);
const isNegator = (w: string) => NEGATORS.has(w) || w.endsWith("n't") || BARE_NEGATORS.has(w);
/** Words after "I"/"we" that make what follows a plan or a wish, not something the customer did. */
const PLAN = new Set([...MODALS, "i'll", "we'll", 'gonna', 'going', 'want', "i'd", 'plan', 'planning', 'thinking']);
const isFirstPerson = (w: string) => PERSON[w.replace(/'(?:ve|d|m|ll)$/, '')] === 1 && !/^(?:me|my|mine|myself|us|our|ours|ourselves)$/.test(w);
const UNITS = new Set(['min', 'mins', 'minute', 'minutes', 'hr', 'hrs', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'wk', 'wks', 'month', 'months', 'year', 'years', 'am', 'pm', 'x', 'times']);
const PRAISE = new Set(['thanks', 'thank', 'great', 'wonderful', 'amazing', 'awesome', 'fantastic', 'brilliant', 'lovely', 'perfect', 'love', 'kudos', 'thrilled', 'helpful', 'appreciate', 'nice', 'superb', 'well', 'impressed', 'bravo']);
const FAILURE = new Set(['late', 'delayed', 'lost', 'broken', 'never', 'nothing', 'nobody', 'still', 'hold', 'cancelled', 'canceled', 'missed', 'stuck', 'failed', 'wrong', 'cold', 'again', 'no', 'not', "didn't", "doesn't", "isn't", 'hung', 'waiting', 'charged', 'worse', 'worst']);
/** 🤬 😡 😠 😤 🙄 😒 👎 💢 😩 😫 😭 🤨 ☹ 🙁 😞 😑 😣 🤦 😔 😢, as escapes (see TOKEN). */
const NEGATIVE_EMOJI = /[\u{1F92C}\u{1F621}\u{1F620}\u{1F624}\u{1F644}\u{1F612}\u{1F44E}\u{1F4A2}\u{1F629}\u{1F62B}\u{1F62D}\u{1F928}\u2639\u{1F641}\u{1F61E}\u{1F611}\u{1F623}\u{1F926}\u{1F614}\u{1F622}]/u;
/** Past-tense forms that do not end in -ed but say what the customer did. */
const IRREGULAR_PAST = new Set(['spoke', 'spoken', 'told', 'sent', 'wrote', 'written', 'rang', 'got', 'gave', 'given', 'paid', 'made', 'went', 'had', 'did', 'done', 'took', 'tried', 'bought', 'sat', 'stood', 'left', 'heard', 'said', 'been']);

const TIME_WORD = /^(?:hours?|hrs?|mins?|minutes?|days?|weeks?)$/;
const isPast = (w: string) => (w.endsWith('ed') && w.length > 3) || IRREGULAR_PAST.has(w);

/**
 * A word-class feature (`k:<class>`). Only the learned scorer reads them: the veto models are fit on a few hundred
 * messages each, where the classes' weights were noise that pushed a must-match example under the veto (h70).
 */
export const isWordClassFeature = (key: string) => key.startsWith('k:');

/** Every feature of the message, with where it was read (features repeat: the scorer counts each key once). */
export function messageFeatures(text: string): Feature[] {
  const tokens = tokenize(text);
  const out: Feature[] = [];
  const add = (key: string, a: Token, b: Token = a) => out.push({ key, start: a.start, end: b.end });
  let negatedUntil = -1;
  let subjectAt = -1;
  let failureAt = -100;
  let praiseAt = -100;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'punct') {
      negatedUntil = -1;
      subjectAt = -1;
      if (t.w !== '.') add(`p:${t.w}`, t);
      if (t.end - t.start >= 2 && t.w !== '.') add('p:run', t);
      if (t.w === '.' && t.end - t.start >= 3) add('p:ellipsis', t);
      continue;
    }
    const prev = tokens[i - 1];
    if (t.kind === 'tag') {
      add('tag', t);
      add(`tag:${t.w}`, t);
      continue;
    }
    if (t.kind === 'emoji') {
      add(NEGATIVE_EMOJI.test(t.w) ? 'emoji:neg' : 'emoji', t);
      continue;
    }
    const negated = i <= negatedUntil;
    add(negated ? `neg:${t.w}` : `w:${t.w}`, t);
    if (prev && prev.kind !== 'punct') add(`b:${prev.w}_${t.w}`, prev, t);
    // a negated word's class is left out: read as its own feature or as the plain class, it made more false finds (h70)
    if (!negated && t.kind === 'word') {
      const c = wordClass(t.w);
      if (c !== undefined) add(`k:${c}`, t);
    }
    if (isNegator(t.w)) negatedUntil = i + 3;
    // a number with a unit of time or count: "3.5 hours", "2x", "25+ min", "9:50pm"
    if (t.kind === 'num') {
      const next = tokens[i + 1];
      if (next && UNITS.has(next.w)) add(`num:${next.w.startsWith('h') ? 'hours' : next.w.startsWith('d') ? 'days' : next.w.startsWith('w') ? 'weeks' : next.w.startsWith('mo') ? 'months' : next.w.startsWith('m') ? 'minutes' : next.w}`, t, next);
    }
    if (prev?.kind === 'num' && TIME_WORD.test(t.w)) add('num:time', prev, t);
    // the customer's own past action ("I called", "we've emailed") versus a plan ("I will call")
    if (isFirstPerson(t.w)) subjectAt = i;
    else if (subjectAt >= 0 && i - subjectAt <= 3) {
      if (PLAN.has(t.w)) subjectAt = -1;
      else if (isPast(t.w)) {
        add('i-past', tokens[subjectAt], t);
        add(`i-past:${t.w}`, tokens[subjectAt], t);
        subjectAt = -1;
      }
    }
    if (FAILURE.has(t.w)) failureAt = i;
    if (PRAISE.has(t.w)) praiseAt = i;
    // sarcasm: praise within a few words of a failure, or "thanks for nothing"
    if ((PRAISE.has(t.w) && i - failureAt <= 12) || (FAILURE.has(t.w) && i - praiseAt <= 6)) add('sarcasm', tokens[Math.min(failureAt, praiseAt) >= 0 ? Math.min(failureAt, praiseAt) : i], t);
    const first = text.charCodeAt(t.start);
    if (first >= 65 && first <= 90 && t.w.length >= 3 && text.slice(t.start, t.end) === t.w.toUpperCase()) add('caps', t);
  }
  return out;
}
