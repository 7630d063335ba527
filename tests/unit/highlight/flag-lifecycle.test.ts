import { describe, expect, test } from 'vitest';
import type { Flag } from '../../../lib/analysis/types';
import { sentenceAround } from '../../../lib/coach/events';
import { keyFlags } from '../../../lib/coach/flag-key';
import { diffFlags } from '../../../lib/coach/lifecycle';
import { editedRegion, shiftFlags } from '../../../lib/coach/shift';

function flagsIn(text: string, phrase: string, rule = 'r'): Flag[] {
  const out: Flag[] = [];
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
    out.push({ rule, category: 'customer-blame', start: i, end: i + phrase.length, match: text.slice(i, i + phrase.length), message: '', why: '', suggestions: [] });
  }
  return out;
}

describe('flag keys', () => {
  test('survive edits elsewhere in the draft, and tell occurrences apart', () => {
    const a = "You should have. Ok. You should’ve… you should have";
    const before = keyFlags(flagsIn(a, 'hould have'));
    const after = keyFlags(flagsIn(`Hello there! ${a}`, 'hould have'));
    expect(after.map((f) => f.key)).toEqual(before.map((f) => f.key));
    expect(new Set(before.map((f) => f.key)).size).toBe(before.length);
  });
  test('fold case and typography', () => {
    const [a] = keyFlags(flagsIn("I’m SORRY", "I’m SORRY"));
    const [b] = keyFlags(flagsIn("I'm sorry", "I'm sorry"));
    expect(a!.key).toBe(b!.key);
  });
});

describe('lifecycle diff', () => {
  const k = (key: string) => ({ ...flagsIn('x', 'x')[0]!, key });
  test('new keys are shown once; vanished ones are fixed unless applied or dismissed', () => {
    const shown = new Set(['a', 'b', 'c']);
    const { shown: s, fixed } = diffFlags([k('a'), k('b'), k('c')], [k('a'), k('d')], shown, new Set(['c']));
    expect(s.map((f) => f.key)).toEqual(['d']);
    expect(fixed.map((f) => f.key)).toEqual(['b']);
  });
  test('a flag back after an undo is not shown twice', () => {
    expect(diffFlags([], [k('a')], new Set(['a']), new Set()).shown).toEqual([]);
  });
});

describe('shift', () => {
  test('finds the one edited region', () => {
    expect(editedRegion('abcdef', 'abXYef')).toEqual({ start: 2, removed: 2, inserted: 2 });
    expect(editedRegion('abc', 'abc!')).toEqual({ start: 3, removed: 0, inserted: 1 });
  });
  test('moves flags after the edit, keeps those before, drops those it touches', () => {
    const text = 'aa BAD bb BAD cc';
    const flags = keyFlags(flagsIn(text, 'BAD'));
    const typedBefore = shiftFlags(flags, text, `xx ${text}`);
    expect(typedBefore.map((f) => `xx ${text}`.slice(f.start, f.end))).toEqual(['BAD', 'BAD']);
    const touched = shiftFlags(flags, text, 'aa BED bb BAD cc');
    expect(touched.map((f) => f.start)).toEqual([10]);
  });
});

test('sentenceAround gives the flagged words in their sentence', () => {
  const text = 'Hi. I am sorry, but no. Bye';
  const s = sentenceAround(text, text.indexOf('sorry'), text.indexOf('sorry') + 5);
  expect(s.text).toBe('I am sorry, but no.');
  expect(s.text.slice(s.start, s.end)).toBe('sorry');
});
