/**
 * Turns validated rules into what the analyser runs: per rule, one regex for its patterns and one per sequence,
 * built here (the syntax check) but compiled by V8 only when the rule first runs, and one trigger index that finds,
 * in a single scan, which rules can possibly match which sentences.
 *
 * (Splitting a rule into one unit per pattern, each triggered only by the triggers its source mentions, compiled
 * fewer regex bytes on a first analysis but cost more in total: V8 pays a fixed price per regex compiled.)
 *
 * Regexes carry no `i` flag: the analyser matches them against text lower-cased in ASCII (lowerAscii), which
 * makes them a quarter cheaper to compile.
 */
import type { PhraseList } from './phrase-list';
import type { Rule, Sequence } from './rule-schema';
import { WORD_LISTS } from './rules/word-lists';
import { buildTriggerIndex, type TriggerIndex } from './trigger-index';
import { firstUse } from '../text/first-use';

export { lowerAscii } from '../text/normalize';

export interface CompiledSequence {
  re: RegExp;
  list: PhraseList;
  after: RegExp | null;
}

export interface Unit {
  /** Index into CompiledRules.rules. */
  rule: number;
  /** The rule's patterns as one regex; null when it has only sequences. */
  re: RegExp | null;
  sequences: CompiledSequence[];
  ready: boolean;
}

export interface CompiledRule {
  rule: Rule;
  unless: RegExp | null;
  unlessReady: boolean;
}

export interface CompiledRules {
  rules: CompiledRule[];
  /** One per rule, in the same order. */
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

export function compileRules(rules: readonly Rule[]): CompiledRules {
  return {
    rules: rules.map((rule) => ({ rule, unless: rule.unless.length ? regex(rule, rule.unless, '') : null, unlessReady: false })),
    units: rules.map((rule, r) => ({
      rule: r,
      re: rule.patterns.length ? regex(rule, rule.patterns, 'g') : null,
      sequences: rule.sequences.map((seq) => sequence(rule, seq)),
      ready: false,
    })),
    triggers: buildTriggerIndex(rules.map((rule) => rule.triggers)),
  };
}

export function readyUnit(u: Unit): Unit {
  if (!u.ready) {
    if (u.re) firstUse(u.re);
    for (const seq of u.sequences) {
      firstUse(seq.re);
      if (seq.after) firstUse(seq.after);
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
