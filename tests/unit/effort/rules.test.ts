/** The signal rules are data: every example in them is a test, and every taxonomy id must have a rule. */
import { describe, expect, test } from 'vitest';
import { detectEffortSignals, SIGNAL_RULES } from '../../../lib/effort';
import { literalPrefixes, topLevelAlternatives } from '../../../lib/effort/anchors';
import { builtInRules, compileRules, expandFragments } from '../../../lib/effort/compile';
import { scanSignals } from '../../../lib/effort/detect';
import { signalRuleSchema } from '../../../lib/effort/rules/schema';
import { EFFORT_SIGNALS } from '../../../lib/taxonomy';

describe('signal rules (meta)', () => {
  test('each of the eight taxonomy ids has exactly one rule', () => {
    expect(SIGNAL_RULES.map((r) => r.id).sort()).toEqual([...EFFORT_SIGNALS].sort());
  });

  test.each(SIGNAL_RULES.map((r) => [r.id, r] as const))('%s: valid, with at least 3 must-match and 2 must-not-match examples', (_, rule) => {
    expect(() => signalRuleSchema.parse(rule)).not.toThrow();
    expect(rule.examples.match.length).toBeGreaterThanOrEqual(3);
    expect(rule.examples.noMatch.length).toBeGreaterThanOrEqual(2);
  });

  test('every pattern compiles, and its first words can be read (or it declares triggers)', () => {
    expect(() => compileRules(SIGNAL_RULES)).not.toThrow();
    for (const rule of SIGNAL_RULES) {
      for (const p of rule.patterns) {
        const spec = typeof p === 'string' ? { re: p } : p;
        if ('triggers' in spec && spec.triggers) continue;
        for (const alt of topLevelAlternatives(expandFragments(spec.re))) expect(literalPrefixes(alt), `${rule.id}: /${alt}/`).not.toBeNull();
      }
    }
  });

  test('an unknown fragment is refused', () => {
    expect(() => expandFragments('{{NOPE}} times')).toThrow(/unknown pattern fragment/);
  });
});

describe.each(SIGNAL_RULES.map((r) => [r.id, r] as const))('%s examples', (id, rule) => {
  test.each(rule.examples.match)('matches: %s', (text) => {
    expect(detectEffortSignals(text).map((s) => s.id)).toContain(id);
  });
  test.each(rule.examples.noMatch)('does not match: %s', (text) => {
    expect(detectEffortSignals(text).map((s) => s.id)).not.toContain(id);
  });
  // Spans may end differently (the fast path tries the alternatives filed under one prefix at a time).
  test('the fast path finds what searching everywhere finds', () => {
    const found = (text: string, fast: boolean) => scanSignals(text, builtInRules(), fast).map((s) => `${s.id}@${s.start}`);
    for (const text of [...rule.examples.match, ...rule.examples.noMatch]) expect(found(text, true)).toEqual(found(text, false));
  });
});

describe('literal prefixes', () => {
  test('digits read as one "0" a run, so numbers cost one prefix, not thousands', () => {
    expect(literalPrefixes(String.raw`\d{1,4} hours`)).toEqual(['0 hours']);
    expect(literalPrefixes(String.raw`[2-9](?:nd|rd)`)).toEqual(['0nd', '0rd']);
    expect(literalPrefixes(String.raw`1[- ]star`)).toEqual(['0-star', '0 star']);
  });

  test('no group of the built-in rules is tried at every word of one letter or digit', () => {
    const compiled = builtInRules();
    expect(compiled.trie.prefixes).toBeLessThan(20_000);
    for (const rule of SIGNAL_RULES) {
      for (const p of rule.patterns) {
        const spec = typeof p === 'string' ? { re: p } : p;
        if ('triggers' in spec && spec.triggers) continue;
        for (const alt of topLevelAlternatives(expandFragments(spec.re))) {
          for (const prefix of literalPrefixes(alt) ?? []) {
            // Symbols and emoji ("!", "#", "😡") may be short: they are rare.
            if (/^[a-z0-9]/.test(prefix)) expect(prefix.length, `${rule.id}: /${alt.slice(0, 60)}/ → "${prefix}"`).toBeGreaterThanOrEqual(2);
          }
        }
      }
    }
  });
});
