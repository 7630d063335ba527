/** Every rule's own examples are tests, and every rule must carry enough of them (the retext/Harper model). */
import { describe, expect, test } from 'vitest';
import { analyzeReply, parseRules, RULES } from '../../../lib/analysis';
import { compileRules } from '../../../lib/analysis/compile';
import { RULE_SPECS } from '../../../lib/analysis/rules';
import { REPLY_CATEGORIES } from '../../../lib/taxonomy';

describe('rule meta', () => {
  test('every rule has at least 2 must-match and 2 must-not-match examples', () => {
    const lacking = RULES.filter((r) => r.examples.match.length < 2 || r.examples.allow.length < 2).map((r) => r.id);
    expect(lacking).toEqual([]);
  });

  test('rule ids are unique', () => {
    const ids = RULES.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  test('both categories are covered by several rules', () => {
    for (const category of REPLY_CATEGORIES) expect(RULES.filter((r) => r.category === category).length).toBeGreaterThanOrEqual(4);
  });

  test('the loader rejects a duplicate id, missing examples, a bad id and a bad pattern', () => {
    const base = RULE_SPECS[0]!;
    expect(() => parseRules([base, base])).toThrow(/duplicate rule id/);
    expect(() => parseRules([{ ...base, examples: { match: ['x'], allow: [] } }])).toThrow(/examples/);
    expect(() => parseRules([{ ...base, id: 'Not Kebab' }])).toThrow(/kebab-case/);
    expect(() => compileRules(parseRules([{ ...base, patterns: ['(unclosed'] }]))).toThrow(/apology-empty: bad regex/);
  });

  test('no pattern can match the empty string (it would flag nothing, forever)', () => {
    const offenders = RULES.flatMap((r) => [...r.patterns, ...r.unless].filter((p) => new RegExp(p, 'i').test('')).map((p) => `${r.id}: ${p}`));
    expect(offenders).toEqual([]);
  });

  test('every trigger is lower case and every rule has at least one', () => {
    for (const r of RULES) {
      expect(r.triggers.length).toBeGreaterThan(0);
      for (const t of r.triggers) expect(t).toBe(t.toLowerCase());
    }
  });
});

describe.each(RULES.map((r) => [r.id, r] as const))('rule %s', (id, rule) => {
  test.each(rule.examples.match)('flags: %s', (example) => {
    expect(analyzeReply(example).flags.map((f) => f.rule)).toContain(id);
  });
  test.each(rule.examples.allow)('allows: %s', (example) => {
    expect(analyzeReply(example).flags.map((f) => f.rule)).not.toContain(id);
  });
});
