/**
 * Turns validated rules into what the analyser runs: each pattern and each sequence of a rule becomes a unit with
 * its own regex(es), built here (the syntax check) but compiled by V8 only when the unit first runs; one trigger
 * index finds, in a single scan, which units can possibly match which sentences.
 *
 * A unit is triggered by the rule's triggers that appear in its own source (a pattern mentioning "should" is not
 * run for "could"), or by all of them when none does: compiling a rule's regex costs about as much as its
 * patterns together, so a sentence that fires one pattern's trigger no longer pays for the rule's twenty others.
 *
 * Regexes carry no `i` flag: the analyser matches them against text lower-cased in ASCII (lowerAscii), which
 * makes them a quarter cheaper to compile.
 */
import type { PhraseList } from './phrase-list';
import type { Rule, Sequence } from './rule-schema';
import { WORD_LISTS } from './rules/word-lists';
import { buildTriggerIndex, type TriggerIndex } from './trigger-index';

export interface CompiledSequence {
  re: RegExp;
  list: PhraseList;
  after: RegExp | null;
}

export interface Unit {
  /** Index into CompiledRules.rules. */
  rule: number;
  re: RegExp | null;
  sequence: CompiledSequence | null;
  ready: boolean;
}

export interface CompiledRule {
  rule: Rule;
  unless: RegExp | null;
  unlessReady: boolean;
}

export interface CompiledRules {
  rules: CompiledRule[];
  units: Unit[];
  /** Reports unit indexes. */
  triggers: TriggerIndex;
}

function regex(rule: Rule, sources: readonly string[], flags: string): RegExp {
  try {
    return new RegExp(sources.length === 1 ? sources[0]! : sources.map((p) => `(?:${p})`).join('|'), flags);
  } catch (e) {
    throw new Error(`Invalid wording rules:\n${rule.id}: bad regex: ${(e as Error).message}`);
  }
}

function sequence(rule: Rule, seq: Sequence): CompiledSequence {
  const list = WORD_LISTS[seq.then];
  if (!list) throw new Error(`Invalid wording rules:\n${rule.id}: no word list named '${seq.then}'`);
  return { re: regex(rule, [seq.re], 'g'), list, after: seq.after ? regex(rule, [seq.after], 'y') : null };
}

/**
 * Whether a unit's source mentions a trigger: the first half (at least 3 letters) of each of its words occurs in
 * it, so that "cannot" is mentioned by "can(?:'t|not)" and "applies" by "appl(?:y|ies)". Mentioning too much only
 * runs a unit more often than needed; mentioning too little would miss matches.
 */
const stems = (trigger: string) =>
  trigger
    .replace(/\*$/, '')
    .split(' ')
    .map((w) => w.slice(0, Math.max(3, Math.ceil(w.length / 2))));

/** Each unit's triggers: those its source mentions, plus those no unit of the rule mentions. */
function unitTriggers(triggers: readonly string[], sources: readonly string[]): string[][] {
  const out: string[][] = sources.map(() => []);
  for (const t of triggers) {
    const parts = stems(t);
    let mentioned = false;
    sources.forEach((source, u) => {
      if (parts.every((p) => source.includes(p))) (out[u]!.push(t), (mentioned = true));
    });
    if (!mentioned) for (const list of out) list.push(t);
  }
  return out;
}

export function compileRules(rules: readonly Rule[]): CompiledRules {
  const units: Unit[] = [];
  const triggers: (readonly string[])[] = [];
  rules.forEach((rule, r) => {
    for (const p of rule.patterns) units.push({ rule: r, re: regex(rule, [p], 'g'), sequence: null, ready: false });
    for (const seq of rule.sequences) units.push({ rule: r, re: null, sequence: sequence(rule, seq), ready: false });
    const sources = [
      ...rule.patterns,
      ...rule.sequences.map((seq) => `${seq.re} ${seq.after ?? ''} ${WORD_LISTS[seq.then]!.sources.join(' ')}`),
    ];
    triggers.push(...unitTriggers(rule.triggers, sources));
  });
  return {
    rules: rules.map((rule) => ({ rule, unless: rule.unless.length ? regex(rule, rule.unless, '') : null, unlessReady: false })),
    units,
    triggers: buildTriggerIndex(triggers),
  };
}

/**
 * V8 runs a regex's first matches on short text in its bytecode interpreter, which for an alternation of dozens
 * of phrases costs several times what compiling it to machine code does; a first run on text of 1,000+
 * characters compiles it to machine code straight away, and later runs keep that code. So each regex is run once
 * on a long subject no pattern can match a character of (microseconds once compiled) before it meets a sentence.
 */
const LONG_SUBJECT = '\u0001'.repeat(1024);

export function firstUse(re: RegExp): void {
  re.lastIndex = 0;
  re.test(LONG_SUBJECT);
  re.lastIndex = 0;
}

export function readyUnit(u: Unit): Unit {
  if (!u.ready) {
    if (u.re) firstUse(u.re);
    if (u.sequence) {
      firstUse(u.sequence.re);
      if (u.sequence.after) firstUse(u.sequence.after);
    }
    u.ready = true;
  }
  return u;
}

export function readyUnless(c: CompiledRule): RegExp | null {
  if (c.unless && !c.unlessReady) firstUse(c.unless);
  c.unlessReady = true;
  return c.unless;
}

/** ASCII letters lower-cased, nothing else touched: offsets stay valid (String#toLowerCase can change lengths). */
export function lowerAscii(text: string): string {
  return /[A-Z]/.test(text) ? text.replace(/[A-Z]+/g, (m) => m.toLowerCase()) : text;
}
