/**
 * Every rule's own examples are tests, and every rule must carry enough of them (the retext/Harper model).
 * The examples sit in each rule file beside its rules, as a separate `examples` table keyed by rule id, which
 * only the tests import (lib/analysis/rules/examples.ts), so the engine doesn't ship them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { analyzeReply, parseRules, RULES } from '../../../lib/analysis';
import { compileRules } from '../../../lib/analysis/compile';
import { PASSING_COMMITS, PASSING_ON, STRONG_HELP, WEAK_HELP } from '../../../lib/analysis/help-signals';
import { examplesSchema, ruleExamplesSchema, type Examples } from '../../../lib/analysis/rule-examples';
import { RULE_SPECS } from '../../../lib/analysis/rules';
import { RULE_FILES } from '../../../lib/analysis/rules/examples';
import { REPLY_CATEGORIES } from '../../../lib/taxonomy';

const rulesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../lib/analysis/rules');

/** Every rule file's examples by rule id (validated, and checked for duplicates across files, by the tests below). */
const EXAMPLES = new Map<string, Examples>(RULE_FILES.flatMap(({ examples }) => Object.entries(examples)));

describe('rule meta', () => {
  test('the built-in rules are valid (zod), and the engine loads them exactly as parseRules returns them', () => {
    const parsed = parseRules(RULE_SPECS);
    expect(RULES).toEqual(parsed);
    // The same keys too, none the schema would strip.
    expect(RULES.map((r) => Object.keys(r).sort())).toEqual(parsed.map((r) => Object.keys(r).sort()));
  });

  test('every rule file is listed in rules/examples.ts, and its rules are the ones the engine loads', () => {
    const notRuleFiles = ['index.ts', 'examples.ts', 'fragments.ts', 'word-lists.ts'];
    const onDisk = fs.readdirSync(rulesDir).filter((f) => f.endsWith('.ts') && !notRuleFiles.includes(f));
    expect(RULE_FILES.map((f) => f.file).sort()).toEqual(onDisk.sort());
    expect(RULE_FILES.flatMap((f) => f.rules.map((r) => r.id)).sort()).toEqual(RULE_SPECS.map((r) => r.id).sort());
  });

  test('every examples table is valid (zod) and names only rules of its own file', () => {
    for (const { file, rules, examples } of RULE_FILES) {
      const parsed = ruleExamplesSchema.safeParse(examples);
      expect(parsed.success ? [] : parsed.error.issues.map((i) => `${file}: ${i.path.join('.')} ${i.message}`)).toEqual([]);
      const ids = rules.map((r) => r.id);
      expect(Object.keys(examples).filter((id) => !ids.includes(id)).map((id) => `${file}: ${id}`)).toEqual([]);
    }
  });

  test('every rule has at least 2 must-match and 2 must-not-match examples', () => {
    const lacking = RULES.filter((r) => {
      const e = EXAMPLES.get(r.id);
      return !e || e.match.length < 2 || e.allow.length < 2;
    }).map((r) => r.id);
    expect(lacking).toEqual([]);
  });

  test('no examples entry names a rule that does not exist', () => {
    expect([...EXAMPLES.keys()].filter((id) => !RULES.some((r) => r.id === id))).toEqual([]);
  });

  test('rule ids are unique, and so are examples entries across files', () => {
    const ids = RULES.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const exampleIds = RULE_FILES.flatMap((f) => Object.keys(f.examples));
    expect(exampleIds.filter((id, i) => exampleIds.indexOf(id) !== i)).toEqual([]);
  });

  test('no rule spec carries its examples (they would ship in the content script)', () => {
    expect(RULE_SPECS.filter((r) => 'examples' in r).map((r) => r.id)).toEqual([]);
    expect(RULES.filter((r) => 'examples' in r).map((r) => r.id)).toEqual([]);
  });

  test('both categories are covered by several rules', () => {
    for (const category of REPLY_CATEGORIES) expect(RULES.filter((r) => r.category === category).length).toBeGreaterThanOrEqual(4);
  });

  test('the loader rejects a duplicate id, a bad id and a bad pattern', () => {
    const base = RULE_SPECS[0]!;
    expect(() => parseRules([base, base])).toThrow(/duplicate rule id/);
    expect(() => parseRules([{ ...base, id: 'Not Kebab' }])).toThrow(/kebab-case/);
    expect(() => compileRules(parseRules([{ ...base, patterns: ['(unclosed'] }]))).toThrow(/apology-empty: bad regex/);
  });

  test('the examples schema rejects too few, empty or misnamed examples', () => {
    const ok = { match: ['a', 'b'], allow: ['c', 'd'] };
    expect(examplesSchema.safeParse(ok).success).toBe(true);
    expect(examplesSchema.safeParse({ match: ['x'], allow: ['c', 'd'] }).success).toBe(false);
    expect(examplesSchema.safeParse({ match: ['a', 'b'], allow: [] }).success).toBe(false);
    expect(examplesSchema.safeParse({ match: ['a', ''], allow: ['c', 'd'] }).success).toBe(false);
    expect(examplesSchema.safeParse({ match: ['a', 'b'] }).success).toBe(false);
    expect(ruleExamplesSchema.safeParse({ 'Not Kebab': ok }).success).toBe(false);
  });

  test('no pattern can match the empty string (it would flag nothing, forever)', () => {
    const offenders = RULES.flatMap((r) => [...r.patterns, ...r.unless].filter((p) => new RegExp(p, 'i').test('')).map((p) => `${r.id}: ${p}`));
    expect(offenders).toEqual([]);
  });

  test('rule and help-signal regexes are written in lower case (they read lower-cased text, with no `i` flag)', () => {
    const helpSources = [...STRONG_HELP, ...WEAK_HELP].flatMap((s) => (typeof s === 'string' ? [s] : [s.re, ...(s.notAfter ? [s.notAfter] : [])]));
    const sources = [
      ...RULES.flatMap((r) => [...r.patterns, ...r.unless, ...r.sequences.flatMap((q) => [q.re, ...(q.after ? [q.after] : [])])].map((p) => [r.id, p])),
      ...[...helpSources, PASSING_ON, PASSING_COMMITS].map((p) => ['help', p]),
    ];
    // An escape (\S, \W, \B…) is no letter to match.
    const offenders = sources.filter(([, p]) => /[A-Z]/.test(p!.replace(/\\./g, ''))).map(([id, p]) => `${id}: ${p}`);
    expect(offenders).toEqual([]);
  });

  test('every trigger is lower case and every rule has at least one', () => {
    for (const r of RULES) {
      expect(r.triggers.length).toBeGreaterThan(0);
      for (const t of r.triggers) expect(t).toBe(t.toLowerCase());
    }
  });
});

describe.each(RULES.map((r) => [r.id, EXAMPLES.get(r.id) ?? { match: [], allow: [] }] as const))('rule %s', (id, examples) => {
  test.each(examples.match)('flags: %s', (example) => {
    expect(analyzeReply(example).flags.map((f) => f.rule)).toContain(id);
  });
  test.each(examples.allow)('allows: %s', (example) => {
    expect(analyzeReply(example).flags.map((f) => f.rule)).not.toContain(id);
  });
});
