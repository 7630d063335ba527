/**
 * Turns validated rules into what the analyser runs: one case-insensitive regex per rule, and one combined
 * trigger regex that finds, in a single pass, which rules can possibly match which sentences.
 */
import type { Rule } from './rule-schema';

export interface CompiledRule {
  rule: Rule;
  re: RegExp;
  unless: RegExp | null;
}

export interface CompiledRules {
  rules: CompiledRule[];
  /** Matches any trigger; the lower-cased, space-normalised match is a key of `byTrigger`. */
  triggerRe: RegExp;
  byTrigger: Map<string, number[]>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function union(rule: Rule, sources: readonly string[], flags: string): RegExp {
  try {
    return new RegExp(sources.map((p) => `(?:${p})`).join('|'), flags);
  } catch (e) {
    throw new Error(`Invalid wording rules:\n${rule.id}: bad regex: ${(e as Error).message}`);
  }
}

export function compileRules(rules: readonly Rule[]): CompiledRules {
  const compiled = rules.map((rule) => ({
    rule,
    re: union(rule, rule.patterns, 'gi'),
    unless: rule.unless.length ? union(rule, rule.unless, 'i') : null,
  }));
  const byTrigger = new Map<string, number[]>();
  compiled.forEach(({ rule }, i) => {
    for (const t of rule.triggers) {
      const key = t.replace(/\*$/, '');
      const list = byTrigger.get(key) ?? [];
      if (!list.includes(i)) list.push(i);
      byTrigger.set(key, list);
    }
  });
  const prefixes = new Set(rules.flatMap((r) => r.triggers.filter((t) => t.endsWith('*')).map((t) => t.slice(0, -1))));
  // The scan reports only the longest trigger at a position, so a key also runs the rules of the shorter keys it
  // contains ("can't" must still run the rules triggered by "can").
  const own = new Map([...byTrigger].map(([key, list]) => [key, [...list]]));
  for (const [key, list] of byTrigger) {
    for (let n = 1; n < key.length; n++) {
      const theirs = own.get(key.slice(0, n));
      if (!theirs) continue;
      const next = key.charCodeAt(n);
      if (!prefixes.has(key.slice(0, n)) && next >= 97 && next <= 122) continue;
      for (const i of theirs) if (!list.includes(i)) list.push(i);
    }
  }
  const alternatives = [...byTrigger.keys()]
    .sort((a, b) => b.length - a.length)
    .map((k) => escape(k).replace(/ /g, '\\s+') + (prefixes.has(k) ? '' : "(?![a-z])"));
  return { rules: compiled, triggerRe: new RegExp(`\\b(?:${alternatives.join('|')})`, 'gi'), byTrigger };
}

const MULTI_SPACE = /\s{2,}|[^\S ]/;

export function triggerKey(matched: string): string {
  const lower = matched.toLowerCase();
  return MULTI_SPACE.test(lower) ? lower.replace(/\s+/g, ' ') : lower;
}
