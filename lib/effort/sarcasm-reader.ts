/**
 * A reader pass over sentences (issue 12, h55): sarcasm told by structure — praise said about a failure. Two shapes:
 *
 * - a sentence made only of praise (one to six words: a praise word, with at most intensifiers, a thing praised and an
 *   emoji), in a message that tells a failure in another sentence: "box split open, charger missing. Great packaging,
 *   really top notch 👍", "The 'upgrade' made the app slower than before. Congrats.", "Yeah sure, blame the customer.
 *   Very professional.", "the driver ate my fries. 10/10 experience", "yay the app ate my draft again. love it here",
 *   "Nice one. Third replacement kettle, third one that trips the fuse.", "Thanks @user for sending my $400 graphics
 *   card in a single layer bubble wrap envelope. Great care 👍", "this is the second time we have been delayed. Just
 *   curious.";
 * - praise that opens on "another": "great, another 'we value your feedback' email", "Wonderful. Another \"we
 *   apologise for any inconvenience\"".
 *
 * Not: praise in a message with no failure ("Arrived a day early. Great service 👍"), or one that tells the failure
 * mended or praises someone for it ("Lost my bag but you found it in an hour. Great job!", "the flight was late but
 * the crew were lovely. Great service"), praise that names more than its thing ("the driver was great"), thanks.
 */
import type { EffortSignal } from './types';
import { trimmedSentences } from './sentence-list';

/** Only the first characters are read, as the other readers do. */
const MAX_READ = 6000;

/** Words that praise on their own. */
const PRAISE = new Set(
  (
    'great brilliant wonderful fantastic lovely amazing perfect excellent superb stellar terrific marvellous marvelous splendid ' +
    'outstanding impressive classy congrats congratulations bravo kudos professional reassuring awesome incredible top 10/10'
  ).split(' '),
);
/** Praise said in two words: "well done", "nice one", "love it", "good job". */
const PRAISE_PAIRS = new Set(['well done', 'nice one', 'love it', 'love this', 'love that', 'good job', 'nice job', 'great job', 'good work', 'nice work', 'top notch', 'gotta love']);
/** What may stand beside the praise and leave it praise alone: intensifiers, interjections, the thing praised. */
const BESIDE = new Set(
  (
    'oh yeah wow well and just so really very truly absolutely such super most simply what a real ok okay ' +
    'care packaging value work job service communication stuff team guys one experience support effort timing system ' +
    'planning customer here it this that notch done good nice love gotta as always again there thanks'
  ).split(' '),
);
/**
 * What tells a failure: a thing that went wrong or was said again, or the company's word scare-quoted. Not a bare
 * negation: "carried it up 4 flights without complaining", "never think about it anymore" are praise too.
 */
const FAILURE = new Set(
  (
    'late delayed delay delays lost broken broke never nobody nothing still cancelled canceled missing stuck failed fails ' +
    'wrong cold deleted crashed crashes crashing froze frozen ruined soaked damaged expired slower worse worst blame ' +
    'blamed charged overcharged dies died dead down error ate hung again instead third fourth fifth another ignored ' +
    'disconnected useless'
  ).split(' '),
);
/**
 * What says the failure was mended, or someone was kind about it: the praise is sincere ("Lost my bag but you found it
 * in an hour. Great job!", "no problems at all", "the crew were lovely").
 */
const SINCERE =
  /\b(?:fixed|sorted|resolved|refunded|replaced|found it|found my|works now|working now|back up|quickly|promptly|straight away|right away|in no time|same day|no (?:problems?|issues?|trouble|hassle|fuss|complaints?|worries)|not bad|(?:can'?t|cannot) (?:fault|complain)|couldn'?t be happier|thank you (?:so much |very much )?for (?:your|the|sorting|fixing|helping)|(?:was|were|is|are|been) (?:so |very |really |super |extremely )?(?:lovely|great|helpful|nice|kind|amazing|brilliant|friendly|excellent|fantastic|patient|quick|fast))\b/;
/** Curiosity feigned after a complaint, the way praise is: "Does that usually happen twice? Just curious." */
const FEIGNED = /^just (?:curious|wondering|asking|saying)\W*$/;
/**
 * Thanks for what the company did, with praise alone after it and nothing mended: the thanks is the complaint
 * ("Thanks @user for sending my $400 graphics card in a single layer bubble wrap envelope. Great care 👍").
 */
const THANKS_FOR = /^(?:@\w+ )*(?:thanks?|thank you)(?: @\w+)? for \w+ing (?:my|our|me|us)\b/;
/** Sent back to where the customer started: "And we're back to the bot.", "back to square one". */
const BACK_TO_START = /\bback to (?:the (?:bot|start|beginning|queue)|square one|zero|where (?:i|we) started)\b/;
/** Thanks given in earnest: the other signal found is no failure the praise is said about ("A quick thank you to the team …"). */
const THANKED = /\bthank you\b|\bthanks (?:to|so|again|a lot)\b|\bgrateful\b/;
/** A stretch in double quotes, or in single quotes that are not apostrophes: what someone else said. */
const QUOTED = /"[^"\n]{1,120}"|(?<![a-z])'[^'\n]{1,120}'(?![a-z])/g;
/** The company's word scare-quoted, thrown back: "the 'upgrade'", 'a "next day delivery"'. */
const SCARE_QUOTE = /["'](?=[a-z])[a-z][a-z -]{1,30}["'](?![a-z])/;

/** What "another" brings when it is the company's again: its words quoted, a stock reply, a fault ("great, another question" is not). */
const COMPANY_THING = /^\s*(?:[\w-]+ ){0,2}?(?:["']|(?:e-?mail|reply|response|template|bot|survey|excuse|voucher|form|fee|charge|outage|error|delay|cancell?ation|update|promise|apology|chat|agent|transfer|ticket|bill|crash|bug|glitch|day|week|month|hour)s?\b)/;

const wordsOf = (s: string) => s.toLowerCase().replace(/n't\b/g, ' not').match(/10\/10|[a-z']+/g) ?? [];

/** Whether a sentence's words are praise alone (one to six words, at least one praising). */
function isPraiseOnly(ws: string[]): boolean {
  if (ws.length === 0 || ws.length > 6) return false;
  let praise = false;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (PRAISE.has(w) || (i + 1 < ws.length && PRAISE_PAIRS.has(`${w} ${ws[i + 1]}`))) praise = true;
    else if (!BESIDE.has(w)) return false;
  }
  // "thanks" and the words beside praise never make it alone ("Thanks.", "ok so")
  return praise;
}

/** Whether a sentence "10/10 would …": a rating that recommends what went wrong. */
const RATED_AGAIN = /^(?:10\/10|five stars?|5 stars?),? would\b/;

/**
 * `effortShown`: the detector already found another effort signal in the message (a wait, a failed fix, a contact
 * again): that is the failure the praise is said about, told in words no failure list holds ("DM'd you 5 days ago.
 * Seen. No reply. Classy.").
 */
export function readSarcasm(original: string, whole: string, effortShown = false): EffortSignal[] {
  const prepared = whole.length > MAX_READ ? whole.slice(0, MAX_READ) : whole;
  const lower = prepared.toLowerCase();
  // the company's claim scare-quoted is no mending: '"your issue has been resolved" - … still on my statement'
  if (SINCERE.test(lower.replace(QUOTED, ' '))) return [];
  const sentences = trimmedSentences(prepared);
  if (sentences.length < 2 && !/^\S+,/.test(lower.trimStart()) && !RATED_AGAIN.test(lower.trimStart())) return [];
  for (let i = 0; i < sentences.length; i++) {
    const { start: at, text } = sentences[i]!;
    // the sentence's words, without the handles it opens on or a link ("Great care 👍 https://t.co/…")
    const low = text.toLowerCase().replace(/^(?:@\w+\s+)+/, '').replace(/\bhttps?:\/\/\S+/g, '').trim();
    const ws = wordsOf(low);
    // praise that opens on "another": "great, another 'we value your feedback' email", "Wonderful. Another …"
    const next = sentences[i + 1]?.text.toLowerCase() ?? '';
    const lead = /^(?:oh |just |so )?([a-z]+)(?:,\s*| )(?:yet )?another\b(.{0,40})/.exec(low);
    const leadRest = lead?.[2] ?? /^(?:yet )?another\b(.{0,40})/.exec(next)?.[1];
    const opensOnAnother = lead !== null ? PRAISE.has(lead[1]!) : ws.length <= 2 && isPraiseOnly(ws) && leadRest !== undefined;
    if (opensOnAnother && leadRest !== undefined && COMPANY_THING.test(leadRest)) {
      return [{ id: 'frustration', start: at, end: at + text.length, match: original.slice(at, at + text.length) }];
    }
    // praise alone, not cheered ("Love it!!" is meant)
    const rated = RATED_AGAIN.test(low);
    if ((!isPraiseOnly(ws) && !rated && !FEIGNED.test(low)) || text.endsWith('!')) continue;
    // a failure told in another sentence of the message (or in what a rating would go through again)
    const rest = sentences.filter((_, k) => k !== i || rated).map((x) => x.text).join(' ');
    const restLower = rest.toLowerCase();
    if ((effortShown && !THANKED.test(restLower)) || SCARE_QUOTE.test(restLower) || BACK_TO_START.test(restLower) || THANKS_FOR.test(restLower) || wordsOf(rest).some((w) => FAILURE.has(w))) {
      return [{ id: 'frustration', start: at, end: at + text.length, match: original.slice(at, at + text.length) }];
    }
  }
  return [];
}
