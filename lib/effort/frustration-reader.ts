/**
 * A reader pass over sentences (issue 12, h44): exasperation told by the message's shape rather than by a word of
 * anger. Three shapes, each read from a sentence or a word and its neighbours, linear in the text:
 *
 * - a plain word said in capitals inside lower-case text, the way one raises one's voice on it: "kept $2,340 of MY
 *   money", "a contract that ENDED in May", "the flight was cancelled by YOU", "This is my FOURTH email", "in JUNE";
 * - a word said again as a sentence of its own, an echo: "since august. august.", "I've sent them four times. Four.",
 *   "the \"instant\" refund has been processing for 9 days. instant.", "Same error. Same everything.";
 * - a flat verdict of two or three words after the story: "Not once.", "Nothing.", "Again.", "Clearly not.", "You
 *   haven't.", "Still down.", "No."
 * - (h55) a word said three times or more in a row: "Lag lag lag lag lag.", "cool cool cool", "@BritLinkCare
 *   @BritLinkCare @BritLinkCare anyone??" (not laughter or cheer: "ha ha ha", "yes yes yes", "very very very good"; not a
 *   masked "XXXX XXXX XXXX" or a cc list "@user @user @user"; not words quoted: 'it reads "button, button, button"').
 *
 * Not: acronyms and codes in capitals ("US", "VAT", "XXXX" masks), a message mostly in capitals (its capitals say
 * nothing of one word), capitals in a happy sentence ("THANK YOU"), a run of capitals (a heading or a quoted form); a
 * label and its value ("Room 412.", "Account 40021983.", "Permit no."), an echo that starts on a pronoun ("It
 * hasn't.", "They didn't." tell the story, calmly); a verdict that is the message's first sentence (an answer: "No.").
 */
import type { EffortSignal } from './types';
import { afterMarkBefore, markAfter } from './match-span';
import { trimmedSentences } from './sentence-list';

/**
 * Only the first characters are read, as the learned scorer does (features.ts MAX_READ): a 100 KB paste costs no more
 * than a long e-mail, and at most this many words in capitals are looked at (each reads its sentence).
 */
const MAX_READ = 6000;
const MAX_CAPS = 16;

/** Plain words a customer raises their voice on; not acronyms ("US", "IT", "NO" the state, "AND" in headings). */
const EMPHASIS = new Set(
  (
    'YOU YOUR YOURS MY ME MINE OUR SAME ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN TWELVE FIRST SECOND THIRD ' +
    'FOURTH FIFTH SIXTH PAID HAVE KNOW KNEW TOLD SAID DID ENDED MOVED CANCELLED CANCELED BROKEN WRONG TODAY YESTERDAY ' +
    'JANUARY FEBRUARY MARCH APRIL JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER MONDAY TUESDAY WEDNESDAY THURSDAY ' +
    'FRIDAY SATURDAY SUNDAY ONLY EVEN LITERALLY ENTIRE WHOLE SINGLE ZERO ' +
    // h55: a plain verb or pointer raised ("what I can actually DO", "it won't even do THAT"), a superlative of the bad
    'DO DOES THAT ACTUALLY SLOWEST WORST RUDEST LAZIEST LONGEST'
  ).split(' '),
);
/** A sentence with one of these is happy or thankful: its capitals are joy ("THANK YOU", "the ONE thing I love"). */
const HAPPY = /\b(?:thanks?|thank you|thx|love|loved|great|awesome|amazing|excellent|wonderful|fantastic|brilliant|impressed|happy|glad|appreciate\w*|perfect|kudos|well done)\b|!{2,}.*:\)|❤|🙏|😊|🙂/i;
const CAPS_WORD = /\b[A-Z]{2,}(?:'[A-Z]+)?\b/g;
/** A first word that makes a short sentence a label, a pronoun's story or a sign-off, never an echo or a verdict. */
const NOT_AN_ECHO = new Set(
  (
    'it its it\'s you they we i he she that this there my your our his her their room account acc permit policy order ref ' +
    'reference ticket case number tel phone mobile flat unit invoice booking id sort member flight seat gate platform ' +
    'thanks thank regards cheers hi hello dear best kind yes ok okay sorry please bye the a an'
  ).split(' '),
);
/** Words an echo does not count: too common to be said again on purpose. */
const NOT_ECHOED = new Set(['the', 'and', 'for', 'you', 'your', 'but', 'not', 'yes', 'now', 'then', 'all', 'again', 'still', 'too', 'also', 'was', 'are', 'has', 'had', 'have', 'this', 'that', 'with', 'from', 'day', 'time']);
/** Flat verdicts after the story, said as a sentence of their own. */
const VERDICTS = new Set([
  'again',
  'yet again',
  'not once',
  'nothing',
  'still nothing',
  'clearly not',
  'obviously not',
  'apparently not',
  'no one has',
  'nobody has',
  'no one did',
  'nobody did',
  'no one came',
  'nobody came',
  'no one called',
  'nobody called',
  'you haven\'t',
  'you didn\'t',
  'you did not',
  'you have not',
  'nothing changes',
  'nothing changed',
  'nothing happened',
  'nothing happens',
  'no',
  'nope',
  'still down',
  'still broken',
  'still here',
  'still nothing',
  'still no reply',
  'same everything',
  // h79: giving up, or leaving, said as a sentence of its own ("Been polite for a month, nothing. Enough.", "I was
  // told the rate I was quoted \"expired\". Walked out.")
  'enough',
  'walked out',
]);
/**
 * Verdicts that may also close a glad message ("Wow.", "Bye."): read only in a message with no thanks or cheer
 * ("Support chat gave me a \"sorry for the inconvenience\" and a $3 voucher. Wow. Thanks." reads its thanks as sarcasm
 * through the sarcasm reader, not here).
 */
const UNHAPPY_VERDICTS = new Set(['wow', 'bye']);

const wordsOf = (s: string) => s.toLowerCase().match(/[a-z0-9']+/g) ?? [];

/** A word (or a tag) said three times or more in a row, with nothing but spaces and commas between. */
const RUN = /(?:^|[^\w@])(@?[a-z][a-z'_]{1,20})(?:[ ,]{1,3}\1\b){2,}/gi;
/** Words said three times for laughter, cheer or emphasis of the good: never exasperation. */
const NOT_A_RUN = new Set(['ha', 'haha', 'he', 'hi', 'hey', 'lol', 'la', 'na', 'xo', 'yes', 'yay', 'woo', 'love', 'very', 'so', 'really', 'much', 'more', 'far', 'too', 'go', 'hip', 'hooray', 'bye', 'thank', 'thanks', 'yeah', 'well', 'good', 'great', 'fun', 'tick', 'knock', 'ho', 'me', 'we']);

export function readFrustration(original: string, whole: string): EffortSignal[] {
  const prepared = whole.length > MAX_READ ? whole.slice(0, MAX_READ) : whole;
  const out: EffortSignal[] = [];
  const add = (start: number, end: number) => out.push({ id: 'frustration', start, end, match: original.slice(start, end) });

  // a plain word in capitals, alone, in a message mostly lower-case
  if (/[A-Z]{2}/.test(prepared)) {
    let upper = 0;
    let letters = 0;
    for (let i = 0; i < prepared.length; i++) {
      const c = prepared.charCodeAt(i);
      if (c >= 65 && c <= 90) upper++, letters++;
      else if (c >= 97 && c <= 122) letters++;
    }
    if (upper * 2 <= letters) {
      CAPS_WORD.lastIndex = 0;
      let m: RegExpExecArray | null;
      let looked = 0;
      while ((m = CAPS_WORD.exec(prepared)) !== null) {
        if (!EMPHASIS.has(m[0])) continue;
        if (++looked > MAX_CAPS) break;
        const start = m.index;
        const end = start + m[0].length;
        // alone: the words either side are not in capitals ("I" excepted), and it is not in a bracketed form field
        // (within the sentence: "cancelled by YOU. EU261 says…")
        const before = /([A-Za-z']+)[^A-Za-z'\n.!?]{1,3}$/.exec(prepared.slice(Math.max(0, start - 24), start))?.[1];
        const after = /^[^A-Za-z'\n.!?]{1,3}([A-Za-z']+)/.exec(prepared.slice(end, end + 24))?.[1];
        const caps = (w: string | undefined) => w !== undefined && w !== 'I' && w.length > 1 && w === w.toUpperCase();
        if (caps(before) || caps(after)) continue;
        if (prepared[start - 1] === '[' || prepared[start - 1] === '<') continue;
        const sentence = sentenceAround(prepared, start, end);
        if (HAPPY.test(sentence)) continue;
        add(start, end);
        return out;
      }
    }
  }

  // a word said three times or more in a row (h55)
  RUN.lastIndex = 0;
  let run: RegExpExecArray | null;
  while ((run = RUN.exec(prepared)) !== null) {
    // not laughter or cheer, a masked value ("XXXX XXXX XXXX" in complaint forms, "@user @user @user" in a tweet's cc
    // list), nor words quoted from a screen or a person ('it just reads "button, button, button"')
    const word = run[1]!.toLowerCase();
    if (NOT_A_RUN.has(word) || /^x+$/.test(word) || word === '@user') continue;
    const lineStart = prepared.lastIndexOf('\n', run.index) + 1;
    if ((prepared.slice(lineStart, run.index + 1).match(/"/g)?.length ?? 0) % 2 === 1) continue;
    const start = run.index + run[0].indexOf(run[1]!);
    add(start, run.index + run[0].length);
    return out;
  }

  // an echo, or a flat verdict, as a sentence of its own after another
  const sentences = trimmedSentences(prepared);
  for (let i = 1; i < sentences.length; i++) {
    const { text, start: at } = sentences[i]!;
    // words only: not a value ("5 hours.", "Code: SAMIR20.", "{$0.00}.")
    if (text.length > 40 || !/[.!?]$/.test(text) || /[\d:@{}$£€#/]/.test(text)) continue;
    const ws = wordsOf(text);
    if (ws.length === 0 || ws.length > 3) continue;
    const body = ws.join(' ');
    // a verdict ("Not once.", "Nothing.") — "No." only when a number does not follow ("No. 5")
    const verdict = VERDICTS.has(body) || (UNHAPPY_VERDICTS.has(body) && !HAPPY.test(prepared));
    if (verdict && !(body === 'no' && /^\s*\d/.test(prepared.slice(at + text.length)))) {
      add(at, at + text.length);
      return out;
    }
    if (ws.length > 2 || NOT_AN_ECHO.has(ws[0]!)) continue;
    // an echo: one of its words (not a common one) said in the 200 characters before it
    const before = original.slice(Math.max(0, at - 200), at).toLowerCase();
    for (const w of ws) {
      if (NOT_ECHOED.has(w) || (w.length < 3 && !/^\d+$/.test(w))) continue;
      if (holdsWord(before, w)) {
        add(at, at + text.length);
        return out;
      }
    }
  }
  return out;
}

const WORD_CHAR = /[a-z0-9']/;
/** Whether `text` (lower-cased) holds `w` as a whole word. */
function holdsWord(text: string, w: string): boolean {
  for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
    if ((i === 0 || !WORD_CHAR.test(text[i - 1]!)) && !WORD_CHAR.test(text[i + w.length] ?? ' ')) return true;
  }
  return false;
}

/** The sentence around a span, within 200 characters each side: back to the last end mark or line break, on to the next (kept). */
function sentenceAround(text: string, start: number, end: number): string {
  // the 200 characters before the span are start - 1 and the 199 before it
  return text.slice(afterMarkBefore(text, start - 1, '.!?\n', 199), markAfter(text, end, '.!?\n', 200) + 1);
}
