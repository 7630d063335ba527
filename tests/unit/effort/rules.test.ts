/**
 * The signal rules are data: every example in them is a test, and every taxonomy id must have a rule.
 * The examples sit in each rule file beside its rule, as a separate `examples` table keyed by signal id, which
 * only the tests import (lib/effort/rules/examples.ts), so the detector doesn't ship them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { detectEffortSignals } from '../../../lib/effort';
import { literalPrefixes, topLevelAlternatives } from '../../../lib/effort/anchors';
import { builtInRules } from '../../../lib/effort/built-in-rules';
import { compileRules, expandFragments } from '../../../lib/effort/compile';
import { scanSignals } from '../../../lib/effort/detect';
import { examplesSchema, ruleExamplesSchema, type Examples } from '../../../lib/effort/rule-examples';
import { RULE_FILES } from '../../../lib/effort/rules/examples';
import { SIGNAL_RULES } from '../../../lib/effort/rules/index';
import { signalRuleSchema } from '../../../lib/effort/rules/schema';
import { EFFORT_SIGNALS } from '../../../lib/taxonomy';

const rulesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../lib/effort/rules');

/** Every rule file's examples by signal id (validated, and checked for duplicates across files, by the tests below). */
const EXAMPLES = new Map<string, Examples>(RULE_FILES.flatMap(({ examples }) => Object.entries(examples)));
const NONE: Examples = { match: [], allow: [] };

describe('signal rules (meta)', () => {
  test('each of the eight taxonomy ids has exactly one rule', () => {
    expect(SIGNAL_RULES.map((r) => r.id).sort()).toEqual([...EFFORT_SIGNALS].sort());
  });

  test('every rule file is listed in rules/examples.ts, and its rules are the ones the detector loads', () => {
    const notRuleFiles = ['index.ts', 'examples.ts', 'fragments.ts', 'schema.ts'];
    const onDisk = fs.readdirSync(rulesDir).filter((f) => f.endsWith('.ts') && !notRuleFiles.includes(f));
    expect(RULE_FILES.map((f) => f.file).sort()).toEqual(onDisk.sort());
    expect(RULE_FILES.flatMap((f) => f.rules.map((r) => r.id)).sort()).toEqual(SIGNAL_RULES.map((r) => r.id).sort());
  });

  test.each(SIGNAL_RULES.map((r) => [r.id, r] as const))('%s: valid, with at least 3 must-match and 2 must-not-match examples', (id, rule) => {
    expect(() => signalRuleSchema.parse(rule)).not.toThrow();
    const examples = EXAMPLES.get(id) ?? NONE;
    expect(examples.match.length).toBeGreaterThanOrEqual(3);
    expect(examples.allow.length).toBeGreaterThanOrEqual(2);
  });

  test('every examples table is valid (zod) and names only rules of its own file', () => {
    for (const { file, rules, examples } of RULE_FILES) {
      const parsed = ruleExamplesSchema.safeParse(examples);
      expect(parsed.success ? [] : parsed.error.issues.map((i) => `${file}: ${i.path.join('.')} ${i.message}`)).toEqual([]);
      const ids: string[] = rules.map((r) => r.id);
      expect(Object.keys(examples).filter((id) => !ids.includes(id)).map((id) => `${file}: ${id}`)).toEqual([]);
    }
  });

  test('no examples entry names a rule that does not exist, and none is given twice', () => {
    expect([...EXAMPLES.keys()].filter((id) => !SIGNAL_RULES.some((r) => r.id === id))).toEqual([]);
    const exampleIds = RULE_FILES.flatMap((f) => Object.keys(f.examples));
    expect(exampleIds.filter((id, i) => exampleIds.indexOf(id) !== i)).toEqual([]);
  });

  test('no rule spec carries its examples (they would ship in the content script), and the loader refuses one that does', () => {
    expect(SIGNAL_RULES.filter((r) => 'examples' in r).map((r) => r.id)).toEqual([]);
    const base = SIGNAL_RULES[0]!;
    expect(() => compileRules([{ ...base, examples: EXAMPLES.get(base.id) } as typeof base])).toThrow(/Unrecognized key.*examples/);
  });

  test('the examples schema rejects too few, empty or misnamed examples', () => {
    const ok = { match: ['a', 'b', 'c'], allow: ['d', 'e'] };
    expect(examplesSchema.safeParse(ok).success).toBe(true);
    expect(examplesSchema.safeParse({ ...ok, match: ['a', 'b'] }).success).toBe(false);
    expect(examplesSchema.safeParse({ ...ok, allow: ['d'] }).success).toBe(false);
    expect(examplesSchema.safeParse({ ...ok, match: ['a', 'b', ''] }).success).toBe(false);
    expect(examplesSchema.safeParse({ match: ok.match }).success).toBe(false);
    expect(examplesSchema.safeParse({ ...ok, noMatch: ['f', 'g'] }).success).toBe(false);
    expect(ruleExamplesSchema.safeParse({ 'Not Kebab': ok }).success).toBe(false);
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

describe.each(SIGNAL_RULES.map((r) => [r.id, EXAMPLES.get(r.id) ?? NONE] as const))('%s examples', (id, examples) => {
  test.each(examples.match)('matches: %s', (text) => {
    expect(detectEffortSignals(text).map((s) => s.id)).toContain(id);
  });
  test.each(examples.allow)('does not match: %s', (text) => {
    expect(detectEffortSignals(text).map((s) => s.id)).not.toContain(id);
  });
  // Spans may end differently (the fast path tries the alternatives filed under one prefix at a time).
  test('the fast path finds what searching everywhere finds', () => {
    const found = (text: string, fast: boolean) => scanSignals(text, builtInRules(), fast).map((s) => `${s.id}@${s.start}`);
    for (const text of [...examples.match, ...examples.allow]) expect(found(text, true)).toEqual(found(text, false));
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
    // The trie's size is shipped and built on the first detection: it grows with the rules (20,095 after the
    // eleventh pass), and a group that explodes into prefixes would blow through this.
    expect(compiled.trie.prefixes).toBeLessThan(21_000);
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
