/**
 * The grammar signals the judge weighs, named for what they mean in a support reply. Each is read from the
 * sentence structure (lib/language), not from a phrase list: an instruction is an imperative clause whatever its
 * verb, a commitment a first-person future or modal with an action, a request for details a question put to the
 * customer, blame the customer as the subject of a failure or an obligation in the past.
 */
import type { Clause, Sentence } from '../../language';

/** Verbs that send the customer elsewhere rather than help them: an imperative of these is a redirect. */
const REDIRECT = new Set(['contact', 'reach', 'call', 'ring', 'email', 'e-mail', 'message', 'visit', 'follow', 'dm', 'write', 'speak', 'talk', 'refer', 'let', 'feel', 'note', 'accept', 'bear', 'be', 'rest', 'enjoy', 'allow', 'keep', 'stay']);
/** Verbs of feeling or saying: "we hope", "we understand", "we appreciate" commit to nothing. */
const STANCE = new Set(['be', 'hope', 'understand', 'appreciate', 'apologise', 'apologize', 'regret', 'know', 'want', 'like', 'love', 'feel', 'thank', 'wish', 'see', 'hear', 'think', 'believe', 'do', 'have', 'value']);
/** Verbs of telling, for a reminder of what the customer was told. */
const TELLING = new Set(['explain', 'mention', 'tell', 'say', 'state', 'inform', 'advise', 'warn', 'notify', 'remind', 'note', 'write', 'show', 'specify']);
/** Verbs of advising: "we ask that you connect…", "I'd recommend you reset…" put an instruction in the first person. */
const ADVISING = new Set(['ask', 'recommend', 'suggest', 'advise', 'encourage', 'request', 'urge', 'invite']);
/** Verbs of wanting: "we'd like to escalate this", "I'd love to look into it" commit to what follows "to". */
const WANTING = new Set(['like', 'love', 'want']);
/** What a "feedback noted" promise is about: passing words on is not acting on the problem. */
const FEEDBACK = /^(?:feedback|comments?|suggestions?|reviews?|thoughts|input|opinions?)$/;
const APOLOGY = /^(?:sorry|apologies|apologise|apologize|apologised|apologized|apologizing|apologising|apology|regret|regrets|regretted|unfortunately|sadly|regrettably)$/;

const hasTok = (c: Clause, re: RegExp) => c.tokens.some((t) => re.test(t.norm));

/** The verb after the main verb (past "you", "that you" or "to"): "ask that you *connect*", "like to *escalate*". */
function complementVerb(c: Clause): string | null {
  const at = c.verb ? c.tokens.indexOf(c.verb) : -1;
  if (at < 0) return null;
  for (const t of c.tokens.slice(at + 1, at + 5)) {
    if (t.pos === 'VERB') return t.lemma;
    if (!/^(?:you|that|to|directly|please|kindly|also|just|simply|first)$/.test(t.norm)) return null;
  }
  return null;
}

/** An imperative that sends the customer to us ("DM us", "reach our team here") rather than elsewhere. */
const toUs = (c: Clause) => hasTok(c, /^(?:us|me|our)$/);

/** Named signals of one clause. */
export function clauseSignals(c: Clause, out: string[]): void {
  const p = c.subject?.person ?? 0;
  const lemma = c.verb?.lemma ?? '';
  if (c.tokens.some((t) => APOLOGY.test(t.norm))) out.push('apology');
  if (c.tokens.some((t) => t.pos === 'SYM' && /^(?:https?:|www\.)/i.test(t.text))) out.push('link');
  if (c.mood === 'imperative' && !c.lead) {
    if (c.negated) out.push('imperative:negative');
    else out.push(!REDIRECT.has(lemma) ? 'instruction' : toUs(c) ? 'imperative:to-us' : 'imperative:redirect');
  }
  if (c.mood === 'question') {
    out.push(p === 2 ? 'question:to-customer' : 'question');
    if (p === 2 && c.negated) out.push('question:to-customer:negative');
    if (hasTok(c, /^(?:else|anything)$/)) out.push('question:anything-else');
  }
  if (p === 1 && !c.lead) {
    const then = !c.negated && (ADVISING.has(lemma) || WANTING.has(lemma)) ? complementVerb(c) : null;
    if (then && ADVISING.has(lemma)) out.push('instruction');
    if (then && WANTING.has(lemma) && !STANCE.has(then)) out.push('commitment');
    if (c.negated && (c.modal === 'can' || c.modal === 'could' || hasTok(c, /^(?:unable|able|possible|way|allowed)$/))) out.push('refusal');
    else if (!c.negated && (c.tense === 'future' || c.modal === 'can' || c.modal === 'could' || hasTok(c, /^(?:going|happy|glad)$/)) && !STANCE.has(lemma))
      out.push(hasTok(c, FEEDBACK) ? 'commitment:feedback' : 'commitment');
    else if (!c.negated && c.perfect && !STANCE.has(lemma)) out.push('done:by-us');
    else if (!c.negated && c.tense === 'past' && !STANCE.has(lemma)) out.push('done:by-us:past');
    if (c.tense === 'past' && TELLING.has(lemma)) out.push(c.lead === 'as' ? 'reminder:as-told' : 'reminder:told');
  }
  if (p === 3 && !c.negated && (c.passive || c.perfect) && !STANCE.has(lemma)) out.push('done:passive');
  if (p === 3 && c.modal === 'should' && !c.perfect) out.push('expected-outcome');
  if (p === 2) {
    if (c.negated && (c.tense === 'past' || c.perfect)) out.push('customer:failed');
    if ((c.modal === 'should' || c.modal === 'must' || c.modal === 'ought') && c.perfect) out.push('customer:should-have');
    if (c.lead === 'if' && (c.negated || c.perfect)) out.push('customer:condition-failed');
    if (c.tense === 'past' && !c.negated && !c.passive && TELLING.has(lemma)) out.push('customer:was-told');
    if (c.passive && TELLING.has(lemma)) out.push('customer:was-told');
    if ((c.modal === 'should' || c.modal === 'must' || c.modal === 'need') && !c.perfect && !c.lead) out.push('customer:obligation');
    if (c.modal === 'can' || c.modal === 'could' || c.modal === 'may') out.push(c.negated ? 'customer:cannot' : 'customer:can');
  }
  if (p === 1 && c.tense === 'past' && TELLING.has(lemma) && c.lead === 'as') out.push('reminder:as-told');
}

/** The signals of one sentence, in clause order. */
export function sentenceSignals(s: Sentence): string[] {
  const out: string[] = [];
  for (const c of s.clauses) clauseSignals(c, out);
  return out;
}

/** The reply's signals from its sentences' (in order): which come after an apology, and whether any help is there at all. */
export function combineSignals(perSentence: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  let apologySeen = false;
  for (const here of perSentence) {
    if (apologySeen) for (const h of here) if (h !== 'apology') out.push(`after-apology:${h}`);
    if (here.includes('apology')) apologySeen = true;
    out.push(...here);
  }
  const distinct = [...new Set(out)];
  const helps = distinct.filter((f) => /^(?:after-apology:)?(?:instruction|question:to-customer|commitment(?!:feedback)|done:|expected-outcome|customer:can)/.test(f));
  distinct.push(helps.length ? 'any-help' : 'no-help');
  if (distinct.includes('apology')) distinct.push(helps.length ? 'apology+help' : 'apology-alone');
  return distinct;
}

export const replySignals = (sentences: readonly Sentence[]) => combineSignals(sentences.map(sentenceSignals));
