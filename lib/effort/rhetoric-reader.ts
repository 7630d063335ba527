/**
 * A reader pass over sentences (issue 12, h79): frustration told without a word of feeling — by counting the failure
 * or by a question that wants no answer. Each shape is data with the examples it must and must not read (tested in
 * readers.test.ts):
 *
 * - a sentence that is only a count of the times, after the story: "yes I already sent my confirmation number.
 *   twice.", "Sent the documents again. 3rd time.", "… each one asks for my order number again. for the fourth time";
 * - the failure counted in a row: "This is the third invoice in a row with the wrong VAT number", "my 3rd box in a
 *   row with missing items" (not a count of days: "a call back 'today' three days in a row now" is a promise's wait);
 * - giving up, said flat after the story: "ok so nobody can help. noted", "so basically nothing can be done. got it",
 *   "… error at checkout every time. of course it doesn't";
 * - the time it cost, told against what it was worth: "I've spent more time talking to your support than actually
 *   using the product", "I could've walked to your warehouse by now";
 * - a doubled question mark on a sentence that tells what the company did, against what the customer expected: "so I
 *   have to pay for the return shipping even though you sent the wrong size??", "why did my plan go up by £3 without
 *   any email??" (not confusion: "weird??", "who do I talk to??", "my saved addresses are gone??");
 * - a question that wants no answer: "Where am I supposed to sleep?", "Why would I order 6 air fryers", "At what
 *   point do I get the option of a refund", "what year is it", "Do you not take notes??", "Do your drivers
 *   even get out of the van", "'engineers are working on it'. are they tho", "what kind of system is this", "Funny how
 *   the app always works … when it's time to pay … but never when …".
 *
 * Not: a count or a question that is the message's first sentence (an answer: "Twice.", "Noted, thanks."), a count of
 * days or weeks in a row, a plain question about a step ("at what point is the refund triggered?").
 */
import type { EffortSignal } from './types';
import { MARKED_SENTENCE, trimmedSentences } from './sentence-list';

/** Only the first characters are read, as the other readers do. */
const MAX_READ = 6000;
const MAX_SENTENCES = 80;

export interface RhetoricShape {
  /** What the shape reads, for reports and tests. */
  name: string;
  /** Read on one sentence, lower-cased and trimmed. */
  pattern: RegExp;
  /** Whether the shape may be the message's first sentence (a count or a flat verdict first is an answer). */
  first: boolean;
  /** Text every match holds: a sentence without it is not searched (keeps a long line from costing a backtracking search). */
  needs?: string;
  must: string[];
  mustNot: string[];
}

const ORDINAL = '(?:second|third|fourth|fifth|sixth|seventh|2nd|3rd|[4-9]th)';
/** A sentence of thanks or cheer: its count is good news ("the second parcel in a row that came early, thanks!"). */
const HAPPY = /\b(?:thanks?|thank you|great|love|glad|happy|well done)\b|!{2,}/;

export const RHETORIC_SHAPES: readonly RhetoricShape[] = [
  {
    name: 'a count of the times, alone',
    pattern: new RegExp(
      `^(?:and |that'?s |now )?(?:twice|(?:two|three|four|five|six|[2-9]) times|(?:for )?(?:the |a )?${ORDINAL} time|every (?:single )?time)(?: now)?[.!]*$`,
    ),
    first: false,
    must: [
      '@NorthjetAir yes I already sent my confirmation number. twice. it\'s in the DM above',
      'Sent the documents again. 3rd time. Please confirm you received them this time.',
      'each one asks for my order number again. it\'s DD-40119. for the fourth time',
      'The customer service rep hung up on me. Twice. I\'d like that on record.',
    ],
    mustNot: ['Twice. Once in May and once in June.', 'How many times did you try? Twice?', 'I tried twice and it worked the second time.'],
  },
  {
    name: 'the failure counted in a row',
    pattern: new RegExp(`\\b(?:${ORDINAL}|three|four|five|six|[3-9]) (?!(?:days?|nights?|weeks?|months?|years?|hours?|mornings?|evenings?)\\b)(?:[a-z-]+ ){1,2}in a row\\b`),
    first: true,
    must: [
      'This is the third invoice in a row with the wrong VAT number on it.',
      'Just had my 3rd box in a row with missing items. This time no chicken.',
      'this is the 3rd bank holiday in a row with no trains on my line.',
    ],
    mustNot: [
      'you\'ve promised a call back "today" three days in a row now',
      'I have worked 5 nights in a row, can I swap a shift?',
      'It was the second parcel in a row that arrived early, thanks!',
    ],
  },
  {
    name: 'giving up, said flat',
    pattern: /^(?:ok(?:ay)?,? |so |cool,? |right,? )?(?:got it|noted|of course (?:it|they|you|he|she) (?:doesn'?t|didn'?t|isn'?t|wasn'?t|won'?t|can'?t|don'?t|is|does|did))\W*$/,
    first: false,
    must: [
      'ok so nobody can help. noted',
      'so basically nothing can be done. got it',
      'the voucher you emailed doesn\'t work on your own website. error at checkout every time. of course it doesn\'t',
    ],
    mustNot: ['oh the delivery fee stays, right. makes sense', 'Noted, thanks.', 'Got it. I will send the form tomorrow.', 'Got it, thanks! That worked.'],
  },
  {
    name: 'the time it cost, told against what it was worth',
    pattern:
      /\b(?:spent|wasted|lost) more (?:time|hours|money) (?:\w+ing|on (?:hold|the phone|chat|this))\b.{0,60}\bthan (?!(?:i |we )?(?:expected|planned|hoped|thought|usual))|\b(?:i|we) could(?:'ve| have) (?!(?:the|a|an|it|this|that|your|my|our) )(?:\w+ ){1,5}(?:by now|in (?:that|the same) time|and back)\b/,
    first: true,
    must: [
      "Honestly at this point I've spent more time talking to your support than actually using the product.",
      "I've now spent more time chatting with you than it would take me to cook it.",
      '17 days for a replacement headset under warranty. I could\'ve walked to your warehouse by now.',
    ],
    mustNot: ['I spent more time reading the manual than I expected, but it works now.', 'We could have the sofa delivered by now if you send the slot.', 'Could I have the invoice by now?'],
  },
  {
    // "??" alone is as often confusion ("weird??", "who do I talk to??", "my saved addresses are gone??"): read only
    // when the sentence tells what the company did, against what the customer expected
    name: 'a doubled question mark on what the company did',
    needs: '??',
    pattern:
      /^(?!(?:can|could|would|will) (?:you|someone|anyone)\b|please\b|how (?:do|can|should) i\b|who\b|where\b)[^?]*\b(?:when|even though|though|anyway|without|instead|only|already|you|your|you guys|agent|charged?|charges|twice)\b[^?]*\?\?/,
    first: true,
    must: [
      'wait so I have to pay for the return shipping even though you sent the wrong size??',
      '@Streamly_Help why did my plan go up by £3 without any email?? I only found out from my bank app',
      'Why am I being charged £14.99 when I signed up for £9.99?? Nobody told me the price was going up',
      'ok so the payment went through twice, and now your agent says I need to contact my bank?? you took the money not them',
    ],
    mustNot: ['Can you help me reset my password??', 'who do I talk to??', 'weird?? the app logged me out', 'My saved addresses are gone?? Is this a bug?', 'Did you get my email?'],
  },
  {
    name: 'a question that wants no answer',
    pattern:
      /\b(?:(?:where|how) (?:exactly )?(?:am i|are we) (?:supposed|meant|expected) to|(?:who|what) (?:exactly )?(?:am i|are we) meant to|why would (?:i|anyone|we|someone)|what year is it|at what point do (?:i|we)|who am i (?:meant|supposed) to)\b|^(?:do|does|did|can|will|are|is) (?:you|they|your \w+|any of you) (?:even \w+|not \w+[^?]*\?\?)|^so (?:i'?m|we'?re) (?:supposed|meant|expected) to\b.*\?$|\b(?:are|is|do|does|did|was|were) (?:they|you|it|we) (?:tho|though)\W*$|\bwhat (?:kind|sort) of (?:\w+ ){1,2}(?:is (?:this|that)|are you running)\W*$|\bwhat(?:'s| is) the point(?: of (?:even|this|that|it)\b.*)?\W*$|\bhow (?:hard|difficult) (?:is|can) it be\b|^(?:funny|amazing|interesting) how\b/,
    first: true,
    must: [
      "It's 2am, my flight got cancelled, the desk is closed. Where am I supposed to sleep? I'm at gate B14.",
      'You told me to contact the seller. The seller told me to contact you. Who exactly am I meant to be talking to',
      'Nope, wasn\'t me that ordered it, I\'ve already said that. Why would I order 6 air fryers',
      '@AirNova you\'ve moved my flight 3 times. At what point do I get the option of a refund',
      'Why would I need to go in person to change a billing address. It\'s 2024',
      'they said it had been escalated. said it again in feb. still can\'t pay my premium in the app. what year is it',
      'I\'ve now explained my situation to 4 different people. Do you not take notes??',
      'Yet another \'sorry we missed you\' card when I was sat by the door all day. Do your drivers even get out of the van',
      'So I\'m supposed to phone you now? I emailed precisely because I can\'t sit on hold.',
      "the signal in my area has been dead for two weeks. 'engineers are working on it'. are they tho",
      '45 min call and they passed me to 3 different departments. what kind of system is this',
      "Funny how the app always works perfectly when it's time to pay the bill but never when I need to report an outage.",
    ],
    mustNot: [
      'At what point is the refund triggered, when the courier scans it?',
      'Is my order supposed to arrive today?',
      'Do you ship to Norway?',
      'What kind of service plan covers a cracked screen?',
      'Is there a point of contact for the Leeds office?',
      'Why would the app log me out after an update? Just want to understand.',
      // the frustration rules' must-not examples (rules/frustration.ts), which the whole detector must not read either
      'What is the point of the second PIN on the card?',
      'Do you not deliver on Sundays?',
      'What time am I supposed to arrive for check-in?',
      'Am I supposed to bring my passport to the pickup?',
      'The banners arrived with "Fun Run 2023" on them. It\'s 2025. Could you reprint them?',
    ],
  },
];

/** Whether the sentence reads as a shape's (the shape's `first` says whether the message's first sentence may). */
export function readRhetoric(original: string, whole: string, shapes: readonly RhetoricShape[] = RHETORIC_SHAPES): EffortSignal[] {
  const prepared = whole.length > MAX_READ ? whole.slice(0, MAX_READ) : whole;
  const sentences = trimmedSentences(prepared, MARKED_SENTENCE, MAX_SENTENCES);
  for (let i = 0; i < sentences.length; i++) {
    const { text, start } = sentences[i]!;
    const lower = text.toLowerCase().replace(/^(?:@\w+\s+)+/, '');
    for (const shape of shapes) {
      if (i === 0 && !shape.first) continue;
      if (HAPPY.test(lower)) break;
      if (shape.needs !== undefined && !lower.includes(shape.needs)) continue;
      if (shape.pattern.test(lower)) return [{ id: 'frustration', start, end: start + text.length, match: original.slice(start, start + text.length) }];
    }
  }
  return [];
}
