/**
 * The detector ships its rules precompiled (lib/effort/compiled-rules.json, decoded by load-rules.ts): the file must
 * be exactly what rules/*.ts compile to now, and its fast path may drop the `i` flag only where that finds the same.
 */
import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { requiredWords } from '../../../lib/effort/anchors';
import { longestMatch } from '../../../lib/effort/match-length';
import { neededOf } from '../../../lib/effort/pattern-groups';
import { decodeNeeded, encodeNeeded, WordsAhead } from '../../../lib/effort/words-ahead';
import { builtInRules } from '../../../lib/effort/built-in-rules';
import { matchesLowerCased } from '../../../lib/effort/case-fold';
import { compileRules } from '../../../lib/effort/compile';
import { prepareText } from '../../../lib/effort/detect';
import { firstEdge } from '../../../lib/effort/load-rules';
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
    // What the detector fills in as it walks the trie (first edges, ASCII tables) is left out.
    const data = ({ edgeStart: _e, wideAt: _a, wide, wideUsed: _u, ...rest }: typeof fresh.trie) => ({ ...rest, wideRoom: wide.length });
    expect(data(shipped.trie)).toEqual(data(fresh.trie));
    const plain = ({ global: _g, stickies: _s, needed: _n, ...rest }: (typeof fresh.groups)[number]) => rest;
    expect(shipped.groups.map(plain)).toEqual(fresh.groups.map(plain));
  });

  test("each node's edge keys are in order, and emoji keys survive the JSON", () => {
    const { trie } = builtInRules();
    const keyOf = (e: number) => trie.keys.charCodeAt(e);
    const nodes = trie.kids.length;
    let edges = 0;
    for (let node = 0; node < nodes; node++) {
      const from = firstEdge(trie, node);
      expect(from).toBe(edges);
      edges += trie.kids.charCodeAt(node) - 48;
      for (let e = from + 1; e < edges; e++) expect(keyOf(e)!).toBeGreaterThan(keyOf(e - 1)!);
    }
    expect(edges).toBe(nodes - 1); // every node but the root is one edge's end
    // The file writes NUL for a surrogate half, and decoding puts each back.
    const halves = [...trie.keys].join('').split('').filter((c) => c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdfff);
    expect(halves.length).toBeGreaterThan(0);
    expect(trie.keys.includes('\0')).toBe(false);
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

describe('words every match holds, in order, within its longest match (an expression is compiled only once the text ahead holds them)', () => {
  test.each([
    ['(?:you|they|your \\w+) promised', [['you', 'they', 'your '], [' promised']]],
    ['i (?:am writing to |want to |will |)dispute', [['i '], ['dispute']].slice(1)],
    ['(?:called|rang) (?:you|them)', [['called', 'rang'], ['you', 'them']]],
    ['(?:i|we) called (?:you|them) (?:twice|again)', [[' called '], ['you', 'them'], ['twice', 'again']]],
    ['(?:over )?\\d+ hours', [[' hours']]],
    ['(?:a|b)?\\w+', null],
  ])('%s → %j', (source, words) => {
    expect(requiredWords(source)).toEqual(words);
  });

  test.each([
    ['(?:you|they) promised', 13],
    ['(?:over )?\\d{1,4} hours?', 15],
    ['(?: [a-z\']{1,5}){0,3}? later', 24],
    ['(?: [\\w\']+){0,3}? later', null],
    ['(?<!not )called(?=!)', 6],
    ['\\bwait\\w*', null],
    ['(a)\\1', null],
    ['😡!', 3],
    ['[😡🤬]{2}', 2], // without the u flag a class holds halves of pairs
  ])('the longest match of /%s/ is %j units', (source, longest) => {
    expect(longestMatch(source)).toBe(longest);
  });

  test('the check says no only where the alternative cannot match: every match in the rules’ examples and the team’s and corpus messages passes it', () => {
    const examples = RULE_FILES.flatMap((f) => Object.values(f.examples).flatMap((e) => [...e.match, ...e.allow]));
    const texts = [...examples, ...[...teamMessages(), ...corpusMessages()].map((m) => m.text)].map((t) => lowerAscii(prepareText(t)));
    let checked = 0;
    for (const g of builtInRules().groups) {
      g.alternatives.forEach((alternative, i) => {
        const needed = neededOf(g, i);
        if (!needed) return;
        const re = new RegExp(g.wordEdges ? `\\b(?:${alternative})\\b` : alternative, 'g');
        for (const text of texts) {
          // One scan a text, places growing, as the detector asks.
          const words = new WordsAhead(text);
          for (const m of text.matchAll(re)) {
            expect(words.holds(needed, m.index), `${g.id}: /${alternative.slice(0, 60)}/ on "${m[0]}"`).toBe(true);
            expect(m[0].length).toBeLessThanOrEqual(needed.longest ?? Infinity);
            checked++;
          }
        }
      });
    }
    // The rules' examples and the team's messages alone give ~345 matches; the corpus, where present, ~200 more.
    expect(checked).toBeGreaterThan(corpusMissing() ? 300 : 500);
  }, 60_000);

  test('what each alternative needs survives the JSON', () => {
    const needed = { words: [['called', 'rang'], [' you']], longest: 40 };
    expect(decodeNeeded(encodeNeeded(needed)!)).toEqual(needed);
    expect(decodeNeeded(encodeNeeded({ ...needed, longest: null })!)).toEqual({ ...needed, longest: null });
    expect(encodeNeeded({ words: [['a|b']], longest: null })).toBeNull();
  });

  test('words found far ahead or out of order do not count', () => {
    const needed = { words: [['called'], ['twice', 'again']], longest: 20 };
    expect(new WordsAhead('i called you twice').holds(needed, 0)).toBe(true);
    expect(new WordsAhead('again i called you').holds(needed, 0)).toBe(false);
    expect(new WordsAhead(`i called you ${'and so on '.repeat(5)}twice`).holds(needed, 0)).toBe(false);
    const words = new WordsAhead('called again. later i called you twice');
    expect(words.holds(needed, 0)).toBe(true);
    expect(words.holds(needed, 14)).toBe(false); // a match starting there would end by 34
    expect(words.holds(needed, 22)).toBe(true);
    expect(words.holds(needed, 30)).toBe(false);
  });
});
