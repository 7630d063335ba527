/**
 * The grammar signals the judge weighs, named for what they mean in a support reply. Each is read from the
 * sentence structure (lib/language), not from a phrase list: an instruction is an imperative clause whatever its
 * verb, a commitment a first-person future or modal with an action, a request for details a question put to the
 * customer, blame the customer as the subject of a failure or an obligation in the past.
 */
import type { Clause, Sentence } from '../../language';
import { CUSTOMER_ROLES, CUSTOMER_ROLE_HOLDERS } from '../../language/roles';
import { REGRET_ADVERB as REGRET_ADVERB_SOURCE, REGRET_WORD as REGRET_WORD_SOURCE } from '../rules/fragments';

/** Verbs that send the customer elsewhere rather than help them: an imperative of these is a redirect. */
const REDIRECT = new Set(['contact', 'reach', 'call', 'ring', 'email', 'e-mail', 'message', 'visit', 'follow', 'dm', 'write', 'speak', 'talk', 'refer', 'let', 'feel']);
/** Verbs of courtesy or acceptance: "Hope you find…", "Rest assured…", "Please bear with us" ask for nothing to be done. */
const COURTESY = new Set(['note', 'accept', 'bear', 'be', 'rest', 'enjoy', 'allow', 'keep', 'stay', 'hope', 'wish', 'appreciate', 'apologise', 'apologize', 'thank', 'know', 'understand']);
/** What "you can …" points at when it only sends the customer to read or contact someone. */
const LOOK_ELSEWHERE = new Set(['see', 'read', 'find', 'view', 'visit', 'refer', 'contact', 'reach', 'call', 'ring', 'email', 'write', 'speak', 'talk', 'be', 'expect', 'rest']);
/** "Please see this article", "read our FAQ": sent to read elsewhere, which may or may not hold the fix. */
const READING = new Set(['see', 'read', 'view', 'refer']);
/** Time nouns of a closing wish: "Have a great weekend", "have a good one". */
const WISHED = /^(?:day|days|weekend|week|evening|night|morning|afternoon|one|time|holiday|holidays|trip|flight|stay|christmas|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** Adjuncts of a lecture: an instruction for next time, or on doing it properly, says the customer did it wrong. */
const NEXT_TIME = /^(?:next time|this time|in (?:the )?future|going forward|from now on|before (?:contacting|writing|tweeting|messaging|emailing|calling|complaining|posting|buying|booking|ordering|creating))$/;
const MANNER = /^(?:carefully|properly|thoroughly|closely|correctly|attentively)$/;
/** Verbs of feeling or saying: "we hope", "we understand", "we appreciate" commit to nothing. */
const STANCE = new Set(['be', 'hope', 'understand', 'appreciate', 'apologise', 'apologize', 'regret', 'know', 'want', 'like', 'love', 'feel', 'thank', 'wish', 'see', 'hear', 'think', 'believe', 'do', 'have', 'value']);
/** Verbs of telling, for a reminder of what the customer was told. */
const TELLING = new Set(['explain', 'mention', 'tell', 'say', 'state', 'inform', 'advise', 'warn', 'notify', 'remind', 'note', 'write', 'show', 'specify']);
/** Verbs of causing harm: "the box was damaged", "the outage has affected your area" report harm, not a fix. */
const HARMING = new Set(['cause', 'trigger', 'break', 'damage', 'corrupt', 'affect', 'impact', 'disrupt']);
/** Verbs of a promise to do better in general: "we will improve", "we'll learn from this", "we'll keep working on it". */
const VAGUE = new Set(['improve', 'learn', 'strive', 'try', 'work']);
/** Verbs whose subject receives rather than acts: "you should have received / got / heard back". */
const RECEIVING = new Set(['receive', 'get', 'hear', 'be']);
/** Verbs of a failure: "you missed the step", "you've ignored the warning". */
const FAILING = new Set(['miss', 'forget', 'ignore', 'overlook', 'neglect', 'fail', 'skip', 'misread', 'misunderstand', 'misuse', 'disregard']);
/** Verbs of advising: "we ask that you connect…", "I'd recommend you reset…" put an instruction in the first person. */
const ADVISING = new Set(['ask', 'recommend', 'suggest', 'advise', 'encourage', 'request', 'urge', 'invite']);
/** Verbs of wanting: "we'd like to escalate this", "I'd love to look into it" commit to what follows "to". */
const WANTING = new Set(['like', 'love', 'want']);
/** What a "feedback noted" promise is about: passing words on is not acting on the problem. */
const FEEDBACK = /^(?:feedback|comments?|suggestions?|reviews?|thoughts|input|opinions?)$/;
/**
 * What the customer should see or receive: "you should see the refund in the app now", "you should receive a
 * confirmation email shortly" tell an outcome to expect, not a duty ("you should restart the app").
 */
const EXPECTING = new Set(['receive', 'get', 'hear', 'see', 'notice']);
/** "as soon as possible", "as soon as we can": a promise with no time and no act. */
const ASAP = /\bas soon as (?:possible|we can|i can|we are able|we're able)\b/;
/**
 * The apology words, one source for every signal that reads them: words of regret, which can take what is regretted
 * as their complement ("sorry you didn't like it", "we regret that you missed…"), and sentence adverbs of regret,
 * which frame a statement and regret nothing the customer went through ("unfortunately you didn't enter the code").
 */
const REGRET_WORD = new RegExp(`^${REGRET_WORD_SOURCE}$`);
const REGRET_ADVERB = new RegExp(`^${REGRET_ADVERB_SOURCE}$`);
const APOLOGY = { test: (w: string) => REGRET_WORD.test(w) || REGRET_ADVERB.test(w) };

/** Verbs of noting, passing on or closing: "your feedback has been shared", "the ticket was closed" act on no problem. */
const PASSED_ON = new Set(['note', 'forward', 'share', 'pass', 'register', 'record', 'acknowledge', 'close', 'mark', 'inform', 'make', 'notify', 'queue', 'relay']);
/** Verbs of a setback, not a fix: "the bank declined it", "the supplier has discontinued it", "the app disappointed you". */
const SETBACK = new Set(['decline', 'reject', 'deny', 'refuse', 'discontinue', 'suspend', 'withdraw', 'end', 'freeze', 'disappoint', 'upset', 'frustrate', 'inconvenience', 'lose', 'delay', 'miss', 'sell', 'expire']);
/** Closing a ticket or case: the conversation ends, the problem is not acted on. */
const CLOSING = new Set(['close']);
/** Acts that only take in what came: "we have received your message", "your case has been reviewed", "we have taken note". */
const TAKEN_IN = new Set(['receive', 'review', 'inundate']);
const takesNote = (c: Clause, lemma: string) => lemma === 'take' && hasTok(c, /^note$/);
/**
 * A fix told as a fact: an act done (perfect or past, active or passive) by anyone, not negated, not under a modal or a
 * condition, not passing words on, not a setback or harm, not what was written down.
 */
function isFixDone(c: Clause, lemma: string): boolean {
  if (c.negated || c.modal || CONDITION.test(c.lead ?? '') || !(c.perfect || c.tense === 'past') || c.verb?.pos !== 'VERB') return false;
  // An unknown verb's lemma is a guess that may have lost its final "e" ("declined" → "declin").
  const is = (set: ReadonlySet<string>) => set.has(lemma) || set.has(`${lemma}e`);
  if (is(STANCE) || is(PASSED_ON) || is(SETBACK) || is(HARMING) || is(FAILING) || is(TELLING) || is(TAKEN_IN) || takesNote(c, lemma) || breaksDown(c, lemma)) return false;
  return c.mood === 'declarative';
}
/** Verbs of a thing breaking down: "the sync stopped", "the app crashed", "my notes disappeared" report harm, not a fix. */
const BREAKING_DOWN = new Set(['crash', 'disappear', 'vanish', 'freeze', 'hang']);
/** "The sync stopped", "the charger stopped working": a stop with no object is a breakdown ("the bank stopped the payment" is a fix). */
function breaksDown(c: Clause, lemma: string): boolean {
  if (BREAKING_DOWN.has(lemma)) return true;
  if (lemma !== 'stop' || !c.verb) return false;
  const next = c.tokens[c.tokens.indexOf(c.verb) + 1];
  return !next || next.pos === 'PUNCT' || next.form === 'gerund' || next.pos === 'ADV' || next.pos === 'SCONJ' || next.pos === 'ADP';
}

/** "We can have a look", "I'll have someone check": "have" as an act, not a state. */
const takesALook = (c: Clause, lemma: string) => lemma === 'have' && hasTok(c, /^(?:look|someone|somebody|technician|engineer)$/);

/** Leads of a clause that is not a fact: "if the bank reversed it", "once the lab ran it". */
const CONDITION = /^(?:if|unless|once|when|whether|until|before)$/;

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

/** Places to read or write to elsewhere: "check our website", "use the contact form", "visit the help centre". */
const PLACES = /^(?:website|site|web|portal|faqs?|forum|community|centre|center|form)$/;
/** Our own pages and channels, a place elsewhere when sent there "for updates": "check our status page for updates". */
const OUR_CHANNELS = /^(?:page|blog|feed|channel|status|twitter|account|announcements?)$/;
/** Words of a step inside the product: "open the form in Settings" is a step, not a place elsewhere. */
const IN_APP = /^(?:settings?|menu|tab|button|screen)$/;
/** Word pairs of a clause, for two-word adjuncts ("next time", "from now on"). */
function hasAdjunct(c: Clause, re: RegExp): boolean {
  const w = c.tokens.map((t) => t.norm);
  for (let i = 0; i < w.length; i++) if (re.test(w[i]!) || re.test(`${w[i]} ${w[i + 1]}`) || re.test(`${w[i]} ${w[i + 1]} ${w[i + 2]}`)) return true;
  return false;
}

/** "Have a nice day", "have a good one": a closing wish, not an instruction. */
function isWish(c: Clause): boolean {
  if (c.verb?.lemma !== 'have') return false;
  const after = c.tokens.slice(c.tokens.indexOf(c.verb) + 1).filter((t) => t.pos !== 'PUNCT' && t.pos !== 'SYM');
  return after[0]?.norm === 'a' || after[0]?.norm === 'an' ? after.slice(1).some((t) => WISHED.test(t.norm)) : false;
}

/** What an imperative asks: a step to take, or a lecture, a wait, a courtesy, a contact elsewhere or with us. */
function imperativeKind(c: Clause, lemma: string): string {
  if (c.negated) return 'imperative:negative';
  if ((hasAdjunct(c, NEXT_TIME) && !hasAdjunct(c, /^(?:at|by|until|for|after|before|during|around|from|since|within) this time$/)) || hasTok(c, MANNER) || (lemma === 'stop' && c.tokens.some((t) => t.form === 'gerund'))) return 'imperative:lecture';
  // "Please be advised / be assured that…" informs; it asks for nothing to be done.
  if (COURTESY.has(lemma) || isWish(c) || c.passive) return 'imperative:courtesy';
  if (REDIRECT.has(lemma)) return toUs(c) ? 'imperative:to-us' : 'imperative:redirect';
  if (READING.has(lemma)) return 'imperative:look-elsewhere';
  // "Check our website", "use the contact form": whatever the verb, sent to a place to read or write, not a step.
  if ((hasTok(c, PLACES) || (hasTok(c, /^our$/) && hasTok(c, OUR_CHANNELS) && hasAdjunct(c, /^for (?:updates|more|further|news|the latest)$/))) && !hasTok(c, IN_APP)) return toUs(c) && REDIRECT.has(lemma) ? 'imperative:to-us' : 'imperative:look-elsewhere';
  if (hasTok(c, /^later$/)) return 'imperative:later';
  return 'instruction';
}

/** Verbs whose subject receives, feels or wants rather than acts: "you didn't receive / like / need / expect it". */
const NOT_AN_ACT = new Set([...RECEIVING, 'like', 'enjoy', 'love', 'need', 'want', 'expect', 'mean', 'intend', 'have', 'wish', 'feel']);
/** "You didn't do anything wrong", "you haven't lost anything", "…yet": not a failure. */
const NO_FAULT = /^(?:anything|nothing|wrong|yet)$/;
/**
 * The customer failed at an act: "you did not enter the code", "you skipped the backup step". Not something they
 * received, felt or wanted, not in the passive, not under a condition ("if you haven't received it"), not an
 * exoneration ("you didn't do anything wrong") and not what an apology regrets ("sorry you didn't like it").
 */
function failedAnAct(c: Clause, lemma: string, regretted: boolean): boolean {
  if (regretted || c.passive || c.modal || regretsWhat(c) || !(c.tense === 'past' || c.perfect) || CONDITION.test(c.lead ?? '') || /^(?:since|as)$/.test(c.lead ?? '')) return false;
  // "You didn't like it": the reader may take "did" for the verb; the act is the verb after it.
  const act = lemma === 'do' ? (c.tokens.slice(c.tokens.indexOf(c.verb!) + 1).find((t) => t.pos === 'VERB')?.lemma ?? lemma) : lemma;
  if (hasTok(c, NO_FAULT) || NOT_AN_ACT.has(act) || act === 'lose') return false;
  // "Tasks you didn't do", "the code that you entered": a relative clause names a thing; it asserts no failure.
  const before = c.subject ? c.tokens[c.subject.index - 1] : undefined;
  const beforeThat = c.subject ? c.tokens[c.subject.index - 2] : undefined;
  if (before && (before.pos === 'NOUN' || ((before.norm === 'that' || before.norm === 'which') && beforeThat?.pos === 'NOUN'))) return false;
  return c.negated ? !FAILING.has(act) : FAILING.has(act);
}

/** "Sorry you didn't like it", "apologies that you missed…": an apology right before the customer regrets what happened to them. */
function regretsWhat(c: Clause): boolean {
  const at = c.subject ? c.subject.index : -1;
  const before = c.tokens.slice(0, Math.max(at, 0)).filter((t) => t.pos !== 'PUNCT' && t.norm !== 'that');
  return REGRET_WORD.test(before[before.length - 1]?.norm ?? '');
}

/** The customer as the subject of a clause (the main one, or one embedded after "I think…"): failures and obligations. */
function customerSignals(c: Clause, lemma: string, out: string[], regretted = false): void {
  if ((c.negated || FAILING.has(lemma)) && (c.tense === 'past' || c.perfect)) out.push('customer:failed');
  if (failedAnAct(c, lemma, regretted)) out.push('customer:failed-act');
  // "You should have received an email" is an expected state; "you should have read the guide" a lecture.
  // "You could have simply told me" reproaches like "you should have"; "you could have been charged" does not.
  const reproach = c.modal === 'should' || c.modal === 'must' || c.modal === 'ought' || (c.modal === 'could' && !c.passive && !c.negated);
  if (reproach && c.perfect) out.push(RECEIVING.has(lemma) ? 'customer:expected' : 'customer:should-have');
  if (c.lead === 'if' && (c.negated || c.perfect)) out.push('customer:condition-failed');
  if (c.tense === 'past' && !c.negated && !c.passive && TELLING.has(lemma)) out.push('customer:was-told');
  else if (receivedWord(c, lemma)) out.push('customer:was-told');
  if (c.passive && TELLING.has(lemma)) out.push('customer:was-told');
}

const ROLE_NOUN = new Set(CUSTOMER_ROLES);
const HOLDER_OF = new Set(CUSTOMER_ROLE_HOLDERS);
/**
 * The customer named by role as the subject: "the account holder failed to update…", "the user skipped the step".
 * A definite or generic determiner ("the", "a", "each", "every") before the role noun, not "our"/"another" (our
 * member of staff, another user) and not owned ("your account holder").
 */
function roleSubject(c: Clause): boolean {
  const at = c.subject?.index ?? -1;
  if (at < 1 || c.subject!.person !== 3 || c.subject!.owned) return false;
  if (!/^(?:the|a|an|each|every|any)$/.test(c.tokens[at - 1]?.norm ?? '')) return false;
  const head = c.tokens[at]!.norm;
  const next = c.tokens[at + 1];
  if (HOLDER_OF.has(head) && /^holders?$/.test(next?.norm ?? '')) return true;
  // The role noun is the head: no noun after it in the phrase ("the user guide", "the customer service team" name things).
  return ROLE_NOUN.has(head) && next?.pos !== 'NOUN';
}

/** Steps the customer owes, whose undone passive blames them: "the instructions were not followed", "the form wasn't submitted". */
const DUE_STEP = new Set(['follow', 'read', 'complete', 'submit', 'return', 'cancel', 'update', 'sign', 'fill', 'activate', 'register', 'accept', 'confirm', 'install', 'charge', 'tick', 'select', 'enter', 'save']);
/** Steps that can be done wrongly: "the wrong PIN was entered", "the card was entered incorrectly". */
const ENTERING = new Set(['enter', 'type', 'select', 'choose', 'give', 'provide', 'use', 'fill', 'install', 'set', 'send', 'click', 'press', 'tap']);
const WRONGLY = /^(?:wrong|wrongly|incorrect|incorrectly|improperly|twice)$/;
/**
 * Blame told in the passive, with no one named: "that step was skipped", "the instructions were not followed", "the
 * wrong PIN was entered five times". Not under a condition ("if the form wasn't submitted"), not done by someone named
 * ("missed by the courier"), not a harm to the customer ("your parcel was damaged").
 */
function failedInPassive(c: Clause, lemma: string): boolean {
  if (!c.passive || c.modal || !(c.tense === 'past' || c.perfect) || CONDITION.test(c.lead ?? '')) return false;
  const at = c.verb ? c.tokens.indexOf(c.verb) : -1;
  if (at >= 0 && c.tokens[at + 1]?.norm === 'by' && !YOU.test(c.tokens[at + 2]?.norm ?? '')) return false;
  if (c.negated) return DUE_STEP.has(lemma);
  return FAILING.has(lemma) || (ENTERING.has(lemma) && hasTok(c, WRONGLY));
}

/** Verbs of saying whose subject is a text: "the instructions say…", "the manual covers this", "the leaflet states…". */
const SAYING = new Set(['say', 'state', 'explain', 'show', 'cover', 'mention', 'specify', 'warn', 'note', 'tell', 'list']);
/** Subjects that report a status rather than tell the customer what to do: "the tracking says delivered". */
const REPORTING = /^(?:tracking|status|system|error|log|logs|records?|data|people|agent|team|colleague|staff|manager|technician|rep|representative|advisor|adviser|engineer|driver|courier)$/;
/**
 * What was written down, quoted as the ground for blame: a text as the subject of a verb of saying, in the active ("the
 * instructions say to charge it fully", "the manual covers this on page 2"). Only in a statement, with the verb right
 * after its subject (adverbs between), the subject a noun, not a person nor a status report ("it says gmial.com" reads
 * what the customer typed).
 */
function writtenDown(c: Clause): boolean {
  if (c.mood !== 'declarative' || !c.subject || CONDITION.test(c.lead ?? '')) return false;
  // A subject shared with an earlier clause ("…and says") has no index here.
  const head = c.tokens[c.subject.index];
  if (!head || head.pos !== 'NOUN' || REPORTING.test(head.norm) || ROLE_NOUN.has(head.norm.replace(/s$/, ''))) return false;
  let j = c.subject.index + 1;
  // Adverbs and an emphatic "does" may come between: "the FAQ does explain this quite clearly".
  while (c.tokens[j]?.pos === 'ADV' || (c.tokens[j]?.lemma === 'do' && c.tokens[j + 1]?.pos === 'VERB')) j++;
  const v = c.tokens[j];
  // The tagger may take a verb right after a plural noun for a noun ("the instructions say…").
  const verb = v && (v.pos === 'VERB' || (v.pos === 'NOUN' && j === c.subject.index + 1));
  return !!verb && SAYING.has(v.lemma) && v.form !== 'gerund' && !c.passive;
}

/** Verbs of putting something where it can be read: "it's posted on the door", "the fees are listed at checkout". */
const DISPLAYED = new Set(['display', 'post', 'print', 'list', 'publish', 'advertise', 'describe', 'outline', 'detail', 'label', 'highlight']);
/** An unknown verb's lemma may have lost its final "e" ("advertised" → "advertis"). */
const displayed = (lemma: string) => DISPLAYED.has(lemma) || DISPLAYED.has(`${lemma}e`);
/** Where a thing is put to be read: "on the door", "in the app", "at checkout", "under Delivery estimate". */
const PLACED = /^(?:on|in|at|under|inside)$/;
/**
 * What is shown or written where the customer could read it, in the passive: "the fee is shown at checkout", "it's
 * posted on the door and in the app", "that's explained on our plans page". After "it"/"that", the clitic "'s" before
 * a participle is read as "has" by the reader ("it's sent"); with no object after the participle, it is "is".
 */
function shownWhere(c: Clause, lemma: string): boolean {
  if (wordSent(c, lemma)) return true;
  // "This is set out in our fair usage policy": a verb of telling with its particle.
  const telling = TELLING.has(lemma) || (lemma === 'set' && c.verb !== null && c.tokens[c.tokens.indexOf(c.verb) + 1]?.norm === 'out');
  if (!(telling || displayed(lemma)) || !c.verb || c.negated) return false;
  const at = c.tokens.indexOf(c.verb);
  const after = c.tokens.slice(at + 1);
  // "Posted to your account", "printed for you": put somewhere for the customer, not shown to them. "Listed in the app":
  // a verb of putting needs the place ("your refund was posted" is a fix).
  if (!telling && (after[0]?.norm === 'to' || !after.some((t) => PLACED.test(t.norm)))) return false;
  if (c.passive) return true;
  const next = after[0];
  return c.perfect && c.tokens[at - 1]?.text.toLowerCase() === "'s" && (!next || next.pos === 'ADP' || next.pos === 'PUNCT' || next.pos === 'ADV');
}

/** Verbs of sending word: "we did send three reminders", "I did email you". */
const SENDING = new Set(['send', 'email', 'e-mail', 'mail', 'text', 'call', 'post', 'message']);
const MESSAGE = /^(?:reminders?|e-?mails?|letters?|notices?|messages?|warnings?|notifications?|texts?|confirmations?|alerts?)$/;
/**
 * "We did send three reminders", "I did mention it", "we do advise our call charges online": an emphatic "did" / "do" insists on what the customer was told or sent,
 * against their word; a reminder as "we told you" is.
 */
function insistsItWasSent(c: Clause, lemma: string): boolean {
  if (c.negated || !c.verb || !(TELLING.has(lemma) || SENDING.has(lemma))) return false;
  const before = c.tokens[c.tokens.indexOf(c.verb) - 1]?.norm;
  // "We did send the refund" sends goods; word is sent as a reminder, an email, a letter, a notice.
  const word = !/^(?:send|mail|post)$/.test(lemma) || hasTok(c, MESSAGE);
  // "We do advise our call charges online": the present insists it is told, for telling only.
  return (before === 'did' && word) || ((before === 'do' || before === 'does') && TELLING.has(lemma));
}

/** Words that doubt what the customer did: "did you even…", "did you actually…", "have you really…". */
const DOUBTING = /^(?:even|actually|really|bother|bothered|honestly|seriously)$/;
/**
 * A yes/no question about the customer's own act, with a word that doubts it: "Did you even read the email?", "Did you
 * actually plug it into the wall?", "Have you really tried restarting it?". Condescension, not a diagnosis. Not a
 * wh-question ("what did you actually see?" asks for details), not a request ("could you actually send…"), not what
 * they meant or wanted ("did you really mean to cancel?").
 */
function doubts(c: Clause): boolean {
  const first = c.tokens.find((t) => t.pos !== 'SYM' && t.pos !== 'PUNCT' && t.pos !== 'INTJ' && t.pos !== 'PROPN');
  return /^(?:did|have|has)$/.test(first?.norm ?? '') && !NOT_AN_ACT.has(c.verb?.lemma ?? '') && hasTok(c, DOUBTING);
}

/** "A text was sent when you arrived", "an email was sent to you": word sent in the passive, a message as its subject. */
function wordSent(c: Clause, lemma: string): boolean {
  const head = c.subject && c.subject.index >= 0 ? c.tokens[c.subject.index] : undefined;
  return c.passive && !c.negated && SENDING.has(lemma) && !!head && MESSAGE.test(head.norm) && !CONDITION.test(c.lead ?? '');
}

/**
 * A thing said to be where the customer could see it, in two places or more, with no verb but "be": "it's in the
 * onboarding and in the Help section", "it's on the box and in the manual".
 */
function inPlaces(c: Clause, lemma: string): boolean {
  if (lemma !== 'be' || c.negated || c.modal || c.mood !== 'declarative' || c.subject?.person !== 3) return false;
  const at = c.verb ? c.tokens.indexOf(c.verb) : -1;
  const w = c.tokens.slice(at + 1).map((t) => t.norm);
  if (!PLACED.test(w[0] ?? '')) return false;
  return w.some((x, i) => x === 'and' && PLACED.test(w[i + 1] ?? ''));
}

/** "As it says on the screen", "as the label says": what a text says, quoted as the ground. */
const asItSays = (c: Clause, lemma: string) => c.lead === 'as' && c.subject?.person === 3 && SAYING.has(lemma) && !c.negated && c.tense === 'present' && !c.passive;

/**
 * The customer got word before: "you received an email with the reason", "you got a text when you landed". Past, not
 * negated, not under a condition, a message as what was received.
 */
const receivedWord = (c: Clause, lemma: string) => (lemma === 'receive' || lemma === 'get') && c.tense === 'past' && !c.negated && !c.modal && !c.perfect && !CONDITION.test(c.lead ?? '') && hasTok(c, MESSAGE);

/** "Your claim was approved", "your order didn't arrive", "yours is on the van": the customer's thing is the subject. */
const isYours = (c: Clause) => c.subject?.owned === true && c.subject.person === 2;
/** The subject's person, the customer's thing read as a third person: we (1), the customer (2), anyone or anything else (3). */
const personOf = (c: Clause) => (isYours(c) ? 3 : (c.subject?.person ?? 0));

/** Named signals of one clause. */
export function clauseSignals(c: Clause, out: string[]): void {
  const yours = isYours(c);
  const p = personOf(c);
  const lemma = c.verb?.lemma ?? '';
  if (c.tokens.some((t) => APOLOGY.test(t.norm))) out.push('apology');
  if (c.tokens.some((t) => t.pos === 'SYM' && /^(?:https?:|www\.)/i.test(t.text))) out.push('link');
  if (c.mood === 'imperative' && !c.lead) out.push(imperativeKind(c, lemma));
  if (c.mood === 'question') {
    // "Is there something I can help with?" offers, like "anything else?"; it asks for nothing the agent needs.
    const offer = p !== 1 && c.embedded?.subject?.person === 1 && (c.embedded.modal === 'can' || c.embedded.modal === 'could');
    out.push(p === 2 ? 'question:to-customer' : 'question');
    if (p === 2 && c.negated) out.push('question:to-customer:negative');
    // "Have you tried turning off the VPN?", "Have you checked the cable?": a yes/no question about a step already
    // taken is a diagnosis; "have you even read…" and "what have you tried?" are not.
    if (p === 2 && !c.negated && !NOT_AN_ACT.has(lemma) && c.tokens.find((t) => t.pos !== 'SYM' && t.pos !== 'PUNCT' && t.pos !== 'INTJ')?.norm === 'have' && c.verb?.form === 'past' && !hasTok(c, /^(?:even|ever|actually|really|bother|bothered)$/))
      out.push('question:diagnostic');
    if (hasTok(c, /^(?:else|anything)$/) || offer) out.push('question:anything-else');
    if (p === 2 && doubts(c)) out.push('question:doubting');
  }
  if (p === 1 && !c.lead) {
    const then = !c.negated && (ADVISING.has(lemma) || WANTING.has(lemma)) ? complementVerb(c) : null;
    if (then && ADVISING.has(lemma)) out.push(REDIRECT.has(then) ? 'imperative:redirect' : COURTESY.has(then) ? 'imperative:courtesy' : 'instruction');
    if (then && WANTING.has(lemma) && !STANCE.has(then)) out.push('commitment');
    if (c.negated && (c.modal === 'can' || c.modal === 'could' || hasTok(c, /^(?:unable|able|possible|way|allowed)$/))) out.push('refusal');
    else if (!c.negated && (c.tense === 'future' || c.modal === 'can' || c.modal === 'could' || hasTok(c, /^(?:going|happy|glad)$/)) && (!STANCE.has(lemma) || takesALook(c, lemma)))
      out.push(hasTok(c, FEEDBACK) ? 'commitment:feedback' : VAGUE.has(lemma) || ASAP.test(c.tokens.map((t) => t.norm).join(' ')) ? 'commitment:vague' : 'commitment');
    // "I have closed your ticket": closing is no help (the taxonomy's word), whatever comes with it.
    else if (!c.negated && (c.perfect || c.tense === 'past') && CLOSING.has(lemma)) out.push('passed-on');
    // "We've received your message", "I have reviewed your request", "we've taken note": taking in, not acting.
    else if (!c.negated && (c.perfect || c.tense === 'past') && (TAKEN_IN.has(lemma) || takesNote(c, lemma))) out.push('taken-in');
    else if (!c.negated && c.perfect && !STANCE.has(lemma)) out.push('done:by-us');
    else if (!c.negated && c.tense === 'past' && !STANCE.has(lemma)) out.push('done:by-us:past');
    if (isFixDone(c, lemma)) out.push('fix-done');
    if (c.tense === 'past' && TELLING.has(lemma)) out.push(c.lead === 'as' ? 'reminder:as-told' : 'reminder:told');
    else if (insistsItWasSent(c, lemma)) out.push('reminder:told');
  }
  // "This is mentioned in the help", "as stated in our terms": what was written down, not a fix.
  const shown = shownWhere(c, lemma);
  const stated = (TELLING.has(lemma) && (c.passive || c.tense === 'past')) || shown;
  // "The box was damaged", "the parcel has been lost" report harm, not a fix.
  const failedPassive = p === 3 && failedInPassive(c, lemma);
  const harm = HARMING.has(lemma) || FAILING.has(lemma) || lemma === 'lose' || lemma === 'delay' || breaksDown(c, lemma) || failedPassive;
  // The customer named by role did it ("the user deleted the folder"): their own act, not a fix by someone else.
  const byCustomer = p === 3 && roleSubject(c);
  const doneByOther = p === 3 && !byCustomer && !c.negated && !STANCE.has(lemma) && !stated && !harm;
  if (doneByOther && (c.passive || c.perfect)) out.push(PASSED_ON.has(lemma) ? 'passed-on' : 'done:passive');
  // "The lab re-ran the sample", "the warehouse sent it": someone else's act, told in the simple past, outside a condition.
  else if (doneByOther && !yours && !c.modal && c.tense === 'past' && c.verb?.pos === 'VERB' && !CONDITION.test(c.lead ?? '')) out.push('done:by-other:past');
  if (p === 3 && !byCustomer && !harm && !stated && isFixDone(c, lemma)) out.push('fix-done');
  if (p === 3 && (((c.passive || shown) && stated) || inPlaces(c, lemma)) && c.lead !== 'as') out.push('reminder:stated');
  if (p === 3 && asItSays(c, lemma)) out.push('reminder:as-told');
  if (failedPassive) out.push('customer:failed-passive');
  if (p === 3 && writtenDown(c)) out.push('reminder:written');
  if (p === 3 && c.modal === 'should' && !c.perfect) out.push('expected-outcome');
  // "That is not possible", "there's no way to…": a refusal without a person.
  if (p !== 1 && p !== 2 && c.negated && lemma === 'be' && hasTok(c, /^(?:possible|able|allowed|way|option|available)$/)) out.push('refusal');
  if (p === 2) {
    customerSignals(c, lemma, out);
    if (c.modal === 'should' && !c.perfect && !c.negated && EXPECTING.has(lemma)) out.push('expected-outcome');
    else if ((c.modal === 'should' || c.modal === 'must' || c.modal === 'need') && !c.perfect && !c.lead) out.push('customer:obligation');
    if ((c.modal === 'can' || c.modal === 'could' || c.modal === 'may') && !c.perfect)
      out.push(c.negated ? 'customer:cannot' : LOOK_ELSEWHERE.has(lemma) ? 'customer:can:look-elsewhere' : 'customer:can');
  }
  // The customer named by role fails as "you" do: "the account holder failed to update the card".
  if (byCustomer) customerSignals(c, lemma, out, c.tokens.some((t) => APOLOGY.test(t.norm)));
  if (p !== 2 && c.embedded?.subject?.person === 2) customerSignals(c.embedded, c.embedded.verb?.lemma ?? '', out, c.tokens.some((t) => APOLOGY.test(t.norm)));
  if (stated && c.lead === 'as' && p !== 2) out.push('reminder:as-told');
}

/**
 * A time the clause is tied to: a day, a date, an hour, "within 3 days", "by Friday", "next week". "As soon as
 * possible" and "soon" are not one.
 */
const TIME_WORD = /^(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thurs?|fri|january|february|march|april|june|july|august|september|october|november|december|jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec|noon|midnight|eod|\d{1,2}(?::\d\d)?(?:am|pm)|\d{1,2}:\d\d)$/;
const TIME_UNIT = /^(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|business|working|am|pm|a\.m\.|p\.m\.)$/;
function hasTime(c: Clause): boolean {
  const w = c.tokens.map((t) => t.norm);
  // "am"/"pm" only after a number: "I'm" reads as "i am".
  return w.some((x, i) => TIME_WORD.test(x) || (TIME_UNIT.test(x) && (c.tokens[i - 1]?.pos === 'NUM' || /^(?:next|this|few|couple|24|48|72)$/.test(w[i - 1] ?? ''))) || (x === 'next' && /^(?:week|month|update|version|release|build)$/.test(w[i + 1] ?? '')));
}
/** Acts that put the customer's case right, promised by us: "we'll reprint and send it again", "I'll refund the fee". */
const REMEDY = new Set(['refund', 'replace', 'resend', 'reprint', 'redeliver', 'reissue', 'rebook', 'repair', 'credit', 'waive', 'reimburse', 'reinstate', 'restore', 'fix', 'correct', 'send', 'post', 'ship', 'dispatch', 'deliver', 'collect', 'arrange', 'book', 'honour', 'honor', 'cancel', 'reschedule']);
/** "I hope you can enjoy it again": a wish for the customer, not a way open to them. */
const WISHING = new Set(['hope', 'wish', 'want', 'like', 'love', 'trust']);

/**
 * The help an apology needs to be told apart from, and the limits it hides behind, read from what each clause commits
 * to. Only the apology model reads these (features.ts): an apology is empty when its promise has no time and no act, or
 * when it says nothing can be done.
 * - `help:timed`: an act promised or announced with a time ("we'll call you tomorrow at 10am", "your refund will be
 *   processed within 5 days", "We add Spanish in next version").
 * - `help:by-other`: someone else's act to come, active or passive ("the courier will redeliver", "your case will be
 *   reviewed"); `done:passive` also reads the passive, the model weighs the two.
 * - `help:outcome`: what the customer will see or receive ("you will see it in 3-5 days", "you'll hear back by email").
 * - `help:remedy`: a remedy on the case we promise, timed or not ("we'll reprint and send it again", "I'll refund the
 *   fee"); not feedback sent on.
 * - `help:you-can`: "you can …" put inside another clause ("please note that you can disable the reminder").
 * - `limit:nothing-we-can`: "there's nothing we can do", "nothing I can change now".
 */
export function helpShapes(c: Clause, out: string[]): void {
  const yours = isYours(c);
  const p = personOf(c);
  const lemma = c.verb?.lemma ?? '';
  const conditional = CONDITION.test(c.lead ?? '');
  const ahead = c.tense === 'future' || c.modal === 'will' || c.modal === 'shall';
  const e = c.embedded;
  if (e && c.mood !== 'question' && !WISHING.has(lemma) && e.subject?.person === 2 && !e.negated && (e.modal === 'can' || e.modal === 'could') && !LOOK_ELSEWHERE.has(e.verb?.lemma ?? '')) out.push('help:you-can');
  if (c.mood !== 'declarative' || c.negated) {
    if (c.mood === 'declarative' && c.negated) limits(c, p, lemma, out);
    return;
  }
  if (p === 1 && !conditional && !STANCE.has(lemma) && !VAGUE.has(lemma)) {
    if ((ahead || (c.tense === 'present' && !c.modal)) && hasTime(c) && !hasTok(c, FEEDBACK)) out.push('help:timed');
    if (ahead && REMEDY.has(lemma) && !hasTok(c, FEEDBACK)) out.push('help:remedy');
  }
  if (p === 3 && ahead && !conditional && (!STANCE.has(lemma) || c.passive || hasTok(c, /^touch$/)) && !HARMING.has(lemma) && !SETBACK.has(lemma)) {
    out.push('help:by-other');
    if (hasTime(c)) out.push('help:timed');
  }
  if (c.subject?.person === 2 && !yours && ahead && !conditional) {
    if (EXPECTING.has(lemma) && !c.passive) out.push('help:outcome');
    else if (c.passive && hasTime(c)) out.push('help:timed');
  }
}

function limits(c: Clause, p: number, lemma: string, out: string[]): void {
  const e = c.embedded;
  if ((lemma === 'be' && e?.subject?.person === 1 && (e.modal === 'can' || e.modal === 'could')) || (p === 1 && hasTok(c, /^nothing$/))) out.push('limit:nothing-we-can');
}

/**
 * Help told as information: where the case stands, when it arrives, that the fault is fixed, what stops it. The
 * reply's writer neither instructs nor promises, yet the customer learns what happens next. Only the apology model
 * reads these (the `help:` prefix). Looking into a case ("we're looking into it", "your case is being reviewed") is
 * not read here: it is the hand-off family, read on its own.
 */
export function informationHelp(c: Clause, out: string[]): void {
  if (c.mood !== 'declarative' || c.negated || CONDITION.test(c.lead ?? '')) return;
  underWay(c, out);
  dueByTime(c, out);
  whereYoursIs(c, out);
  enclosed(c, out);
  restored(c, out);
  workaround(c, out);
  estimate(c, out);
  refundedToYou(c, out);
}

/** What a customer's step can take away rather than open: "if you cancel, the data is deleted". */
const TAKEN_AWAY = new Set(['cancel', 'delete', 'terminate', 'close', 'purge', 'forfeit', 'void', 'lapse', 'lock', 'remove', 'reset', 'wipe']);
/**
 * `help:if-you`: a step of the customer's with what it opens, in one sentence: "if you upgrade, the setting appears
 * under Security", "payments will start going through again once you complete it". The step is a present act of
 * the customer's under if/once/when/after (not a need or a failure: "if you need…", "if you miss…"); what follows is
 * a thing's outcome in the present or future, not a loss ("if you cancel, the data is deleted"), not a cost.
 */
function ifYouStep(s: Sentence): boolean {
  const step = s.clauses.some(
    (c) =>
      /^(?:if|once|when|after)$/.test(c.lead ?? '') && c.subject?.person === 2 && !c.subject.owned && c.tense === 'present' && !c.perfect && !c.negated && !c.modal &&
      !NOT_AN_ACT.has(c.verb?.lemma ?? '') && !FAILING.has(c.verb?.lemma ?? ''),
  );
  if (!step) return false;
  return s.clauses.some((c) => {
    const lemma = c.verb?.lemma ?? '';
    if (!c.verb || c.lead || c.mood !== 'declarative' || c.negated || personOf(c) !== 3 || c.passive || c.tense === 'past' || c.perfect) return false;
    return !isHarm(lemma) && !COSTING.has(lemma) && !MEASURING.has(lemma) && !TAKEN_AWAY.has(lemma) && !STANCE.has(lemma);
  });
}

/**
 * The information readings that make an apology `apology+help` (combineSignals). They leave `any-help` / `no-help` to
 * the other readings: the blame model reads those, and these are the apology model's alone.
 */
const INFORMATION_HELP = /^(?:after-apology:)?help:(?:under-way|restored|workaround|due|enclosed)$/;
const isInformationHelp = (f: string) => INFORMATION_HELP.test(f);

/** Verbs of looking into a case, which the hand-off reading owns. */
const INVESTIGATING = new Set(['look', 'check', 'investigate', 'review', 'examine', 'research', 'monitor', 'assess', 'chase', 'escalate']);
/** Verbs whose progressive tells what happens to us, not what we do: "we're seeing high volumes", "we're experiencing delays". */
const UNDERGOING = new Set(['experience', 'face', 'receive', 'get', 'go', 'take', 'run', 'struggle', 'suffer', 'wait', 'come', 'happen', 'deal']);
/** Verbs of serving whoever comes next: "our agents are assisting other customers" acts on no one's case in particular. */
const SERVING = new Set(['assist', 'help', 'serve', 'answer', 'respond']);
/** "-ing" words of a feeling, adjectives after "is": "this is frustrating", "that's disappointing". */
const FEELING_ING = /^(?:frustrat|disappoint|annoy|confus|upsett|worry|concern|inconvenienc|infuriat|irritat|embarrass|surpris|shock|distress|stress|amaz|interest|excit)ing$/;
/** A pace with no act or time: "as quickly as possible", "as fast as we can". */
const ASAP_PACE = /\bas (?:soon|quickly|fast) as (?:possible|we can|i can|we are able|we're able)\b/;
/** Verbs of fixing: "working on a fix", "working to fix it" make "work" an act on the fault. */
const FIXING = new Set(['fix', 'resolve', 'restore', 'repair', 'solve', 'sort', 'patch', 'correct', 'rectify']);
/** Verbs that report a fault or a setback, never a way out of it. */
const isHarm = (lemma: string) => HARMING.has(lemma) || SETBACK.has(lemma) || FAILING.has(lemma) || BREAKING_DOWN.has(lemma) || CAUSING.has(lemma) || lemma === 'lose';

/**
 * The act going on now, and its lemma: "we're updating it now" (active, be + -ing), "your order is being prepared"
 * (passive, being + participle), "there's a fix rolling out tonight" (a thing + -ing after "there is").
 */
function progressive(c: Clause): { voice: 'active' | 'passive'; lemma: string } | null {
  if (!c.verb || c.modal || c.perfect || c.tense !== 'present') return null;
  const at = c.tokens.indexOf(c.verb);
  const group = c.tokens.slice(0, at);
  // The helper must be the subject's own: in "we understand this is frustrating" the "is" is "this"'s.
  if (group.some((t, k) => k > (c.subject?.index ?? -1) && t.pos === 'PRON' && t !== c.tokens[c.subject?.index ?? -1])) return null;
  if (c.passive && group.some((t) => t.norm === 'being')) return { voice: 'passive', lemma: c.verb.lemma };
  if (c.verb.form === 'gerund' && !FEELING_ING.test(c.verb.norm) && group.some((t) => t.pos === 'AUX' && t.lemma === 'be')) return { voice: 'active', lemma: c.verb.lemma };
  const there = c.tokens.find((t) => t.pos !== 'PUNCT' && t.pos !== 'INTJ' && !/^(?:so|and|but|also|now)$/.test(t.norm));
  const ing = c.tokens.slice(at + 1).find((t) => t.pos === 'VERB' && t.form === 'gerund');
  if (c.verb.lemma === 'be' && there?.norm === 'there' && ing) return { voice: 'active', lemma: ing.lemma };
  return null;
}

/**
 * `help:under-way`: an act on the case going on now, by us or done to the customer's thing ("we're updating it now",
 * "our engineers are working on a fix", "your order is being prepared"); with a time it is `help:due` too ("there's
 * a fix rolling out tonight"). Someone else's act in the active counts only with a time ("the crew are repairing the
 * line today"); what merely happens to us does not count ("we're experiencing delays").
 */
function underWay(c: Clause, out: string[]): void {
  const act = progressive(c);
  if (!act) return;
  const { lemma } = act;
  if (INVESTIGATING.has(lemma) || UNDERGOING.has(lemma) || SERVING.has(lemma) || STANCE.has(lemma) || PASSED_ON.has(lemma) || isHarm(lemma)) return;
  if (VAGUE.has(lemma) && !c.tokens.some((t) => FIXING.has(t.lemma) || FIXING.has(t.norm))) return;
  if (ASAP_PACE.test(c.tokens.map((t) => t.norm).join(' '))) return;
  const p = personOf(c);
  const timed = hasTime(c);
  // "Your claim is being processed in order of receipt" is a queue; "your bike is being assembled now" an act on it.
  const now = hasTok(c, /^(?:now|today|tonight)$/);
  if (p === 2 || (act.voice === 'active' && p !== 1 && !timed) || (act.voice === 'passive' && !timed && !now)) return;
  out.push('help:under-way');
  if (timed) out.push('help:due');
}

/**
 * `help:due`: what the customer will get, told as an expectation with a time: "yours should be with you today",
 * "your order should ship tomorrow". Not a duty ("you should update by Friday"), not a setback ("the offer should
 * end on Sunday"), not a measure ("a 4-hour slot should mean 4 hours").
 */
function dueByTime(c: Clause, out: string[]): void {
  if (c.modal !== 'should' || c.perfect || personOf(c) !== 3 || !hasTime(c)) return;
  const lemma = c.verb?.lemma ?? '';
  if (isHarm(lemma) || MEASURING.has(lemma)) return;
  out.push('help:due');
}

/** Words after "is" that tell a setback of the customer's thing, not where it is: "your order is delayed until Friday". */
const SET_BACK = /^(?:late|delayed|cancell?ed|lost|stuck|held|overdue|unavailable|closed|down|missing|damaged|suspended|blocked|expired|not)$/;
/**
 * `help:due` for where the customer's thing is, with a time: "your replacement is out for delivery today", "your parcel
 * is at the collection point, open until 8pm tonight". Not a setback ("your flight is delayed until 9pm").
 */
function whereYoursIs(c: Clause, out: string[]): void {
  if (!isYours(c) || c.verb?.lemma !== 'be' || c.tense !== 'present' || c.modal || c.perfect || c.passive || !hasTime(c)) return;
  const after = c.tokens.slice(c.tokens.indexOf(c.verb) + 1);
  if (after.some((t) => SET_BACK.test(t.norm) || (t.pos === 'VERB' && isHarm(t.lemma)))) return;
  out.push('help:due');
}

/** Verbs of a document sent with the reply: "the new letter is attached", "your invoice is enclosed". */
const ENCLOSING = new Set(['attach', 'enclose']);
/** `help:enclosed`: a document given with the reply, told as a state in the present passive. */
function enclosed(c: Clause, out: string[]): void {
  const lemma = c.verb?.lemma ?? '';
  // An unknown verb's lemma may have lost its final "e" ("enclosed" → "enclos").
  if (c.passive && !c.perfect && !c.modal && c.tense === 'present' && (ENCLOSING.has(lemma) || ENCLOSING.has(`${lemma}e`))) out.push('help:enclosed');
}

/** Verbs of what a time amounts to, not of arriving: "a 4-hour slot should mean 4 hours", "it should take 3 days". */
const MEASURING = new Set(['mean', 'take', 'last', 'cost', 'need', 'require']);

/** Verbs of switching the customer's access back on: "it's re-enabled now", "your account is unlocked now". */
const SWITCHED_BACK = /^(?:re-?enabl|enabl|unlock|re-?activat|unblock|unsuspend|reinstat|reconnect)(?:e|ed)?$/;
/** Words that may stand between "is" and "back": "it's now back up", "everything is fully back". */
const BACK_LEAD = /^(?:now|all|fully|finally|already|thankfully|everything)$/;
/**
 * `help:restored`: the fault is gone, told in the present: "it's back up now", "the app is working again", "it's
 * fixed now", "everything should be back to normal". Not a wish ("I hope it works now" is read as the wish).
 */
function restored(c: Clause, out: string[]): void {
  if (!c.verb || personOf(c) !== 3 || (c.modal && c.modal !== 'should' && c.modal !== 'will')) return;
  const lemma = c.verb.lemma;
  const at = c.tokens.indexOf(c.verb);
  // "It's re-enabled now": the reader takes the clitic "'s" before a participle for "has".
  const clitic = c.perfect && c.tokens[at - 1]?.text.toLowerCase() === "'s" && SWITCHED_BACK.test(lemma) && !/^(?:DET|NOUN|PROPN|PRON)$/.test(c.tokens[at + 1]?.pos ?? '');
  if ((c.perfect && !clitic) || c.tense === 'past') return;
  const after = c.tokens.slice(at + 1).filter((t) => t.pos !== 'PUNCT');
  const back = lemma === 'be' && after.find((t) => !BACK_LEAD.test(t.norm))?.norm === 'back';
  const working = lemma === 'work' && after.some((t) => /^(?:again|now|normally|properly)$/.test(t.norm));
  const fixedNow = (c.passive || clitic) && (FIXING.has(lemma) || SWITCHED_BACK.test(lemma)) && after.some((t) => /^(?:now|again)$/.test(t.norm));
  // "Your line is live now", "everything is live again": a service switched on.
  const live = lemma === 'be' && !c.modal && after[0]?.norm === 'live' && /^(?:now|again)$/.test(after[1]?.norm ?? '');
  if (back || working || fixedNow || live) out.push('help:restored');
}

/**
 * `help:workaround`: an act the customer can take, as the subject of what it does to the fault: "turning off Auto
 * sleep detection stops it", "restarting the router usually fixes it", "clearing the cache should sort it". Not what
 * causes the fault ("using a VPN causes it").
 */
function workaround(c: Clause, out: string[]): void {
  if (c.subject || c.lead || c.verb?.form !== 'gerund' || c.tokens.find((t) => t.pos !== 'PUNCT' && t.pos !== 'INTJ' && t.pos !== 'ADV') !== c.verb) return;
  const at = c.tokens.indexOf(c.verb);
  const does = c.tokens.slice(at + 1).find((t, k, rest) => t.pos === 'VERB' && (t.form === 'third' || (t.form === 'base' && rest[k - 1]?.pos === 'MODAL')));
  // "Stops it" stops the fault here; "blocks it", "breaks it" still cause one.
  if (!does || STANCE.has(does.lemma) || (isHarm(does.lemma) && does.lemma !== 'stop')) return;
  out.push('help:workaround');
}

/** Words of an estimate: "estimated fix 6pm", "ETA 3pm", "expected back by 5pm". */
const ESTIMATE = /^(?:estimated|expected|eta|est)$/;
/** `help:due` for an estimate with a time: "Engineers are on it, estimated fix 6pm", "ETA 3pm". */
function estimate(c: Clause, out: string[]): void {
  if (hasTok(c, ESTIMATE) && hasTime(c)) out.push('help:due');
}

/** Verbs of a cost to the customer, not an outcome for them: "you'll be charged", "you'll be billed". */
const COSTING = new Set(['charge', 'bill', 'invoice', 'fine', 'ban', 'block', 'suspend', 'remove', 'disconnect', 'log']);
/**
 * `help:outcome` for what will be done for the customer, in the passive: "you'll be refunded straight away", "you'll
 * be sent a new one". Not a cost ("you'll be charged"), not being contacted (the hand-off family), not a condition.
 */
function refundedToYou(c: Clause, out: string[]): void {
  if (!c.passive || c.modal !== 'will' || c.subject?.person !== 2 || c.subject.owned || out.includes('help:outcome')) return;
  const lemma = c.verb?.lemma ?? '';
  if (COSTING.has(lemma) || REDIRECT.has(lemma) || INVESTIGATING.has(lemma) || TELLING.has(lemma) || isHarm(lemma)) return;
  out.push('help:outcome');
}

/** Verbs of a thing causing a fault: "your firewall is blocking it", "your battery saver kills the app". */
const CAUSING = new Set(['cause', 'block', 'stop', 'kill', 'break', 'prevent', 'interfere', 'trigger', 'corrupt']);
/** Nouns that name a fault's cause: "the problem is your antivirus", "your Wi-Fi is the reason". */
const FAULT = /^(?:problem|issue|fault|cause|reason|culprit|source)$/;
const YOU = /^(?:you|your|yours|yourself|u)$/;
const US = /^(?:we|us|our|ours|i|me|my)$/;
/** A link from an effect to its cause: "because", "due to", "caused by", "comes from", "down to". */
function causeLinkAt(tokens: readonly Sentence['tokens'][number][], i: number): boolean {
  const t = tokens[i]!;
  if (t.norm === 'because' || t.norm === 'due' || (t.pos === 'VERB' && t.lemma === 'cause')) return true;
  if (t.norm === 'down' && tokens[i + 1]?.norm === 'to') return true;
  return t.norm === 'from' && /^(?:come|comes|came|coming|stem|stems|stemmed)$/.test(tokens[i - 1]?.norm ?? '');
}

/**
 * The customer or their thing as the cause of the fault, in one sentence: a cause link before "you/your" ("this is
 * caused by your device", "because of the VPN you're using", "the problem is your antivirus"), or "your …" before a
 * verb of causing or a fault noun ("your firewall is what's stopping it", "it's your phone that's the problem"). Not
 * in a negated clause ("this isn't your fault"), not where we own the fault ("the issue must be on our side").
 */
function customerAtFault(s: Sentence): boolean {
  const clauseOf = (i: number) => s.clauses.find((c) => c.tokens.includes(s.tokens[i]!));
  const ok = (i: number) => {
    const c = clauseOf(i);
    return !!c && !c.negated && c.mood === 'declarative' && !c.tokens.some((t) => US.test(t.norm));
  };
  const yous = s.tokens.map((t, i) => (YOU.test(t.norm) && ok(i) ? i : -1)).filter((i) => i >= 0);
  if (!yous.length) return false;
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    // A fault noun names the cause only where it is what something *is*: "the problem is…", "… is the reason".
    const named = FAULT.test(t.norm) && clauseOf(i)?.verb?.lemma === 'be';
    if ((causeLinkAt(s.tokens, i) || named) && ok(i) && yous.some((j) => j > i)) return true;
    const causing = (t.pos === 'VERB' && CAUSING.has(t.lemma) && !clauseOf(i)?.modal) || named;
    if (causing && ok(i) && yous.some((j) => j < i)) return true;
  }
  return false;
}

/** "as stated", "as clearly mentioned": "as", an optional adverb, then the participle of a verb of telling. */
function reducedAsTold(s: Sentence): boolean {
  for (let i = 0; i < s.tokens.length - 1; i++) {
    if (s.tokens[i]!.norm !== 'as') continue;
    const j = s.tokens[i + 1]!.pos === 'ADV' ? i + 2 : i + 1;
    const v = s.tokens[j];
    if (v && v.pos === 'VERB' && v.form === 'past' && (TELLING.has(v.lemma) || displayed(v.lemma))) return true;
  }
  return false;
}

/** "For the third time", "my last email", "I've answered this already": the agent saying it again. */
const SAID_AGAIN = /(?:^| )(?:for the (?:second|third|fourth|fifth|last|umpteenth) time|(?:my|our) (?:last|previous|earlier|first|prior|initial) (?:(?:two|three|few) )?(?:e-?mails?|messages?|replies|reply|responses?|posts?|notes?|answers?))(?: |$)/;
const AGAIN = /^(?:again|already|twice|times|before)$/;
function repeats(s: Sentence): boolean {
  if (SAID_AGAIN.test(s.tokens.map((t) => t.norm).join(' '))) return true;
  return s.clauses.some(
    (c) =>
      c.subject?.person === 1 &&
      !c.subject.owned &&
      (hasTok(c, /^(?:repeat|repeating|reiterate|reiterating)$/) || ((TELLING.has(c.verb?.lemma ?? '') || c.verb?.lemma === 'answer') && hasTok(c, AGAIN))),
  );
}

/**
 * A step of the customer's still ahead in the process: "once you approve", "when you receive it", "until you confirm"
 * (the present after once/when/until/after, not negated). A manner adverb then asks for care, it does not lecture.
 */
const isStepAhead = (c: Clause) => /^(?:once|when|until|after)$/.test(c.lead ?? '') && c.subject?.person === 2 && !c.subject.owned && c.tense === 'present' && !c.perfect && !c.negated && !c.modal;

/** The signals of one sentence, in clause order. */
export function sentenceSignals(s: Sentence): string[] {
  const out: string[] = [];
  const stepAhead = s.clauses.some(isStepAhead);
  for (const c of s.clauses) {
    const at = out.length;
    clauseSignals(c, out);
    helpShapes(c, out);
    informationHelp(c, out);
    // "Please check the spelling carefully, once you approve we can't change it": care asked for a step still ahead.
    if (stepAhead && c.mood === 'imperative' && !hasAdjunct(c, NEXT_TIME)) for (let k = at; k < out.length; k++) if (out[k] === 'imperative:lecture') out[k] = 'instruction';
    // "We can't change the address once an order has been dispatched": a done act under once/if/when/until is the
    // condition a refusal in the same sentence hangs on, not a fix; it is marked as such and counts as no help.
    if (CONDITION.test(c.lead ?? '')) for (let k = at; k < out.length; k++) if (/^done:(?:passive|by-other:past)$/.test(out[k]!)) out[k] = 'done:condition';
  }
  if (out.includes('refusal')) for (let k = 0; k < out.length; k++) if (out[k] === 'done:condition') out[k] = 'refusal:condition';
  for (let k = 0; k < out.length; k++) if (out[k] === 'done:condition') out[k] = 'done:passive';
  if (customerAtFault(s)) out.push('customer:at-fault');
  if (ifYouStep(s)) out.push('help:if-you');
  // "…will renew as stated on the upgrading screen", "as mentioned before": a reduced "as" clause of telling inside a
  // clause (the reader splits a clause only where "as" opens one with its own subject).
  if (!out.includes('reminder:as-told') && reducedAsTold(s)) out.push('reminder:as-told');
  if (repeats(s)) out.push('reminder:repeat');
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
  // A diagnosis that names the customer's thing as the cause is blame when nothing helps, not when a fix follows.
  if (distinct.includes('customer:at-fault')) distinct.push(helps.length ? 'at-fault+help' : 'at-fault-alone');
  if (distinct.includes('apology')) distinct.push(helps.length || distinct.some(isInformationHelp) ? 'apology+help' : 'apology-alone');
  // "Sorry, I can't turn it on. If you upgrade, the setting appears under Security": a refusal with a way round it.
  if (distinct.includes('refusal') && distinct.some((f) => /^(?:after-apology:)?(?:customer:can|help:you-can|help:if-you)$/.test(f))) distinct.push('help:way-round');
  return distinct;
}

export const replySignals = (sentences: readonly Sentence[]) => combineSignals(sentences.map(sentenceSignals));
