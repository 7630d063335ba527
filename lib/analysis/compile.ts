/**
 * Turns validated rules into what the analyser runs: per rule, a regex built from its patterns (syntax checked
 * here), and one trigger index that finds, in a single word scan, which rules can possibly match which sentences.
 *
 * Rule regexes carry no `i` flag: the analyser matches them against text lower-cased in ASCII (lowerAscii), which
 * makes them a quarter cheaper to compile. They are compiled to machine code on first use (firstUse below).
 */
import type { PhraseList } from './phrase-list';
import type { Rule } from './rule-schema';
import { WORD_LISTS } from './rules/word-lists';
import { buildTriggerIndex, type TriggerIndex } from './trigger-index';

export interface CompiledSequence {
  re: RegExp;
  list: PhraseList;
  after: RegExp | null;
}

export interface CompiledRule {
  rule: Rule;
  /** The rule's patterns as one regex; null when it has only sequences. */
  re: RegExp | null;
  sequences: CompiledSequence[];
  unless: RegExp | null;
  ready: boolean;
}

export interface CompiledRules {
  rules: CompiledRule[];
  triggers: TriggerIndex;
}

function union(rule: Rule, sources: readonly string[], flags: string): RegExp {
  try {
    return new RegExp(sources.map((p) => `(?:${p})`).join('|'), flags);
  } catch (e) {
    throw new Error(`Invalid wording rules:\n${rule.id}: bad regex: ${(e as Error).message}`);
  }
}

function sequence(rule: Rule, seq: Rule['sequences'][number]): CompiledSequence {
  const list = WORD_LISTS[seq.then];
  if (!list) throw new Error(`Invalid wording rules:\n${rule.id}: no word list named '${seq.then}'`);
  return { re: union(rule, [seq.re], 'g'), list, after: seq.after ? union(rule, [seq.after], 'y') : null };
}

export function compileRules(rules: readonly Rule[]): CompiledRules {
  return {
    rules: rules.map((rule) => ({
      rule,
      re: rule.patterns.length ? union(rule, rule.patterns, 'g') : null,
      sequences: rule.sequences.map((seq) => sequence(rule, seq)),
      unless: rule.unless.length ? union(rule, rule.unless, '') : null,
      ready: false,
    })),
    triggers: buildTriggerIndex(rules.map((r) => r.triggers)),
  };
}

/**
 * V8 runs a regex's first matches on short text in its bytecode interpreter, which for a rule's alternation of
 * dozens of phrases costs several times what compiling it to machine code does; a first run on text of 1,000+
 * characters compiles it to machine code straight away, and later runs keep that code. So each regex is run once
 * on a long blank subject (no match, microseconds once compiled) before it meets a sentence.
 */
const LONG_SUBJECT = ' '.repeat(1024);

export function firstUse(re: RegExp): void {
  re.lastIndex = 0;
  re.test(LONG_SUBJECT);
  re.lastIndex = 0;
}

export function ready(c: CompiledRule): CompiledRule {
  if (!c.ready) {
    if (c.re) firstUse(c.re);
    for (const seq of c.sequences) {
      firstUse(seq.re);
      if (seq.after) firstUse(seq.after);
    }
    if (c.unless) firstUse(c.unless);
    c.ready = true;
  }
  return c;
}

/** ASCII letters lower-cased, nothing else touched: offsets stay valid (String#toLowerCase can change lengths). */
export function lowerAscii(text: string): string {
  return /[A-Z]/.test(text) ? text.replace(/[A-Z]+/g, (m) => m.toLowerCase()) : text;
}
