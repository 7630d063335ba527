/**
 * A reader pass over sentences (issue 12, h50): the company's assurance told as past — "I was told", "the agent
 * said", "approved in writing" — then, in the same sentence after "but/then" or in one of the next three, what
 * happened instead. A promise that did not hold, in any words, with no time named (promise-reader.ts needs one).
 * "Instead" is read narrowly — never came, denied, no record, not done, anyway, now they say otherwise, a flat "They
 * didn't." — not a later bill, a "then they said" or a "still": in complaint narratives those tell the story's next
 * step as often as a broken promise (tried and dropped: they found as many wrong as right on text never read).
 *
 *   "The representative said it was approved. My next statement showed the forbearance was never applied."
 *   "The agent told me on the phone it was approved. There is no record of that call, they say."
 *   "the agent on the phone said my claim was approved, then I get a letter saying denied."
 *   "The person at the call center said the arrangement was in the system. They shut me off anyway."
 *   "I have been told 3 times a manager would email me. Not once."
 *
 * (h54) Also the customer left out ("I called and was told an engineer would come. Nobody came." — then only a promise
 * of what would happen), a promise of an act ("agreed to settle … They now say…"), the company's message saying what
 * would happen ("your last message saying an engineer would be in touch. Nobody has been in touch."), and the promised
 * act that never came or the same fault back ("Nobody call.", "the replacement came with the same fault"); any party
 * of the company's saying what would happen ("The marketplace said they would refund"), a bare role ("technician
 * visited and said fixed. NOT FIXED."), a promise quoted without a saying verb ("Each time 'it will be delivered
 * tomorrow'. It hasn't."), a status in scare quotes ('The check has been "mailed" twice. Never arrived.'), an
 * expectation set ("It was supposed to be today. Now it's moved to…"), and charging that goes on after the customer
 * stopped it. A point inside an amount ("{$14.00}") does not end a sentence.
 *
 * Not an instruction ("I was told I had to call", "told me to restart"), a refusal or bad news told ("said there were
 * no seats", "told me the dispute could not be reopened"), a plan or a question ("if they said",
 * "can you confirm"), or an assurance followed by nothing contrary ("The agent said it was approved. Thanks!").
 * Reads the first 60 sentences only, each at most 400 characters: a pasted 100 KB costs no more.
 *
 * Also the customer's own request told as past, then the company's side going on as before, in the same sentence
 * after "but/yet/and" or as one of the next two sentences' opening:
 *
 *   "I sent them the paid-in-full letter by certified mail. They are still calling."
 *   "I told them in writing to stop calling my office. They continue to call."
 *   "I've emailed support 4 times. They keep asking me to update my card."
 *   "I revoked the authorization with my bank. The bank still let three payments through."
 *
 * Not a request with nothing after it, nor the company's side going on well ("They still honour the old price").
 */
import type { EffortSignal } from './types';
import { DECIMAL_SAFE_SENTENCE, listSentences } from './sentence-list';

/** Who assured: the customer told, or the company's side as the subject of a saying. */
const ASSURED = new RegExp(
  // the customer told, said or left out after their own clause ("I called the issuer and was told…")
  String.raw`\b(?:(?:i|we|and|then)(?: was| were| had been| have been|'ve been) (?:\w+ )?(?:told|assured|promised|informed|advised|approved|guaranteed)` +
    String.raw`|(?:they|he|she|you|support|customer (?:service|care|relations|support)|xxxx|(?:(?:the|an?|one|your|their|another|its) (?:[\w-]+ ){0,2}?|(?<!\bmy ))(?:agent|rep|representative|person|woman|man|lady|guy|bank|company|servicer|lender|adjuster|store|manager|supervisor|seller|dealer|insurer|landlord|agency|collector|hospital|employee|associate|advisor|adviser|airline|carrier|provider|office|branch|department|team|staff|technician|tech|engineer|courier|host|merchant|contractor|installer|plumber|fitter|driver|marketplace|platform|retailer|shop))` +
    String.raw`(?: [\w'",]+){0,5}? (?:said|told (?:me|us)|assured (?:me|us)|promised(?: me| us)?|confirmed|agreed|approved|guaranteed|says?(?= (?:that )?["']?(?:[\w']+ ){1,4}?(?:will|would|'ll)\b))` +
    // any party of the company's, when what it said is what would happen: "the marketplace said they would refund"
    String.raw`|(?:the|your|their) [\w-]+(?: [\w-]+)? (?:said|told (?:me|us)|assured (?:me|us))(?= (?:that )?["']?(?:[\w']+ ){1,4}?(?:would|will|'d|'ll)\b)` +
    // the company's promise quoted without a saying verb: "Each time 'it's been located and will be delivered tomorrow'."
    String.raw`|(?:each time|every time|and then|then),? ["'](?:[^"'.!?]|(?<=\w)'(?=\w)){0,60}?\b(?:will|'ll|would)\b(?:[^"'.!?]|(?<=\w)'(?=\w)){0,60}["']` +
    // a status the customer doubts, in scare quotes: 'The check has been "mailed" twice.', 'was "processed" on the 2nd'
    String.raw`|(?:was|were|been|is|are) ["'](?:processed|sent|mailed|issued|shipped|resolved|fixed|completed|approved|refunded|delivered|dispatched|escalated)["']` +
    // the company's message told as saying what would happen: "your last message saying an engineer would be in touch"
    String.raw`|(?:message|e-?mail|letter|text|reply|confirmation|notice)s? (?:saying|stating|promising|said|says)(?= (?:that )?["']?(?:[\w']+ ){1,4}?(?:will|would|'ll)\b)` +
    String.raw`|(?:was|were) (?:supposed|meant|due|scheduled) to|(?:was|were|got|been|is) (?:approved|confirmed|promised|granted)|(?:approved|confirmed|agreed) (?:it )?in writing)(?:\b|(?<=["']))`,
);
/** An instruction, not an assurance: "told me to call", "I was told I had to speak with". */
const INSTRUCTION = /^\s+(?:(?:that )?(?:i|we) (?:had|have|need|needed|must|should|would need)\b|to\b)/;
/** A promise of an act, where "to" names what was promised, not what the customer must do: "agreed to settle". */
const PROMISED_ACT = /\b(?:agreed|promised|guaranteed)$/;
/**
 * What was said is no promise: a refusal or bad news ("told me the dispute could not be reopened", "said there were no
 * seats", "said the charges were valid"), or something the customer must do ("said I would need to pay").
 */
const NOT_A_PROMISE = /\b(?:not|no|never|cannot|can'?t|couldn'?t|won'?t|wouldn'?t|didn'?t|doesn'?t|don'?t|isn'?t|wasn'?t|weren'?t|aren'?t|nothing|none|denied|declined|rejected|refused|valid|must|should|(?:need|needed|have|had|has) to)\b/;
/**
 * What is, set against what was told, in one clause: "the amount shown is not the same as what I was told I would be
 * issued", "more than I was quoted", "not what your agent promised".
 */
const NOT_AS_TOLD =
  /\b(?:not (?:the same as|what)|different (?:from|than)|more than|less than|higher than|lower than|nothing like)(?: what)? (?:(?:i|we) (?:was|were|had been|'d been) (?:told|promised|quoted|offered|assured)|(?:you|they|the \w+|your \w+) (?:said|promised|quoted|told (?:me|us)|offered))\b/;
/** A fix told as done, and a count of the times it was told. */
const FIX_TOLD_AGAIN = /^(?:\s+(?:that|it|it's|its|this|the \w+|my \w+|was|is|has been|had been|been|would be|will be)){1,3}\s+(?:fixed|resolved|sorted|solved|repaired|done)\b(?:\s+\w+){0,2}?\s+(?:twice|\d{1,2} times|(?:three|four|five|six|several|many|multiple) times|(?:every|each) time)\b/;
/** What was told is a promise of what would happen. */
const WOULD = /\b(?:would|will|'d|'ll|going to|gonna)\b/;
/** A plan, a condition or an ask before the assurance. */
const NOT_TOLD = /\b(?:if|will you|can you|could you|please|would you|should i|do i|when)\b/;
/** What happened instead: it never came, it was denied, now they say otherwise, a bill or letter that says so, still. */
const CONTRARY = new RegExp(
  String.raw`\b(?:anyway|never (?:[\w']+ )?(?:applied|came|arrived|happened|received|showed|appeared|processed|credited|reflected|honou?red|called|sent|got|did|went)` +
    String.raw`|no (?:record|case|trace|note|notes|claim) (?:of|on|for|in)\b|no record|(?:was|were|been|got|is|are|it's|now) (?:denied|rejected|refused|declined|reversed)|denied|refused (?:to|it)` +
    String.raw`|(?:not|wasn't|never|hasn't been|has not been) (?:been )?(?:approved|applied|honou?red|processed|done|fixed|waived|removed|cancell?ed|credited|received|paid)` +
    String.raw`|now (?!why|what|how)(?:[\w']+ ){0,3}?(?:say|says|said|claim|claims|tell|tells|told|show|shows|showed|want|wants|charged|billed|reported|denied|refused|moved|pushed|changed|delayed|rescheduled)` +
    String.raw`|clearly not|not once|(?:the )?same (?:problem|issue|fault|error|thing|result)|denial` +
    String.raw`|nothing (?:has |had )?(?:come|came|arrived|shown up|showed up|appeared|been (?:received|credited|paid|refunded|done))` +
    String.raw`)` +
    // a flat "It wasn't." or "Nobody came.", opening the next sentence or the turn (read from the sentence's first word:
    // a \b before ^ never matched a sentence that starts with a space)
    String.raw`|^[\s,]*(?:but |and |so )?(?:(?:it|they|he|she|nobody|no one|nothing) (?:didn'?t|did not|hasn'?t|has not|haven'?t|have not|wasn'?t|was not|never)\b` +
    // …the promised act that did not come: "Nobody called.", "No one has been in touch.", "Nobody call." (a learner's tense)
    String.raw`|(?:nobody|no one|noone|no-one) (?:has |have |had |ever |even )?(?:came|come|called|call|rang|showed|turned up|contacted|reached out|been in touch|got back|followed up|phoned|emailed|replied|responded|did)\b` +
    String.raw`|neither (?:[\w']+ ){0,3}?(?:appeared|arrived|came|happened|showed|was|were)\b)`,
);
/** The customer's own request or contact, told as past. */
const ASKED =
  /\b(?:i|we|i've|we've|i have|we have|i had|we had|i already|we already) (?:also |already |even )?(?:sent|told|asked|disputed|faxed|mailed|e-?mailed|called|reported|requested|returned|paid|cancell?ed|paused|froze|closed|stopped|revoked|unsubscribed|gave|provided|submitted|uploaded|wrote|notified|informed|explained|replied)\b/;
/**
 * The company's side going on as before, a thing the company does: "They are still calling", "The bank still let…",
 * "They keep asking" (not "It keeps the same number", "They still honour the old price").
 */
const GOES_ON =
  /^[\s,]*(?:but |and |yet )?(?:they|you|it|he|she|the (?:[\w-]+ ){0,2}?(?:company|bank|collector|agency|servicer|lender|calls|letters|charges|emails|texts|bureau|app|site|account)|xxxx(?: [\w-]+){0,2}?)(?:'s|'re)? (?:are |is |have |has )?(?:still|continue to|continues to|continued to|keep|keeps|kept|again) (?:on )?(?:call|ring|phon|text|e-?mail|mail|send|sent|charg|bill|debit|tak|took|pull|withdr[ae]w|report|ask|show|list|arriv|com|came|happen|let|contact|collect|demand|threat|deny|denie|refus|reject)\w*/;
/**
 * The company's side charging on after the customer stopped it, in one clause: "I've been charged for two weeks after
 * I paused the subscription", "has been billing me a rental for a modem I returned in 2021". A single charge told
 * ("I was charged for a trial I cancelled") is a billing error to put right, not one that goes on.
 */
const CHARGED_AFTER_STOP =
  /\b(?:been|keeps?|kept|still|continued? to|continues to) (?:charg|bill|debit)(?:ed|ing|e|es)?\b(?: [\w'$.,{}]+){0,12}? (?:(?:after|since|even though|although|despite|though) (?:i|we) (?:had |have |already )?|(?:for|on) (?:a|an|the|my|our) [\w-]+(?: [\w-]+)? (?:that )?(?:i|we) (?:had |have |already )?)(?:paused|cancell?ed|returned|closed|froze|frozen|stopped|unsubscribed|terminated|sent back)\b/;
/** How many sentences after a request are read. */
const AHEAD_ASKED = 2;

/** How many sentences after the assurance are read. */
const AHEAD = 3;
/** How many sentences of a message are read. */
const MAX_SENTENCES = 60;

/** The unresolved signal a broken assurance shows in `prepared`; the match is cut from `original` (same offsets). */
export function readAssurances(original: string, prepared: string): EffortSignal[] {
  const lower = prepared.toLowerCase();
  const saying = /\b(?:told|said|assured|promised|confirmed|agreed|approved|guaranteed|informed|advised|says?|saying|stating|promising|supposed|meant|due|scheduled)\b|\b(?:been|was|were|is|are) ["']|\b(?:each|every) time\b/.test(lower);
  if (!saying && !/\b(?:still|continues?|continued|keeps?|kept|again|charg\w*|bill\w*|debit\w*|supposed|meant|due|scheduled)\b/.test(lower)) return [];
  const list = listSentences(lower, DECIMAL_SAFE_SENTENCE, MAX_SENTENCES);
  for (let i = 0; saying && i < list.length; i++) {
    const s = list[i]!;
    const a = ASSURED.exec(s.text);
    if (a === null) continue;
    const afterAt = a.index + a[0].length;
    const said = s.text.slice(afterAt);
    if (NOT_TOLD.test(s.text.slice(0, a.index)) || (INSTRUCTION.test(said) && !PROMISED_ACT.test(a[0]))) continue;
    // what was said, up to a turn ("…was approved, then I get a letter"): a promise, not a refusal
    const turnAt = /\b(?:but|then|yet|however)\b/.exec(said)?.index ?? said.length;
    const what = said.slice(0, Math.min(turnAt, 120));
    // a fix told as done, told again and again: it did not hold ("I've been told it's fixed four times now")
    const toldAgain = FIX_TOLD_AGAIN.exec(what);
    if (toldAgain !== null) return [{ id: 'unresolved', start: s.start + a.index, end: s.start + afterAt + toldAgain.index + toldAgain[0].length, match: original.slice(s.start + a.index, s.start + afterAt + toldAgain.index + toldAgain[0].length) }];
    if (NOT_A_PROMISE.test(what)) continue;
    // told with the customer left out ("…and was told the loan was rolled over"): only a promise of what would happen
    if (/^(?:and|then) /.test(a[0]) && !WOULD.test(what)) continue;
    const turn = /\b(?:but|then|yet|however|and(?= (?:nobody|no one|neither)\b))\b|,\s*(?=(?:nobody|no one|neither)\b)/.exec(s.text.slice(afterAt));
    const places = [
      ...(turn === null ? [] : [{ text: s.text.slice(afterAt + turn.index), start: s.start + afterAt + turn.index }]),
      ...list.slice(i + 1, i + 1 + AHEAD),
    ];
    for (const p of places) {
      const c = CONTRARY.exec(p.text);
      if (c === null) continue;
      const start = s.start + a.index;
      const end = p.start + c.index + c[0].length;
      return [{ id: 'unresolved', start, end, match: original.slice(start, end) }];
    }
  }
  const contrary = notAsTold(original, list);
  return contrary.length > 0 ? contrary : goesOn(original, list);
}

/** What is set against what was told (NOT_AS_TOLD), in a sentence that is no question about a plan. */
function notAsTold(original: string, list: { text: string; start: number }[]): EffortSignal[] {
  for (const s of list) {
    const n = NOT_AS_TOLD.exec(s.text);
    if (n === null || /\b(?:if|will it|would it|is it|could it)\b/.test(s.text.slice(0, n.index))) continue;
    return [{ id: 'unresolved', start: s.start + n.index, end: s.start + n.index + n[0].length, match: original.slice(s.start + n.index, s.start + n.index + n[0].length) }];
  }
  return [];
}

/** The customer's request, then the company's side going on as before (see the header). */
function goesOn(original: string, list: { text: string; start: number }[]): EffortSignal[] {
  for (let i = 0; i < list.length; i++) {
    const s = list[i]!;
    const charged = s.text.includes('?') ? null : CHARGED_AFTER_STOP.exec(s.text);
    if (charged !== null) return [{ id: 'unresolved', start: s.start + charged.index, end: s.start + charged.index + charged[0].length, match: original.slice(s.start + charged.index, s.start + charged.index + charged[0].length) }];
    const a = ASKED.exec(s.text);
    if (a === null) continue;
    // the turn: "but/yet/and", or a comma before the company's side ("I froze my account in Jan, you kept charging me")
    const turn = /\b(?:but|yet|and) |,\s*(?=(?:you|they) )/.exec(s.text.slice(a.index + a[0].length));
    const places = [
      ...(turn === null ? [] : [{ text: s.text.slice(a.index + a[0].length + turn.index), start: s.start + a.index + a[0].length + turn.index }]),
      ...list.slice(i + 1, i + 1 + AHEAD_ASKED),
    ];
    for (const p of places) {
      if (p.text.includes('?')) continue;
      const g = GOES_ON.exec(p.text);
      if (g === null) continue;
      const start = s.start + a.index;
      const end = p.start + g[0].length;
      return [{ id: 'unresolved', start, end, match: original.slice(start, end) }];
    }
  }
  return [];
}
