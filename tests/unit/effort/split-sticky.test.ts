import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { builtInRules } from '../../../lib/effort/built-in-rules';
import { splitOf } from '../../../lib/effort/compile';
import { prepareText } from '../../../lib/effort/detect';
import { SplitSticky } from '../../../lib/effort/split-sticky';
import { ATTEMPT, GAP, STILL_WRONG } from '../../../lib/effort/attempt-state';
import { lowerAscii } from '../../../lib/text/normalize';
import { corpusMessages, teamMessages } from './cases';

// Every alternative the detector runs split, with the one expression it stands for, written as the rules write it.
const made = new Map<string, RegExp>();
const compile = (source: string, flags: string) => {
  const key = `${flags}/${source}`;
  let re = made.get(key);
  if (!re) made.set(key, (re = new RegExp(source, flags)));
  return re;
};
const splitAlternatives = builtInRules().groups.flatMap((g) =>
  Object.entries(g.splits ?? {}).map(([i, split]) => {
    const source = g.alternatives[Number(i)];
    const whole = () => compile(g.wordEdges ? `\\b(?:(?:${source}))\\b` : `(?:${source})`, 'y');
    return { name: `${g.id} #${i}`, whole: whole(), split: () => new SplitSticky(source, split, g.wordEdges, '\\b', 'y', compile, whole) };
  }),
);

/** What each finds at every place of the text (as the fast path reads it: prepared, lower-cased in ASCII). */
let splitFound = 0;
let wholeNeeded = 0;
function sameEverywhere(raw: string) {
  const text = lowerAscii(prepareText(raw));
  for (const a of splitAlternatives) {
    for (let p = 0; p <= text.length; p++) {
      a.whole.lastIndex = p;
      const expected = a.whole.test(text) ? a.whole.lastIndex : -1;
      // A new one each time: one whose head's first end found no state compiles the whole and uses it from then on.
      const split = a.split();
      split.lastIndex = p;
      const got = split.test(text) ? split.lastIndex : -1;
      if (got !== expected) expect({ alternative: a.name, text: raw, at: p, got }).toEqual({ alternative: a.name, text: raw, at: p, got: expected });
      if ((split as unknown as { whole: RegExp | null }).whole === null) splitFound += got >= 0 ? 1 : 0;
      else wholeNeeded++;
    }
  }
}

describe('split alternatives (split-sticky.ts)', () => {
  test('the rules have some: the attempt-then-state alternative among them', () => {
    expect(splitAlternatives.length).toBeGreaterThanOrEqual(1);
    expect(splitOf(`${ATTEMPT}${GAP}${STILL_WRONG}`)).not.toBeNull();
    expect(splitOf('called (?:you|them)')).toBeNull();
    expect(splitOf(String.raw`called[\s\S]{0,20}?(?:still|again)(\1)`)).toBeNull(); // a backreference
    expect(splitOf(String.raw`called[\s\S]{0,20}?(?:still|again) now`)).toBeNull(); // the states' group does not end it
  });

  test('find a state after the head without the whole alternative', () => {
    const cases: [string, string][] = [
      ['unresolved', 'I called yesterday and the app is still broken.'],
      ['unresolved', 'We reinstalled it twice. It does not work.'],
      ['long-wait', 'I ordered on the 3rd and it is the 20th now.'],
    ];
    for (const [id, raw] of cases) {
      const text = lowerAscii(prepareText(raw));
      const found = splitAlternatives.filter((a) => a.name.startsWith(id)).some((a) => {
        for (let p = 0; p < text.length; p++) {
          const split = a.split();
          split.lastIndex = p;
          if (split.test(text) && (split as unknown as { whole: RegExp | null }).whole === null) return true;
        }
        return false;
      });
      expect(found, raw).toBe(true);
    }
  });

  test('find what the one expression finds, at every place of our messages and the corpus', () => {
    for (const m of [...teamMessages(), ...corpusMessages()]) sameEverywhere(m.text);
  }, 120_000);

  test('find the same on made-up text: heads with several ends, states at the gap edge, no state at all', () => {
    const part = fc.oneof(
      fc.constantFrom(
        'I called',
        'sent them the',
        'sent them',
        'they said it would',
        'you said',
        'tried everything',
        'i reset it',
        'still broken',
        "it didn't.",
        'does not work',
        'and still fails',
        'nobody came',
        'no one has called',
        'keeps charging',
        'fees each month',
        'on the 3rd',
        'ordered on 12/03',
        "it's the 20th",
        'still on the 14th',
        '15th already',
        'x'.repeat(150),
        ' '.repeat(199),
        'again this week',
        'never arrived',
      ),
      fc.string({ maxLength: 30 }),
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 7 }), (parts) => {
        sameEverywhere(parts.join(' '));
      }),
      { numRuns: 300 },
    );
    // Both ways were taken: a state found after the head's first end, and the whole alternative deciding.
    expect(splitFound).toBeGreaterThan(0);
    expect(wholeNeeded).toBeGreaterThan(0);
  }, 120_000);
});
