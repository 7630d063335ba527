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

export function compileRules(rules: readonly Rule[]): CompiledRules {
  const compiled = rules.map((rule) => ({
    rule,
    re: new RegExp(rule.patterns.map((p) => `(?:${p})`).join('|'), 'gi'),
    unless: rule.unless.length ? new RegExp(rule.unless.map((p) => `(?:${p})`).join('|'), 'i') : null,
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
  for (const [key, list] of byTrigger) {
    for (const [shorter, theirs] of byTrigger) {
      if (shorter.length >= key.length || !key.startsWith(shorter)) continue;
      if (!prefixes.has(shorter) && /[a-z]/.test(key[shorter.length]!)) continue;
      for (const i of theirs) if (!list.includes(i)) list.push(i);
    }
  }
  const alternatives = [...byTrigger.keys()]
    .sort((a, b) => b.length - a.length)
    .map((k) => escape(k).replace(/ /g, '\\s+') + (prefixes.has(k) ? '' : "(?![a-z])"));
  return { rules: compiled, triggerRe: new RegExp(`\\b(?:${alternatives.join('|')})`, 'gi'), byTrigger };
}

export function triggerKey(matched: string): string {
  return matched.toLowerCase().replace(/\s+/g, ' ');
}
