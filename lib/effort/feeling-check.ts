/**
 * A check on the frustration rules' matches (issue 12's eleventh pass, precision on helpdesk mail): a feeling the
 * customer says they do not have, and two exclamation marks on good news, are no exasperation. Dropped:
 *
 *   a feeling denied: "I'm not angry, just confused", "I'm not angry at the receptionist, who was lovely" (kept:
 *     "I am not angry, I am just disappointed", a feeling denied for a worse one; "I'm angry")
 *   "!!" on something that now works, with no failure said in its sentence: "thank you for your patience with me,
 *     it works now!!" (kept: "it still doesn't work!!", "it worked for a day and broke again!!")
 *   (h52) the company's words quoted: 'their reply only says "we understand your frustration."' (kept: 'I told them
 *     "this is ridiculous"')
 */
import { isQuotedFromOthers, spanAround } from './match-span';

const FEELING = /^(?:angry|angered|upset|frustrated|annoyed|mad|cross|furious|irate|livid)$/;
const WORKS_NOW = /\b(?:it|that|this|everything|all|the \w+)(?:'s| is)? (?:works|worked|working|fixed|sorted|resolved|arrived|landed|came|went through)(?: now| again| fine| perfectly)?\b/;
const STILL_BAD = /\b(?:not|never|still|again|broke|broken|fails?|failed|stopped|no longer)\b|n't\b/;

/** Whether a frustration rule's match between `start` and `end` of `lower` stays (see above). */
export function isFrustration(lower: string, start: number, end: number): boolean {
  const match = lower.slice(start, end);
  // (h52) the company's words quoted back: 'The support only write "we understand your frustration."'
  if (isQuotedFromOthers(lower, start, end)) return false;
  if (FEELING.test(match))
    return (
      !/\b(?:not|never|n't|no longer)\s+(?:at all\s+|really\s+|even\s+|too\s+|that\s+|so\s+)?$/.test(lower.slice(Math.max(0, start - 24), start)) ||
      // "not angry, I am just disappointed": the feeling denied for a worse one
      /^[,;]?\s*(?:i'?m|i am|we'?re|we are|just|only|but)?\s*(?:just|only|simply)?\s*(?:very\s+|really\s+|so\s+|deeply\s+)?(?:disappointed|let down|fed up|tired|exhausted|hurt|furious|livid|beyond)\b/.test(lower.slice(end, end + 40))
    );
  // (h73) a scam done to the customer by someone else, or asked about, not the company called one: "Is this a scam or
  // legit?", "I was a victim of a scam", "I realized it was a scam" (kept: "This company is a scam", "Scam. Pure scam.")
  if (/^scam$/.test(match)) {
    const { from, to } = spanAround(lower, start, end, '.!?\n');
    const before = lower.slice(Math.max(from, start - 40), start);
    if (lower[to] === '?' || /\b(?:victim of|fell for|(?:realized|realised|knew|know|found out|turns? out|turned out) (?:that )?(?:it|this|that|they) (?:was|is|were|are)|not) (?:a |an |the )?$/.test(before)) return false;
  }
  // (h80) "exhausted" said of things, not of the customer: "Our retries were exhausted", "I have exhausted all other
  // options" (kept: "I'm exhausted", "exhausted and fed up")
  if (match === 'exhausted') {
    if (/^\s+(?:all|every|each|my|our|the|their|its|any|this|that|these|those)\b/.test(lower.slice(end, end + 8))) return false;
    const subject = /\b([a-z']+) (?:were|are|was|is|have been|has been|had been|got|get|gets)\s+$/.exec(lower.slice(Math.max(0, start - 40), start));
    if (subject !== null && !/^(?:i|we|i'm|im|we're|they|he|she|you|just|so|really|completely|totally|absolutely|honestly)$/.test(subject[1]!)) return false;
  }
  if (match === '!!') {
    const { from } = spanAround(lower, start, end, '.!?\n');
    const sentence = lower.slice(from, start);
    return !(WORKS_NOW.test(sentence) && !STILL_BAD.test(sentence));
  }
  return true;
}
