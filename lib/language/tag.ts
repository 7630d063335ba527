/**
 * Part-of-speech tagging by lexicon, suffix and context — small (a few KB), fast (linear, no model to load) and
 * written for support text: a capitalised verb at a line start ("Reset your device") is still a verb, "your order"
 * is a noun and "order a new one" a verb.
 */
import { BE, CLOSED, DO, HAVE, IRREGULAR, PERSON, type Pos, VERBS } from './lexicon';
import type { RawToken } from './tokenize';

export type VerbForm = 'base' | 'third' | 'past' | 'gerund';

export interface Token {
  text: string;
  norm: string;
  /** The dictionary form: "refunded" → "refund", "told" → "tell"; the norm for other words. */
  lemma: string;
  pos: Pos;
  /** For VERB and AUX: which form the word is in (past covers the participle: "was sent" / "sent"). */
  form?: VerbForm;
  start: number;
  end: number;
}

/** The base form of a verb spelling, or null if it is not a known verb. */
export function verbBase(w: string): { base: string; form: VerbForm } | null {
  // "re-ran", "re-shipped": the verb after the prefix.
  if (w.startsWith('re-')) return verbBase(w.slice(3));
  if (VERBS.has(w)) return { base: w, form: 'base' };
  const irregular = IRREGULAR.get(w);
  if (irregular) return { base: irregular, form: 'past' };
  const tries: [RegExp, string, VerbForm][] = [
    [/ies$/, 'y', 'third'], [/es$/, '', 'third'], [/es$/, 'e', 'third'], [/s$/, '', 'third'],
    [/ied$/, 'y', 'past'], [/ed$/, '', 'past'], [/ed$/, 'e', 'past'], [/(.)\1ed$/, '$1', 'past'],
    [/ing$/, '', 'gerund'], [/ing$/, 'e', 'gerund'], [/(.)\1ing$/, '$1', 'gerund'],
  ];
  for (const [re, sub, form] of tries) {
    if (!re.test(w)) continue;
    const base = w.replace(re, sub);
    if (VERBS.has(base)) return { base, form };
  }
  return null;
}

function bySuffix(w: string): Pos {
  if (/ly$/.test(w) && w.length > 4) return 'ADV';
  if (/(?:tion|sion|ment|ness|ity|ance|ence|ship|ism|ist|age|ure|ery|er|or|ee)s?$/.test(w)) return 'NOUN';
  if (/(?:ous|ful|less|able|ible|ive|al|ic|ish|ary|ent|ant|est)$/.test(w)) return 'ADJ';
  return 'NOUN';
}

const NOMINAL_BEFORE = new Set<Pos>(['DET', 'ADJ', 'NUM']);

/** First pass: each word on its own. */
function lexical(t: RawToken, sentenceInitial: boolean): Token {
  const base: Token = { text: t.text, norm: t.norm, lemma: t.norm, pos: 'NOUN', start: t.start, end: t.end };
  if (t.kind === 'punct') return { ...base, pos: 'PUNCT' };
  if (t.kind === 'symbol') return { ...base, pos: 'SYM' };
  if (t.kind === 'number') return { ...base, pos: 'NUM' };
  const w = t.norm;
  if (w === "'s") return { ...base, pos: 'PART' };
  if (w === 'cannot') return { ...base, lemma: 'can', pos: 'MODAL' };
  if (BE.has(w) || HAVE.has(w) || DO.has(w)) {
    const lemma = BE.has(w) ? 'be' : HAVE.has(w) ? 'have' : 'do';
    const form: VerbForm = /^(?:be|have|do)$/.test(w) ? 'base' : /^(?:was|were|been|had|did)$/.test(w) ? 'past' : /ing$/.test(w) ? 'gerund' : 'third';
    return { ...base, lemma, pos: 'AUX', form };
  }
  const closed = CLOSED.get(w);
  if (closed) return { ...base, pos: closed };
  const verb = verbBase(w);
  if (verb) return { ...base, lemma: verb.base, pos: 'VERB', form: verb.form };
  const capitalised = /^[A-Z]/.test(t.text);
  if (capitalised && !sentenceInitial) return { ...base, pos: 'PROPN' };
  const pos = bySuffix(w);
  if (pos === 'NOUN' && /ing$/.test(w) && w.length > 5) return { ...base, pos: 'VERB', form: 'gerund' };
  // An unknown "-ed" word is a verb's past; its lemma is a guess ("relayed" → "relay", "recalculated" → "recalculat").
  if (pos === 'NOUN' && /ed$/.test(w) && w.length > 4) return { ...base, lemma: w.replace(/ied$/, 'y').replace(/ed$/, ''), pos: 'VERB', form: 'past' };
  return { ...base, pos };
}

/** Tags the raw tokens of one sentence. */
export function tagTokens(raw: readonly RawToken[]): Token[] {
  const out: Token[] = [];
  let initial = true;
  let named = false;
  for (const r of raw) {
    // A capitalised word after a greeting or a signature mark is a name: "Hi Mark", "^Care".
    out.push(named && r.kind === 'word' && /^[A-Z]/.test(r.text) ? { ...lexical(r, false), pos: 'PROPN', lemma: r.norm, form: undefined } : lexical(r, initial));
    initial = r.kind === 'punct' && /^[.!?:;•*\-–—>»→(]+$/.test(r.text);
    named = r.text === '^' || /^(?:hi|hello|hey|dear)$/.test(r.norm);
  }
  disambiguate(out);
  return out;
}

const prevWord = (tokens: readonly Token[], i: number) => {
  for (let j = i - 1; j >= 0; j--) if (tokens[j]!.pos !== 'ADV') return tokens[j];
  return undefined;
};

/**
 * Whether the words before `i` are a noun phrase opened by a determiner ("the wrong …", "your work …", "what error
 * …"), and not the subject of a do-question ("when did *the problem* start?", where the verb follows its subject).
 */
function nominalRun(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1, n = 0; j >= 0 && n < 4; j--, n++) {
    const p = tokens[j]!;
    if (p.pos === 'DET' || (p.pos === 'PART' && p.norm === "'s") || (p.pos === 'WH' && /^(?:what|which|whose)$/.test(p.norm)))
      return !(tokens[j - 1]?.pos === 'AUX' && tokens[j - 1]!.lemma === 'do');
    if (p.pos !== 'NOUN' && p.pos !== 'ADJ' && p.pos !== 'NUM' && p.pos !== 'SYM') return false;
  }
  return false;
}

const toNoun = (t: Token, pos: 'NOUN' | 'PROPN' = 'NOUN') => Object.assign(t, { pos, form: undefined, lemma: t.norm });
const capitalised = (t: Token | undefined) => !!t && /^[A-Z]/.test(t.text);
/** A verb group that can follow a subject: an auxiliary, a modal, a verb in the past or the third person. */
const finiteAhead = (t: Token | undefined, third = true) =>
  !!t && (t.pos === 'AUX' || t.pos === 'MODAL' || (t.pos === 'VERB' && (t.form === 'past' || (third && t.form === 'third'))));

/**
 * "Customer Care escalated…", "Shipping Operations will…", "Account Services has…": capitalised words opening a
 * sentence (or a clause after punctuation) right before a lower-case verb group are a name, the subject — not an
 * instruction. One known verb alone ("Check attached…") or a verb before "updates" stays an imperative.
 */
function nameRun(tokens: Token[], i: number): void {
  let j = i;
  while (j < tokens.length && capitalised(tokens[j]) && ['NOUN', 'PROPN', 'VERB', 'ADJ'].includes(tokens[j]!.pos)) j++;
  const after = tokens[j];
  if (j === i || !after || capitalised(after)) return;
  const first = tokens[i]!;
  const verbFirst = first.pos === 'VERB' && first.form === 'base';
  if (verbFirst && j - i < 2) return;
  if (!finiteAhead(after, !verbFirst)) return;
  for (let k = i; k < j; k++) toNoun(tokens[k]!, 'PROPN');
}

/** What may follow the head of a subject or object noun phrase (a verb group, a joint, the end), not its object. */
const headBefore = (next: Token | undefined) =>
  !next || next.pos === 'AUX' || next.pos === 'MODAL' || (next.pos === 'VERB' && next.form !== 'base') || next.pos === 'PUNCT' || next.pos === 'CCONJ';

/** Second pass: context decides the words the lexicon can't (verb or noun, "that", "to", be/have/do). */
function disambiguate(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // "3 May", "May 3": a month by a number; "10 am": a time.
    if (t.norm === 'may' && capitalised(t) && (prev?.pos === 'NUM' || next?.pos === 'NUM')) toNoun(t, 'PROPN');
    if ((t.norm === 'am' || t.norm === 'pm') && prev?.pos === 'NUM') toNoun(t);
    if (capitalised(t) && (!prev || prev.pos === 'PUNCT')) nameRun(tokens, i);
    if (t.pos === 'VERB' && t.form === 'gerund' && t.lemma === t.norm && (!prev || ['NOUN', 'PROPN', 'ADV', 'ADJ', 'NUM', 'PUNCT'].includes(prev.pos))) {
      // A word in -ing from no known verb ("morning", "billing", "engineering") before a verb group or a new noun
      // phrase is a noun: "Thursday morning the courier…", "Marketing corrected…", "Billing has refunded…".
      if (finiteAhead(next) || next?.pos === 'DET' || (next?.pos === 'PRON' && PERSON[next.norm] !== undefined)) toNoun(t);
    }
    if (t.norm === 'that' || t.norm === 'this' || t.norm === 'these' || t.norm === 'those') {
      // "this issue", "that fix" (determiner) against "this helps", "that you…" (pronoun, complementiser).
      const nominal = next && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN' || (next.pos === 'VERB' && (next.form === 'base' || (next.form === 'gerund' && next.lemma === next.norm))));
      t.pos = nominal ? 'DET' : 'PRON';
    }
    if (t.pos === 'VERB' && t.form === 'base' && IRREGULAR.has(t.norm)) {
      // "should have read", "has been set": after have/be the same spelling is the participle.
      const p = prevWord(tokens, i);
      if (p && p.pos === 'AUX' && (p.lemma === 'have' || p.lemma === 'be')) t.form = 'past';
    }
    if (t.pos === 'VERB' && t.form === 'base' && prev) {
      // "your order", "the update", "a quick call", "John's order": nouns after a determiner or adjective.
      if (NOMINAL_BEFORE.has(prev.pos) || (prev.pos === 'PART' && prev.norm === "'s") || (prev.pos === 'ADP' && prev.norm !== 'to')) {
        t.pos = 'NOUN';
        t.form = undefined;
        t.lemma = t.norm;
      }
    }
    if (t.pos === 'VERB' && t.form === 'gerund' && prev && NOMINAL_BEFORE.has(prev.pos) && !(prev.pos === 'ADJ' && next?.pos === 'DET')) {
      // "the billing team", "3-5 working days", "an actual reading": a gerund after a determiner is nominal.
      t.pos = 'NOUN';
      t.form = undefined;
      t.lemma = t.norm;
    }
    if (t.pos === 'VERB' && (t.form === 'base' || t.form === 'gerund') && prev && (prev.pos === 'NOUN' || prev.pos === 'ADJ') && nominalRun(tokens, i) && headBefore(next)) {
      // "the wrong charge has been removed", "a fresh link went", "the windscreen claim and…": the last word of a
      // noun phrase opened by a determiner, right before its verb, is its head noun.
      t.pos = 'NOUN';
      t.form = undefined;
      t.lemma = t.norm;
    }
    if (t.pos === 'ADJ' && prev?.pos === 'DET' && next && (next.pos === 'AUX' || next.pos === 'MODAL' || (next.pos === 'VERB' && (next.form === 'past' || next.form === 'third')))) {
      // "The restaurant has refunded…": a word read as an adjective by its suffix heads the noun phrase before a verb.
      t.pos = 'NOUN';
    }
    if (t.pos === 'VERB' && t.form === 'third' && prev && NOMINAL_BEFORE.has(prev.pos)) {
      // "the updates", "your orders"
      t.pos = 'NOUN';
      t.form = undefined;
      t.lemma = t.norm;
    }
    if ((t.pos === 'NOUN' || t.pos === 'PROPN') && prev) {
      const p = prevWord(tokens, i);
      // "to reset", "can email", "please reset", "don't forget": the word after these is a verb if it can be one.
      if (p && (p.pos === 'MODAL' || (p.pos === 'PART' && p.norm === 'to') || p.norm === 'please' || (p.pos === 'PART' && p.norm === 'not'))) {
        const v = verbBase(t.norm);
        if (v) Object.assign(t, { pos: 'VERB', form: v.form, lemma: v.base });
      }
    }
    if (t.norm === 'to' && next) t.pos = next.pos === 'VERB' || (next.pos === 'AUX' && next.form === 'base') || verbBase(next.norm)?.form === 'base' ? 'PART' : 'ADP';
    if (t.norm === 'like' && prev && (prev.pos === 'PRON' || prev.pos === 'MODAL' || prev.pos === 'PART')) Object.assign(t, { pos: 'VERB', form: 'base', lemma: 'like' });
    if (t.norm === 'no' && next && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'VERB')) t.pos = 'DET';
    // "Refund's on its way", "Mark's been refunded": a word before the clitic "'s" is a noun (a verb takes none, but
    // "let's"), and the clitic is "is"/"has" where no noun follows it to be owned.
    if (t.pos === 'VERB' && t.form === 'base' && next?.norm === "'s" && t.norm !== 'let') toNoun(t);
    if (t.norm === "'s" && prev && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && next && (next.pos === 'ADP' || next.norm === 'not' || next.norm === 'been' || next.norm === 'being' || (next.pos === 'VERB' && next.form === 'gerund'))) {
      Object.assign(t, { pos: 'AUX', lemma: next.norm === 'been' ? 'have' : 'be', form: 'third' });
    }
    if (t.norm === "'s" && prev && /^(?:it|that|there|here|what|he|she|who|where|how|let|this|everything|nothing|everyone|everybody)$/.test(prev.norm)) {
      Object.assign(t, prev.norm === 'let' ? { pos: 'PRON', lemma: 'us' } : { pos: 'AUX', lemma: next && next.form === 'past' ? 'have' : 'be', form: 'third' });
    }
    if (t.pos === 'AUX') {
      // An auxiliary helps a verb that follows (skipping adverbs, "not" and a subject in a question); otherwise it is the main verb.
      let j = i + 1;
      while (j < tokens.length && (tokens[j]!.pos === 'ADV' || tokens[j]!.norm === 'not' || tokens[j]!.norm === 'since' || tokens[j]!.pos === 'PRON')) j++;
      // "Has the refund reached…?": an auxiliary opening a question helps the verb after its subject.
      if (!prev || prev.pos === 'PUNCT' || prev.pos === 'WH')
        while (j < tokens.length && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[j]!.pos)) j++;
      const helped = tokens[j];
      if (!helped || !(helped.pos === 'VERB' || helped.pos === 'AUX')) t.pos = 'VERB';
    }
  }
}
