/**
 * readSentences: each sentence of a text as grammar — tagged tokens with offsets, its clauses, and per clause its
 * mood (imperative / question / declarative), subject and person, negation, tense and modal. Pure TS, no DOM:
 * the wording engine, the effort detector and rewrites all read sentences through this.
 */
import { splitSentences } from '../analysis/sentences';
import { foldTypography } from '../text/normalize';
import { NEGATORS, PERSON } from './lexicon';
import { tagTokens, type Token } from './tag';
import { tokenize } from './tokenize';

export type Mood = 'imperative' | 'question' | 'declarative';
export type Tense = 'past' | 'present' | 'future';

export interface Subject {
  text: string;
  /** 1: I/we, 2: you, 3: anyone or anything else. */
  person: 1 | 2 | 3;
  index: number;
  /** A possessive before a noun ("*your* router", "*our* team"): the person's thing, not the person. */
  owned?: boolean;
}

export interface Clause {
  start: number;
  end: number;
  tokens: Token[];
  /** The word that makes it subordinate ("if", "because", "to" of a purpose clause), else null. */
  lead: string | null;
  mood: Mood;
  subject: Subject | null;
  /** The main verb (or be/have/do used as one), null in a verbless fragment ("Thanks for your patience!"). */
  verb: Token | null;
  modal: string | null;
  tense: Tense;
  /** have + participle, including after a modal: "should have read", "you've ignored". */
  perfect: boolean;
  passive: boolean;
  negated: boolean;
  /** Opens with "please"/"kindly". */
  polite: boolean;
  /** A complement clause with its own subject pronoun after the verb: "I'm guessing *you didn't enable backup*". */
  embedded?: Clause;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  clauses: Clause[];
  /** Of the main (first non-subordinate) clause; a sentence ending in "?" is a question. */
  mood: Mood;
  subject: Subject | null;
  modal: string | null;
  tense: Tense;
  negated: boolean;
}

/** Words that may open a clause before its real start: greetings, fillers, sequencing adverbs, "please". */
const OPENERS = new Set(['please', 'kindly', 'just', 'simply', 'then', 'now', 'also', 'first', 'firstly', 'next', 'finally', 'so', 'and', 'but', 'or', 'also', 'again', 'otherwise', 'instead', 'meanwhile', 'hi', 'hello', 'hey', 'ok', 'okay', 'yes', 'no', 'oh', 'alright']);
/** "Yours is on the van", "ours was late": a possessive pronoun stands for the person's thing, as "your parcel" does. */
const POSSESSIVE_PRONOUN = /^(?:mine|ours|yours)$/;
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'u', 'they', 'he', 'she']);
const SUBORDINATORS = new Set(['if', 'because', 'although', 'though', 'unless', 'whereas', 'while', 'whether', 'once', 'as', 'since', 'when', 'after', 'before', 'until', 'so']);

const VERBAL = new Set(['VERB', 'AUX', 'MODAL']);

/** "… and *the payment of $50 was* released": a noun phrase from `i` followed by its own verb group starts a clause. */
function subjectAhead(tokens: readonly Token[], i: number): boolean {
  for (let j = i; j < tokens.length && j < i + 7; j++) {
    const t = tokens[j]!;
    if (t.pos === 'AUX' || t.pos === 'MODAL' || (t.pos === 'VERB' && t.form !== 'base' && t.form !== 'gerund')) return j > i;
    if (!['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'SYM', 'ADP'].includes(t.pos) && !(t.pos === 'PART' && t.norm === "'s")) return false;
  }
  return false;
}

/**
 * A negator that negates its clause. "No" right after a preposition quantifies that phrase only: "moved you *at no
 * charge*", "fixed in no time", "with no fee" assert the act.
 */
function negates(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.norm !== 'cannot' && !NEGATORS.has(t.norm)) return false;
  if (quoted(tokens, i)) return false;
  if (t.norm === 'cannot') return true;
  // "caused by your device and not BC", "a setting, not a fault": "not" before a noun phrase sets two things against
  // each other; the clause stays asserted ("we'll refund it and not charge you" negates a verb).
  if (t.norm === 'not' && /^(?:and|but|,)$/.test(tokens[i - 1]?.norm ?? '') && contrastsNoun(tokens, i + 1)) return false;
  return !(t.norm === 'no' && i > 0 && tokens[i - 1]!.pos === 'ADP');
}

/** A noun phrase follows (determiners, adjectives, then a noun or name) with no verb: "not BC", "not the app". */
function contrastsNoun(tokens: readonly Token[], j: number): boolean {
  while (tokens[j] && (tokens[j]!.pos === 'DET' || tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'NUM')) j++;
  const head = tokens[j];
  return !!head && (head.pos === 'NOUN' || head.pos === 'PROPN');
}

/**
 * Inside double quotes: the words quoted, not the clause's ("what do you mean by \"doesn't work\"?" asks nothing
 * negative). An odd number of quote marks before the word, and one after it.
 */
function quoted(tokens: readonly Token[], i: number): boolean {
  const isQuote = (x: Token) => x.text === '"';
  return tokens.slice(0, i).filter(isQuote).length % 2 === 1 && tokens.slice(i + 1).some(isQuote);
}

/** Verbs of a state: "we already have / know…" is the present, whatever the learner's grammar. */
const STATIVE = new Set(['have', 'know', 'be', 'need', 'want', 'understand', 'see', 'like', 'love', 'hope', 'believe', 'think']);

function isBoundary(tokens: readonly Token[], i: number, current: readonly Token[]): boolean {
  const t = tokens[i]!;
  if (t.pos === 'PUNCT' && /^[;:()\-–—•*]$/.test(t.text)) return true;
  if (t.pos === 'PUNCT' && t.text === ',') return true;
  if (t.pos === 'CCONJ' && i > 0) {
    // "… and reset your device", "… but we will refund": a conjunction before a verb or a subject starts a clause,
    // but not one that joins two nouns of a verbless fragment ("No refund or exchange.").
    const next = tokens[i + 1];
    if (next?.pos === 'VERB' && !current.some((x) => VERBAL.has(x.pos))) return false;
    if (next && (next.pos === 'DET' || next.pos === 'NOUN' || next.pos === 'PROPN') && current.some((x) => VERBAL.has(x.pos))) return subjectAhead(tokens, i + 1);
    return !!next && (next.pos === 'VERB' || next.pos === 'PRON' || next.pos === 'MODAL' || next.norm === 'please' || next.pos === 'ADV');
  }
  if (t.pos === 'SCONJ' && i > 0 && tokens[i - 1]!.pos !== 'PUNCT') return t.norm !== 'as' && t.norm !== 'so';
  return mainAfterCondition(tokens, i, current);
}

/** Verbs that take a clause as their object: "once you *confirm* we can…" keeps "we can…" inside. */
const TAKES_CLAUSE = new Set(['say', 'tell', 'think', 'know', 'believe', 'confirm', 'see', 'find', 'hope', 'mean', 'feel', 'show', 'realise', 'realize', 'notice', 'agree', 'understand', 'ensure', 'explain', 'mention', 'state', 'note', 'expect', 'guess', 'assume', 'suppose', 'wish', 'decide', 'check', 'verify', 'let', 'make', 'ask', 'want']);
/**
 * "Once an order has shipped *we* aren't able to cancel it", "if you restart it *we* will check": with no comma, a
 * subject pronoun and its own verb group after a condition's verb start the main clause.
 */
function mainAfterCondition(tokens: readonly Token[], i: number, current: readonly Token[]): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'PRON' || !SUBJECT_PRONOUNS.has(t.norm)) return false;
  const lead = current.find((x) => x.pos !== 'PUNCT' && !OPENERS.has(x.norm) && x.pos !== 'ADV');
  if (!lead || !/^(?:once|if|when|unless|until|after|before|since)$/.test(lead.norm)) return false;
  const verbs = current.filter((x) => x.pos === 'VERB' && x.form !== 'gerund');
  if (!verbs.length) return false;
  const prev = tokens[i - 1]!;
  if ((prev.pos === 'VERB' || prev.pos === 'AUX') && TAKES_CLAUSE.has(prev.lemma)) return false;
  if (prev.norm === 'that' || prev.pos === 'ADP' || prev.pos === 'CCONJ' || prev.pos === 'SCONJ') return false;
  let j = i + 1;
  while (j < tokens.length && tokens[j]!.pos === 'ADV') j++;
  const n = tokens[j];
  return !!n && (n.pos === 'AUX' || n.pos === 'MODAL' || (n.pos === 'VERB' && n.form !== 'gerund' && n.form !== 'base'));
}

function splitClauses(tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  let cur: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "First, unplug…", "Yes, we…": words that only open a clause do not make one before a comma.
    const openerOnly = t.text === ',' && cur.length > 0 && cur.every((x) => OPENERS.has(x.norm) || (x.pos === 'ADV' && x.norm !== 'not'));
    if (openerOnly) continue;
    if (isBoundary(tokens, i, cur)) {
      if (cur.some((x) => x.pos !== 'PUNCT')) out.push(cur);
      cur = t.pos === 'PUNCT' ? [] : [t];
    } else cur.push(t);
  }
  if (cur.some((x) => x.pos !== 'PUNCT')) out.push(cur);
  return out;
}

function readClause(tokens: Token[], endsWithQuestion: boolean): Clause {
  let i = 0;
  let polite = false;
  let lead: string | null = null;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.norm === 'please' || t.norm === 'kindly') polite = true;
    if (t.pos === 'PUNCT' || t.pos === 'SYM' || t.pos === 'NUM' || OPENERS.has(t.norm) || (t.pos === 'ADV' && t.norm !== 'not' && t.norm !== 'never')) i++;
    else if (t.pos === 'INTJ' && t.norm !== 'sorry') i++;
    else break;
  }
  const first = tokens[i];
  if (first && (first.pos === 'SCONJ' || SUBORDINATORS.has(first.norm))) lead = first.norm;
  else if (first && first.norm === 'to' && first.pos === 'PART') lead = 'to';
  let negated = tokens.some((_, j) => negates(tokens, j));
  // Verb group: modal, auxiliaries, main verb.
  let modal: string | null = null;
  let verb: Token | null = null;
  let subject: Subject | null = null;
  let perfect = false;
  let passive = false;
  let future = false;
  let pastAux = false;
  let verbAt = -1;
  // A prepositional phrase fronted as a time or place ("On 3 May", "At 10 am", "By Friday evening") holds no
  // subject: the phrase right after it does. After a question word the subject follows the first auxiliary ("Which browser are *you*…").
  let inPhrase = false;
  let helped = false;
  const wh = first?.pos === 'WH';
  for (let j = lead ? i + 1 : i; j < tokens.length; j++) {
    const t = tokens[j]!;
    const before = tokens[j - 1];
    if (t.pos === 'ADP' && !subject && !helped) inPhrase = true;
    if (inPhrase && (t.pos === 'DET' || t.pos === 'PRON') && !helped && before && ['NOUN', 'PROPN', 'NUM'].includes(before.pos)) (inPhrase = false);
    if (wh && helped && subject && subject.index < j && t.pos === 'PRON' && SUBJECT_PRONOUNS.has(t.norm)) subject = null;
    if (t.pos === 'AUX' || t.pos === 'MODAL') helped = true;
    if (inPhrase) continue;
    if (t.pos === 'MODAL' && modal === null && verb === null) {
      modal = t.lemma === 'cannot' ? 'can' : t.lemma;
      if (modal === 'will' || modal === 'shall') future = true;
      continue;
    }
    if (t.pos === 'AUX') {
      if (t.lemma === 'have' && tokens.slice(j + 1, j + 4).some((x) => (x.pos === 'VERB' || x.pos === 'AUX') && x.form === 'past')) perfect = true;
      if (t.lemma === 'be' && tokens.slice(j + 1, j + 4).some((x) => x.pos === 'VERB' && x.form === 'past')) passive = true;
      if (t.lemma === 'be' && tokens[j + 1]?.norm === 'going' && tokens[j + 2]?.norm === 'to') future = true;
      if (t.form === 'past' && !perfect) pastAux = true;
      if (t.norm === 'had' || t.norm === 'was' || t.norm === 'were' || t.norm === 'did') pastAux = true;
      continue;
    }
    if (t.pos === 'VERB') {
      if (t.norm === 'going' && tokens[j + 1]?.norm === 'to') continue;
      verb = t;
      verbAt = j;
      break;
    }
    if (!subject && (t.pos === 'PRON' || t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'DET' && PERSON[t.norm] !== undefined))) {
      const owned = (t.pos === 'DET' && PERSON[t.norm] !== undefined) || POSSESSIVE_PRONOUN.test(t.norm);
      subject = { text: t.text, person: PERSON[t.norm] ?? 3, index: j, ...(owned ? { owned: true } : {}) };
    }
  }
  // Be / have / do standing alone is the main verb: "That is our policy", "You have no backup".
  if (!verb) {
    const aux = tokens.findIndex((t, j) => j >= i && t.pos === 'AUX');
    if (aux >= 0) (verb = tokens[aux]!), (verbAt = aux);
  }
  let mood: Mood = 'declarative';
  const startsWithVerb = first && verbAt === i && !lead && (first.form === 'base' || first.lemma === 'let');
  const dontImperative = first && first.lemma === 'do' && tokens[i + 1]?.norm === 'not' && tokens.slice(i + 2).some((t) => t.pos === 'VERB' && t.form === 'base') && !subject;
  const startsWithBe = first && first.norm === 'be' && !lead;
  const neverImperative = first && first.norm === 'never' && !subject && verbAt === i + 1 && verb?.form === 'base';
  if (startsWithVerb || dontImperative || startsWithBe || neverImperative) mood = 'imperative';
  else if (
    endsWithQuestion ||
    (first && (first.pos === 'AUX' || first.pos === 'MODAL' || first.pos === 'WH') && !lead && subject && subject.index > i)
  )
    mood = endsWithQuestion || first.pos !== 'WH' ? 'question' : 'declarative';
  let embedded: Clause | undefined;
  if (verb) {
    // "we think you missed…", "I see that you haven't…": a subject pronoun after the verb, then its own verb group.
    for (let k = verbAt + 1; k < tokens.length - 1; k++) {
      const t = tokens[k]!;
      if (t.pos === 'SCONJ' || (t.pos === 'PUNCT' && t.text !== "'")) break;
      if (t.pos !== 'PRON' || !SUBJECT_PRONOUNS.has(t.norm)) continue;
      let j = k + 1;
      while (j < tokens.length && tokens[j]!.pos === 'ADV') j++;
      const n = tokens[j];
      if (n && (n.pos === 'AUX' || n.pos === 'MODAL' || (n.pos === 'VERB' && n.form !== 'gerund'))) {
        embedded = readClause(tokens.slice(k), false);
        // The embedded clause's "not" is its own: "I see you haven't…" does not negate "see".
        negated = tokens.slice(0, k).some((_, j) => negates(tokens, j));
      }
      break;
    }
  }
  // Non-native past: "we already change your password", "I already send the link" (a bare verb after "already", no auxiliary).
  const alreadyDone = !!verb && verbAt > 0 && tokens[verbAt - 1]!.norm === 'already' && verb.form === 'base' && !STATIVE.has(verb.lemma) && !modal && !perfect && !passive && subject?.person === 1;
  const tense: Tense = future ? 'future' : pastAux || alreadyDone || (!modal && !perfect && verb?.form === 'past' && !passive) ? 'past' : 'present';
  return {
    start: tokens[0]!.start,
    end: tokens[tokens.length - 1]!.end,
    tokens,
    lead,
    mood,
    subject: mood === 'imperative' ? { text: '(you)', person: 2, index: -1 } : subject,
    verb,
    modal,
    tense,
    perfect,
    passive,
    negated,
    polite,
    embedded,
  };
}

/**
 * A verb joined to a declarative clause by "and"/"or"/"but" shares its subject (and its modal, perfect or passive
 * when the verb's form continues them): "We value you and appreciate your patience" is not an instruction to
 * appreciate, "we will refund it and send a label" commits to both.
 */
function shareSubject(prev: Clause, c: Clause): void {
  const first = c.tokens[0];
  if (!first || first.pos !== 'CCONJ' || (c.subject && c.subject.index >= 0) || !c.verb || prev.mood !== 'declarative' || !prev.subject || prev.subject.index < 0) return;
  const at = c.tokens.indexOf(c.verb);
  if (c.tokens.slice(1, at).some((t) => t.pos !== 'ADV' && t.pos !== 'INTJ' && t.pos !== 'AUX' && t.pos !== 'MODAL' && t.norm !== 'not' && t.norm !== "n't")) return;
  c.mood = 'declarative';
  c.subject = { ...prev.subject, index: -1 };
  const own = c.tokens.slice(1, at).some((t) => t.pos === 'AUX' || t.pos === 'MODAL');
  if (own) return;
  if (c.verb.form === 'base' && prev.modal) (c.modal = prev.modal), (c.tense = prev.tense);
  else if (c.verb.form === 'past' && (prev.perfect || prev.passive)) (c.perfect = prev.perfect), (c.passive = prev.passive), (c.tense = prev.tense);
  else if (c.verb.form === 'past') c.tense = 'past';
}

/** Reads the sentence between `start` and `end` of `text` (already typography-folded). */
export function readSentence(text: string, start: number, end: number): Sentence {
  const tokens = tagTokens(tokenize(text, start, end));
  const question = /\?["')\]]*\s*$/.test(text.slice(start, end));
  const clauses = splitClauses(tokens).map((c) => readClause(c, false));
  for (let k = 1; k < clauses.length; k++) shareSubject(clauses[k - 1]!, clauses[k]!);
  // The question mark belongs to the clause it closes (and to one opening with a question word or inversion).
  if (question && clauses.length) {
    const last = clauses[clauses.length - 1]!;
    if (last.mood !== 'imperative') last.mood = 'question';
    // "Is your game a disc?": be, have or do as the main verb comes before its subject.
    if (last.mood === 'question' && !last.subject && last.verb) {
      const at = last.tokens.indexOf(last.verb);
      const j = last.tokens.findIndex((t, k) => k > at && (t.pos === 'PRON' || t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'DET' && PERSON[t.norm] !== undefined)));
      if (j >= 0) last.subject = { text: last.tokens[j]!.text, person: PERSON[last.tokens[j]!.norm] ?? 3, index: j };
    }
  }
  const main = clauses.find((c) => !c.lead) ?? clauses[0];
  return {
    start,
    end,
    text: text.slice(start, end),
    tokens,
    clauses,
    mood: question ? 'question' : (main?.mood ?? 'declarative'),
    subject: main?.subject ?? null,
    modal: main?.modal ?? null,
    tense: main?.tense ?? 'present',
    negated: clauses.some((c) => c.negated),
  };
}

/** Every sentence of `text`, offsets into `text` itself. */
export function readSentences(text: string): Sentence[] {
  if (typeof text !== 'string' || !text) return [];
  const folded = foldTypography(text);
  const s = splitSentences(folded);
  const out: Sentence[] = [];
  for (let k = 0; k < s.count; k++) {
    const sentence = readSentence(folded, s.starts[k]!, s.ends[k]!);
    // Folding keeps offsets, so the original spelling is one slice away.
    if (folded !== text) {
      sentence.text = text.slice(sentence.start, sentence.end);
      for (const t of sentence.tokens) t.text = text.slice(t.start, t.end);
    }
    out.push(sentence);
  }
  return out;
}

