/**
 * The detector ships its rules precompiled (lib/effort/compiled-rules.json, decoded by load-rules.ts): the file must
 * be exactly what rules/*.ts compile to now, and its fast path may drop the `i` flag only where that finds the same.
 */
import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { requiredWords } from '../../../lib/effort/anchors';
import { builtInRules } from '../../../lib/effort/built-in-rules';
import { matchesLowerCased } from '../../../lib/effort/case-fold';
import { compileRules } from '../../../lib/effort/compile';
import { prepareText } from '../../../lib/effort/detect';
import { RULE_FILES } from '../../../lib/effort/rules/examples';
import { SIGNAL_RULES } from '../../../lib/effort/rules/index';
import { COMPILED_RULES_FILE, compiledRulesText } from '../../../lib/effort/write-compiled-rules';
import { lowerAscii } from '../../../lib/text/normalize';
import { corpusMessages, corpusMissing, teamMessages } from './cases';

describe('precompiled rules', () => {
  test('compiled-rules.json is what the rules compile to (run `npm run build:effort-rules` after changing a rule)', () => {
    expect(fs.readFileSync(COMPILED_RULES_FILE, 'utf8')).toBe(compiledRulesText());
  });

  test('decoding the file gives the trie and groups compiling the rules gives', () => {
    const fresh = compileRules(SIGNAL_RULES);
    const shipped = builtInRules();
    expect(shipped.trie).toEqual(fresh.trie);
    const plain = ({ global: _g, stickies: _s, ...rest }: (typeof fresh.groups)[number]) => rest;
    expect(shipped.groups.map(plain)).toEqual(fresh.groups.map(plain));
  });

  test('every edge leads to the next node (nodes numbered breadth first), and emoji keys survive the JSON', () => {
    const { trie } = builtInRules();
    expect([...trie.edgeNode].every((node, edge) => node === edge + 1)).toBe(true);
    expect([...trie.edgeKey].some((key) => key >= 0xd800 && key <= 0xdfff)).toBe(true);
    expect([...trie.edgeKey]).not.toContain(0);
  });
});

describe('matching without the i flag on ASCII-lower-cased text', () => {
  test('the built-in case-insensitive groups all can', () => {
    for (const g of builtInRules().groups) expect(g.lowerCased, `${g.id} #${g.index}`).toBe(!g.caseSensitive);
  });

  test.each([
    ['capitals', 'I called', false],
    ['a range over capitals', '[!-Z]+', false],
    ['a range from an escape', String.raw`[\.-z]`, false],
    ['a cased non-ASCII letter', 'café', false],
    ['a backreference', String.raw`(a)\1`, false],
    ['a unicode escape', String.raw`\u0041`, false],
    ['lower-case words and classes', String.raw`(?:i|we) (?:called|rang) [a-z0-9]+\w*\d{1,4}\b\s`, true],
    ['emoji and punctuation', '[🤬😡]|!{2,}|…', true],
  ])('%s: %s → %s', (_, source, expected) => {
    expect(matchesLowerCased(source)).toBe(expected);
  });

  test('where it says yes, both find the same matches (fuzzed over mixed-case, accented and emoji text)', () => {
    const sources = builtInRules()
      .groups.filter((g) => g.lowerCased)
      .flatMap((g) => g.alternatives.slice(0, 6));
    const texts = ['I CALLED You Guys 3 Times!!!', 'Still Waiting, 2 HOURS on hold 😡', 'ÉTÉ café Straße ſ K İ ı then i called', 'Nobody ANSWERED. Never AGAIN…'];
    for (const source of sources) {
      const withFlag = new RegExp(`\\b(?:${source})\\b`, 'gi');
      const lowered = new RegExp(`\\b(?:${source})\\b`, 'g');
      for (const text of texts) {
        const spans = (re: RegExp, t: string) => [...t.matchAll(re)].map((m) => `${m.index}-${m.index + m[0].length}`);
        expect(spans(lowered, lowerAscii(text)), source).toEqual(spans(withFlag, text));
      }
    }
  });
});

describe('words every match holds (an expression is compiled only once the text holds one)', () => {
  test.each([
    ['(?:you|they|your \\w+) promised', [' promised']],
    ['i (?:am writing to |want to |will |)dispute', ['dispute']],
    ['(?:called|rang) (?:you|them)', ['called', 'rang']],
    ['(?:over )?\\d+ hours', [' hours']],
    ['(?:a|b)?\\w+', null],
  ])('%s → %j', (source, words) => {
    expect(requiredWords(source)).toEqual(words);
  });

  test('every match of every alternative, in the rules’ examples and the team’s and corpus messages, holds one of its words', () => {
    const examples = RULE_FILES.flatMap((f) => Object.values(f.examples).flatMap((e) => [...e.match, ...e.allow]));
    const texts = [...examples, ...[...teamMessages(), ...corpusMessages()].map((m) => m.text)].map((t) => lowerAscii(prepareText(t)));
    let checked = 0;
    for (const g of builtInRules().groups) {
      g.alternatives.forEach((alternative, i) => {
        const words = g.required?.[i];
        if (!words) return;
        const re = new RegExp(g.wordEdges ? `\\b(?:${alternative})\\b` : alternative, 'g');
        for (const text of texts)
          for (const m of text.matchAll(re)) {
            expect(words.some((w) => m[0].includes(w)), `${g.id}: /${alternative.slice(0, 60)}/ on "${m[0]}"`).toBe(true);
            checked++;
          }
      });
    }
    // The rules' examples and the team's messages alone give ~345 matches; the corpus, where present, ~200 more.
    expect(checked).toBeGreaterThan(corpusMissing() ? 300 : 500);
  }, 60_000);
});
