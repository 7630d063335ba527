/**
 * A reader pass over clauses (issue 12's ninth pass): two different parties, each telling the customer to go
 * somewhere or that it is someone else's job — the customer passed between them, told by who said what rather than
 * by a word for it ("transferred", "bounced").
 *
 *   "Chat told me to email, email told me to use the chat."                              → transfer
 *   "In branch they say must do online. On phone they say go to branch."                 → transfer
 *   "I was told to contact the shop. The shop told me to contact you."                   → transfer
 *   "The servicer says that is the bureau's problem, the bureau says the servicer did it." → transfer
 *
 * One party giving one instruction ("the agent said to restart the router") is no transfer, nor is the same party
 * twice ("support said call back, then support said call back tomorrow").
 */
import type { EffortSignal } from './types';

/** A clause of reported speech: who (up to five words), the verb, the rest. */
const SPEECH =
  /^(?<who>(?:[\w'@&-]+ ){0,9}?)(?:says|said|say|tell|tells|told|keeps? telling|kept telling|sent|sends|send|directs|directed|points|pointed|refers|referred|responded|replied|answers|answered)(?: (?:me|us|him|her))?\b(?<rest>.*)$/;

/** A clause worth reading for its speaker. */
const SPEECH_VERB = /\b(?:says|said|say|tells?|told|telling|sent|sends?|send|directs?|directed|points?|pointed|refers|referred|responded|replied|answers|answered)\b/;

/** What the party said: go elsewhere, or it is someone else's job. */
const ELSEWHERE =
  /\b(?:(?:to )?(?:call|ring|phone|contact|e-?mail|dm|message|write to|go (?:to|back to|in(?:to)?)|use|talk to|speak to|ask|visit|try|reach out to)\b|(?:must|has to|have to|should|need to) (?:do|be done|apply|go|come|call|cancel|handle|fix|refund|approve|submit)\b|(?:do|apply|submit) (?:it |that |this )?(?:online|in (?:store|branch|person)|by phone|over the phone)\b|(?:problem|decision|responsibility|department|fault|job|issue|side)\b|handles? (?:it|that|this)\b|never (?:got|received|had)\b|(?:has|have) no record\b|(?:forwarded|sent|passed|transferred|gave|handed) (?:it|them|that|this)\b)/;

/** Words that do not tell one party from another. */
const FILLER = /\b(?:the|your|their|our|my|a|an|then|and|but|so|now|also|just|again|even|when|after|that|this|who|which|finally|only|ok|okay|lol)\b/g;

const CLAUSE = /[^.!?\n;,]+/g;
const THEN = /\s+(?:then|and then|but then|while|whereas)\s+/;

/**
 * The transfer signal, if two different parties each sent the customer elsewhere in `prepared` (the text as the
 * rules read it); the match is cut from `original` (same offsets), from the first such clause to the last.
 */
export function readReferrals(original: string, prepared: string): EffortSignal[] {
  const lower = prepared.toLowerCase();
  // two parties speaking need two speech verbs: most messages stop here, before any clause is read
  const verbs = lower.match(/\b(?:says|said|say|tells?|told|telling|sent|sends?|refer|point|direct|respond|repl|answer)/g);
  if (verbs === null || verbs.length < 2) return [];
  const clauses: { key: string; rest: string; start: number; end: number }[] = [];
  CLAUSE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE.exec(lower)) !== null) {
    let offset = m.index;
    for (const part of m[0].split(THEN)) {
      const at = m[0].indexOf(part, offset - m.index);
      const start = m.index + (at >= 0 ? at : 0);
      offset = start + part.length;
      const text = part.trim();
      const speech = SPEECH_VERB.test(text) ? SPEECH.exec(text) : null;
      if (speech === null) continue;
      const who = speech.groups!.who.trim();
      // "I was told …", "was told …": a party the customer does not name (one, however often); a long lead-in
      // ("when I tried to cancel it they") names its party by its last words
      const words = who.replace(FILLER, '').replace(/\s+/g, ' ').trim().split(' ');
      const key = /^(?:i |we )?(?:was|were|got|been|am|are|get)$/.test(who) || who === '' ? 'unnamed' : words.slice(-3).join(' ');
      // the customer speaking ("I told them", "I already sent you…") is no party
      if (key === '' || (key !== 'unnamed' && /^(?:i|we|i'?ve|we'?ve|i'?d|we'?d|i'?m|i have|we have|i had|we had)\b/.test(who))) continue;
      const first = start + part.indexOf(text);
      clauses.push({ key, rest: speech.groups!.rest, start: first, end: first + text.length });
    }
  }
  if (new Set(clauses.map((c) => c.key)).size < 2) return [];
  // A party counts when it sends the customer elsewhere, or names another party that spoke ("the bureau says the
  // servicer reported it").
  const named = (rest: string, key: string) =>
    clauses.some((c) => c.key !== key && c.key !== 'unnamed' && c.key.split(' ').some((w) => w.length > 3 && !/^(?:they|said|says|told)$/.test(w) && rest.includes(w)));
  const parties = new Map<string, { start: number; end: number }>();
  for (const c of clauses)
    if (!parties.has(c.key) && (ELSEWHERE.test(c.rest) || named(c.rest, c.key))) parties.set(c.key, { start: c.start, end: c.end });
  if (parties.size < 2) return [];
  const spans = [...parties.values()];
  const start = Math.min(...spans.map((s) => s.start));
  const end = Math.max(...spans.map((s) => s.end));
  return [{ id: 'transfer', start, end, match: original.slice(start, end) }];
}
