/**
 * Turns the rule data into regular expressions once: fragments expanded, plain patterns of a rule joined into
 * one case-insensitive alternation on word edges, and one trigger expression for all rules that tells which
 * parts of a text each rule needs to search.
 */
import type { EffortSignalId } from '../taxonomy';
import { FRAGMENTS } from './rules/fragments';
import { SIGNAL_RULES } from './rules/index';
import { signalRuleSchema, type SignalRule } from './rules/schema';

export interface CompiledPattern {
  re: RegExp;
  /** Sentence-level exceptions: a match whose sentence matches this is dropped. */
  unless: RegExp | null;
}

export interface CompiledRule {
  id: EffortSignalId;
  patterns: CompiledPattern[];
}

export interface CompiledRules {
  rules: CompiledRule[];
  /** Finds trigger words (at a word start) and trigger symbols, for all rules at once. */
  trigger: RegExp;
  /** Lower-cased trigger text → indexes of the rules it opens a search window for. */
  owners: Map<string, number[]>;
}

export function expandFragments(source: string): string {
  return source.replace(/\{\{([A-Z_]+)\}\}/g, (_, name: string) => {
    const fragment = FRAGMENTS[name];
    if (fragment === undefined) throw new Error(`unknown pattern fragment {{${name}}}`);
    return fragment;
  });
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
const isWordStart = (s: string) => /^[a-z0-9]/i.test(s);

function anyOf(sources: string[]): RegExp | null {
  return sources.length === 0 ? null : new RegExp(sources.map((s) => `(?:${expandFragments(s)})`).join('|'), 'i');
}

function compileRule(rule: SignalRule): CompiledRule {
  const plain = rule.patterns.filter((p): p is string => typeof p === 'string').map(expandFragments);
  const patterns: CompiledPattern[] = [];
  if (plain.length > 0) {
    patterns.push({ re: new RegExp(`\\b(?:${plain.map((p) => `(?:${p})`).join('|')})\\b`, 'gi'), unless: anyOf(rule.unless ?? []) });
  }
  for (const p of rule.patterns) {
    if (typeof p === 'string') continue;
    const source = expandFragments(p.re);
    const edged = p.wordEdges === false ? source : `\\b(?:${source})\\b`;
    patterns.push({ re: new RegExp(edged, p.caseSensitive ? 'g' : 'gi'), unless: anyOf([...(p.unless ?? []), ...(rule.unless ?? [])]) });
  }
  return { id: rule.id, patterns };
}

function compileTriggers(rules: readonly SignalRule[]): Pick<CompiledRules, 'trigger' | 'owners'> {
  const byStem = new Map<string, Set<number>>();
  rules.forEach((rule, index) => {
    for (const t of rule.triggers) {
      const stem = t.toLowerCase();
      if (!byStem.has(stem)) byStem.set(stem, new Set());
      byStem.get(stem)!.add(index);
    }
  });
  // A stem that another stem begins with covers the longer one's words: keep the short one, with both owners,
  // so that every trigger hit is exactly one kept stem.
  const stems = [...byStem.keys()];
  const kept = stems.filter((s) => !stems.some((o) => o !== s && s.startsWith(o)));
  const owners = new Map<string, number[]>();
  for (const k of kept) {
    const set = new Set<number>();
    for (const s of stems) if (s.startsWith(k)) for (const i of byStem.get(s)!) set.add(i);
    owners.set(k, [...set].sort((a, b) => a - b));
  }
  const words = kept.filter(isWordStart).map(escapeRegExp);
  const symbols = kept.filter((s) => !isWordStart(s)).map(escapeRegExp);
  const parts = [];
  if (words.length) parts.push(`\\b(?:${words.join('|')})`);
  if (symbols.length) parts.push(symbols.join('|'));
  return { trigger: new RegExp(parts.join('|'), 'gi'), owners };
}

export function compileRules(rules: readonly SignalRule[]): CompiledRules {
  const valid = rules.map((r) => signalRuleSchema.parse(r));
  return { rules: valid.map(compileRule), ...compileTriggers(valid) };
}

let compiled: CompiledRules | null = null;
/** The built-in rules, compiled on first use. */
export function builtInRules(): CompiledRules {
  compiled ??= compileRules(SIGNAL_RULES);
  return compiled;
}
