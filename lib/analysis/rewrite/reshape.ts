/**
 * Small, pure reshapings of the agent's own words, shared by the rewrites: find and drop the apology, turn a
 * refusal into a first-person "I can't …", pull out what an apology is for, and tidy what is left.
 */
import { readSentence, verbBase } from '../../language';
import { firstUse } from '../../text/first-use';

const INTENSIFIERS = String.raw`(?:(?:so|very|really|truly|deeply|terribly|extremely|sincerely|genuinely|most|awfully)\s+)*`;
/** An apology marker with what glues it to the rest: "I'm so sorry, but", "Unfortunately,", "We regret to inform you that". */
export const APOLOGY_LEAD = new RegExp(
  String.raw`\b(?:(?:(?:i|we)(?:'m|'re|\s+am|\s+are)\s+${INTENSIFIERS})?sorry|(?:i|we)\s+(?:do\s+|must\s+|sincerely\s+|truly\s+)?apologi[sz]e|(?:(?:please\s+)?accept\s+)?(?:my|our)\s+(?:sincere\s+|deepest\s+)?apolog(?:y|ies)|apologies|(?:i|we)\s+regret\s+to\s+(?:inform|tell|advise)\s+you|(?:i|we)\s+(?:do\s+)?regret|(?:i'm|we're|i\s+am|we\s+are)\s+afraid|unfortunately|sadly|regrettably)` +
    String.raw`(?:\s+to\s+(?:say|report))?(?:\s+(?:for|about)\s+(?:this|that|it))?(?:\s*[,:;!—–-]+)?(?:\s*(?:but|however|that(?!'|\s+(?:is|was|isn't|wasn't)\b))\b\s*,?)?(?:\s*(?:there(?:'s|\s+is)\s+)?unfortunately\s*,?)?\s*`,
  'i',
);

/** The sentence without any apology marker, nor the non-apology they carried ("sorry you feel this way"). */
export function withoutApologies(sentence: string): string | null {
  let rest: string | null = null;
  for (let n = 0, next = withoutApology(sentence); next !== null && n < 4; n++, next = withoutApology(next)) rest = next;
  return rest && rest.replace(/^(?:that\s+)?you\s+(?:feel|felt|think|thought|see\s+it)\s+(?:this|that)\s+way(?:\s+[A-Z][a-z]+)?\s*,?\s*/, '');
}

/** Blame carried by a word or two: "clearly stated", "the terms you agreed to". Removed, the fact stays. */
export function softened(sentence: string): string {
  return sentence
    .replace(/\b(?:clearly|obviously)\s+/gi, '')
    .replace(/\s+(?:that\s+)?you\s+(?:agreed\s+to|accepted|signed|were\s+told|were\s+informed|should\s+know)\b/gi, '')
    .replace(/,?\s*as\s+you\s+(?:know|were\s+told|should\s+know)\b/gi, '');
}

let leadReady = false;

/** The sentence without its first apology marker (and the "but"/"that" after it), or null if it has none. */
export function withoutApology(sentence: string): string | null {
  // Compiled to machine code before its first sentence: V8 would interpret it on a short subject first, which for
  // this alternation costs several times the compilation (~3 ms of a first analysis, 0.6 ms compiled; see first-use.ts).
  if (!leadReady) firstUse(APOLOGY_LEAD);
  leadReady = true;
  const m = APOLOGY_LEAD.exec(sentence);
  if (!m) return null;
  const before = sentence.slice(0, m.index).replace(/[\s,;:—–-]+$/, '');
  const after = sentence.slice(m.index + m[0].length);
  return joinParts(before, after);
}

/** Two pieces of a sentence as one: a comma between them when both have words. */
export function joinParts(before: string, after: string): string {
  const a = before.trim();
  const b = after.trim();
  if (!a) return b;
  if (!b) return a;
  return `${a}, ${b}`;
}

const CANT = String.raw`(?:unable\s+to|not\s+able\s+to|aren't\s+able\s+to|isn't\s+able\s+to|can't|cannot|can\s+not|won't\s+be\s+able\s+to|will\s+not\s+be\s+able\s+to|couldn't|could\s+not|not\s+in\s+a\s+position\s+to)`;
const WE_CANT = new RegExp(String.raw`^(?:(?:but|so|and|also|because\b[^,]{0,80},)\s*)?(?:we|i)(?:'re|'m|\s+are|\s+am)?\s+(?:currently\s+|still\s+)?${CANT}\s+(.+)$`, 'i');
const NOTHING_TO_DO = /^(?:there(?:'s|\s+is)|there\s+isn't)\s+(?:nothing|not\s+(?:much|anything))\s+(?:more\s+|else\s+|further\s+)?(?:that\s+)?(?:i|we)\s+(?:can|could)\s+do(?:\s+(?:about|for|with|regarding)\s+([^,;]+?))?(?=$|[,;]|\s+(?:and|but|as|since|because)\b)/i;

/**
 * A refusal in the agent's words, as the first person owning it: "we're unable to offer anything further" →
 * "I can't offer anything further on this myself"; "there's nothing I can do about the late fee" → "the late fee
 * isn't something I can change myself". Null when the words are no refusal of that shape.
 */
export function ownRefusal(rest: string): string | null {
  const body = trimEnd(rest);
  const cant = WE_CANT.exec(body);
  if (cant) {
    const vp = cant[1]!.trim();
    // "I can't offer anything further on this myself": a vague object needs the anchor; "waive the fee" does not.
    return `I can't ${vp}${/\b(?:anything|further|more|that|this|it)$/i.test(vp) ? ' on this myself' : ''}`;
  }
  const nothing = NOTHING_TO_DO.exec(body);
  if (nothing) return nothing[1] ? `${nothing[1].trim()} isn't something I can change myself` : `I can't change this myself`;
  return null;
}

/** Drops end punctuation, emoji and trailing sign-offs ("-Jen", "^JR") the rewrite would otherwise carry mid-sentence. */
export function trimEnd(s: string): string {
  return s
    .replace(/\s+(?:[-–—^]\s?[A-Z]{1,3}|\^[A-Za-z]{1,3}|-\s?[A-Z][a-z]{1,12})\s*$/, '')
    .replace(/[\s.!?…:;,]+$/u, '')
    .replace(/\s*\p{Extended_Pictographic}+\s*$/u, '')
    .replace(/[\s.!?…:;,]+$/u, '')
    .trim();
}

/** What an apology is about, in a sincere form: "for any inconvenience this may have caused" → "for the inconvenience". */
const ABOUT = /\b(?:sorry|apologi[sz]e|apologies|apology|regret)(?:\s+(?:deeply|sincerely|truly|so\s+much))?(?:\s+(about|for|that|to\s+hear(?:\s+about|\s+that)?|to\s+see(?:\s+that)?|to\s+learn(?:\s+that)?|if|to\s+disappoint(?:\s+you)?)\b)?\s*([^.!?\n]*)/i;

export function apologyObject(sentence: string): string | null {
  const m = ABOUT.exec(sentence);
  if (!m) return null;
  const link = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
  // Up to where the sentence moves on: "sorry to hear that, we'll look into it" is sorry about "that".
  const upTo = m[2]!.split(/\s*,\s*(?=(?:but|and|so|we|i|please|thanks|thank|it|this)\b)/i)[0]!;
  let what = trimEnd(upTo.replace(/\s*,\s*[A-Z][a-z]+\s*[!.]?\s*$/, ''));
  if (link.startsWith('to disappoint') || link === 'if') return 'this fell short';
  // No link word: "sorry your book arrived this way" is an object; "sorry, but …" / "Sorry!" are not.
  if (!link && (!what || /^[,;:—–-]|^(?:but|however|to|we|i|and|so|please)\b/i.test(what))) return null;
  what = what
    .replace(/^[,\s]+/, '')
    .replace(/\bany\s+(inconvenience|trouble|confusion|frustration|issues?|problems?|delay)\b/i, 'the $1')
    .replace(/\s+(?:this|that|it|which|we)\s+(?:may|might|could|has|have)\s+(?:have\s+)?(?:caused|created)(?:\s+you)?(?:\s+by\s+this)?\b.*$/i, '')
    .replace(/\s+caused(?:\s+by\s+this)?\b.*$/i, '');
  if (/^(?:that\s+)?you\s+(?:feel|felt|think|thought|see it)\b/i.test(what)) return 'about this';
  if (/^(?:that\s+)?you(?:'re|\s+are|\s+were)\s+(?:so\s+)?(?:upset|unhappy|disappointed|dissatisfied|frustrated|annoyed|not happy)/i.test(what)) return 'this fell short';
  if (/^(?:that\s+)?(?:it|this|the \w+|our \w+|\w+)(?:'s|\s+is|\s+was)?\s*(?:n't|not)\s+(?:your cup of tea|for you|what you)/i.test(what) || /\bcup of tea\b/i.test(what)) return 'this wasn\'t what you hoped for';
  if (!what) return null;
  if (link.startsWith('to hear') || link.startsWith('to see') || link.startsWith('to learn'))
    return link.endsWith('that') ? `that ${what}` : /^(?:about|that)\b/i.test(what) ? what : /^(?:this|that|it)$/i.test(what) ? 'about this' : hasVerb(what) ? `that ${what}` : `about ${what}`;
  if (link) return `${link} ${what}`;
  // "sorry the inconvenience": a bare noun phrase takes "for"; a clause ("your book arrived this way") stands as it is.
  return hasVerb(what) ? what : `for ${what}`;
}

export function hasVerb(words: string): boolean {
  return readSentence(words, 0, words.length).clauses.some((c) => c.verb !== null);
}

/** A leading or trailing vocative ("Matthew, …", "…, Eric!"): the customer's name as the agent wrote it. */
export function vocative(sentence: string, firstName?: string): string | null {
  if (firstName && new RegExp(String.raw`\b${firstName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\b`).test(sentence)) return firstName;
  const lead = /^(?:(?:hi|hello|hey|dear)\s+)?([A-Z][a-z]{1,20})\s*,\s/.exec(sentence);
  if (lead && !STOP_NAMES.has(lead[1]!.toLowerCase())) return lead[1]!;
  const tail = /,\s*([A-Z][a-z]{1,20})\s*[!.]?\s*$/.exec(sentence);
  if (tail && !STOP_NAMES.has(tail[1]!.toLowerCase())) return tail[1]!;
  return null;
}
const STOP_NAMES = new Set(['unfortunately', 'sadly', 'sorry', 'again', 'however', 'also', 'please', 'thanks', 'yes', 'no', 'ok', 'okay', 'well', 'so', 'now', 'here', 'there', 'this', 'that', 'we', 'i', 'you', 'regrettably', 'apologies', 'hello', 'hi', 'hey', 'dear', 'team', 'support']);

/** "You should have read the guide" → "read the guide": the action the customer is blamed for not doing, in the base form. */
export function blamedAction(clause: string): string | null {
  const m =
    /\byou\s+(?:really\s+)?(?:should|could|might|ought\s+to|would)(?:'ve|\s+have)\s+(?:simply\s+|just\s+|at\s+least\s+|first\s+)?(?:done\s+(?:me|us)\s+the\s+(?:simple\s+)?courtesy\s+of\s+)?([a-z]+)\b(.*)$/i.exec(trimEnd(clause)) ??
    /\byou\s+(?:would|could|might)?\s*do\s+(?:me|us)\s+the\s+(?:simple\s+)?courtesy\s+of\s+([a-z]+)\b(.*)$/i.exec(trimEnd(clause));
  if (!m) return null;
  const base = verbBase(m[1]!.toLowerCase());
  if (!base) return null;
  const contact = /^(?:email|e-mail|contact|call|message|write|tell|reach|ask|let|dm|phone|ring)$/.test(base.base);
  const rest = m[2]!
    .replace(/\bso\s+(we|i)\s+(?:could|may|might)\b/gi, 'so $1 can')
    .replace(/\bcould have\b/gi, 'can')
    .replace(/\s+(?:instead\s+of|rather\s+than)\b.*$/i, '');
  // Getting in touch is how this gets sorted; anything else the customer "should have done" is advice for next time.
  return `${contact ? 'the quickest way to get this sorted is to' : 'it helps to'} ${base.base}${rest}`.trim();
}

/** Capital first letter (the rest as written). */
export const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
