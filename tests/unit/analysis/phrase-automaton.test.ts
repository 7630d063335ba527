/**
 * The playbook's one-pass phrase matcher finds exactly what a case-insensitive regex per phrase
 * (`\bword\s+word\b`, leftmost, non-overlapping) found, on generated phrases and texts.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { PhraseAutomaton } from '../../../lib/analysis/phrase-automaton';

/** The matching the automaton replaced, as the reference. */
function regexMatches(phrases: string[], text: string, max = Infinity) {
  return phrases.flatMap((phrase, i) => {
    const body = phrase.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
    const re = new RegExp(`${/^\w/.test(phrase.trim()) ? '\\b' : ''}${body}${/\w$/.test(phrase.trim()) ? '\\b' : ''}`, 'gi');
    const out: { phrase: number; start: number; end: number }[] = [];
    for (let m = re.exec(text); m && out.length < max; m = re.exec(text)) out.push({ phrase: i, start: m.index, end: m.index + m[0].length });
    return out;
  });
}

const pieces = ['sorry', 'Sorry', 'SORRY', 'policy', 'our', 'can', "can't", 'do', 'nothing', 'ha', 'a', 'é', 'É', ',', '.', '!', '-', '_', '1'];
const gaps = [' ', '  ', '\n', '\t', '\u00a0', ''];
const textOf = (parts: [string, string][]) => parts.map(([w, g]) => w + g).join('');
const phrase = fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(' ', '  ', '')), { minLength: 1, maxLength: 4 }).map(textOf).filter((p) => p.trim() !== '');
const text = fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...gaps)), { maxLength: 60 }).map(textOf);

describe('PhraseAutomaton', () => {
  test('matches what a regex per phrase matched', () => {
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 8 }), text, (phrases, t) => {
        expect(new PhraseAutomaton(phrases).findAll(t)).toEqual(regexMatches(phrases, t));
      }),
      { numRuns: 2000 },
    );
  });

  test('word boundaries, whitespace runs, overlapping repeats, duplicates and the per-phrase cap', () => {
    const phrases = ['our policy', 'ha ha', 'our policy', 'policy.'];
    const t = 'Per OUR\n  policy. Detour policy, ha ha ha ha ha; our policyholder';
    expect(new PhraseAutomaton(phrases).findAll(t)).toEqual(regexMatches(phrases, t));
    expect(new PhraseAutomaton(['ha ha']).findAll('ha ha ha ha ha ha', 2)).toEqual(regexMatches(['ha ha'], 'ha ha ha ha ha ha', 2));
  });
});
