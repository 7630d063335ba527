import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { detectEffortSignals, SIGNAL_RULES } from '../../../lib/effort';
import { builtInRules } from '../../../lib/effort/compile';
import { scanSignals } from '../../../lib/effort/detect';
import { EFFORT_SIGNALS } from '../../../lib/taxonomy';
import { corpusMessages, teamMessages } from './cases';

const ids = (text: string) => detectEffortSignals(text).map((s) => s.id);

describe('detectEffortSignals', () => {
  test('each signal has its id, offsets into the original text, and the matched words', () => {
    const text = 'I called twice and I\u2019m still waiting. This is ridiculous!';
    const signals = detectEffortSignals(text);
    expect(new Set(signals.map((s) => s.id))).toEqual(new Set(['repeat-contact', 'channel-switch', 'long-wait', 'frustration']));
    for (const s of signals) expect(text.slice(s.start, s.end)).toBe(s.match);
  });

  test('quoted history (our reply quoted back) is not the customer speaking', () => {
    expect(ids('> We are sorry, you will wait two weeks. This is ridiculous.\nOk thanks')).toEqual([]);
    expect(ids('Thanks!\n\nOn Tue, 4 Jun 2024, Support <s@x.com> wrote:\nI transferred you to billing, still waiting on them.')).toEqual([]);
    const own = 'Still not working.\n> Please restart the router.';
    expect(ids(own)).toEqual(['unresolved']);
  });

  test('curly apostrophes count like straight ones', () => {
    expect(ids('I\u2019ve already sent the screenshots')).toContain('repeated-information');
  });

  test('nothing to find in empty or plain text', () => {
    expect(detectEffortSignals('')).toEqual([]);
    expect(detectEffortSignals('Hello, could you send me the invoice for May?')).toEqual([]);
  });

  test('a signal is reported once per span', () => {
    const signals = detectEffortSignals('SHAME!!!');
    expect(signals.filter((s) => s.id === 'frustration').length).toBeGreaterThanOrEqual(1);
    for (const id of EFFORT_SIGNALS) {
      const spans = signals.filter((s) => s.id === id);
      for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBeGreaterThanOrEqual(spans[i - 1].end);
    }
  });
});

const examples = SIGNAL_RULES.flatMap((r) => [...r.examples.match, ...r.examples.noMatch]);
const fragment = fc.oneof(
  fc.constantFrom(...examples),
  fc.string({ maxLength: 40 }),
  fc.constantFrom(' ', '\n', '> ', '!!!', 'ON HOLD ', 'still ', "I'm ", '\u2019', 'On Mon, 3 Jun wrote:\n', '#fail', '😡'),
);
const composed = fc.array(fragment, { maxLength: 8 }).map((parts) => parts.join(' '));

describe('properties', () => {
  test('no string throws, and every offset is valid', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }), composed), (text) => {
        for (const s of detectEffortSignals(text)) {
          expect(EFFORT_SIGNALS).toContain(s.id);
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(s.start, s.end)).toBe(s.match);
        }
      }),
      { numRuns: 400 },
    );
  });

  test('the fast path (literal-prefix trie) finds the same signals as searching everywhere', () => {
    const compiled = builtInRules();
    const same = (text: string) => {
      const fast = scanSignals(text, compiled, true).map((s) => `${s.id}@${s.start}`);
      const slow = scanSignals(text, compiled, false).map((s) => `${s.id}@${s.start}`);
      expect(fast).toEqual(slow);
    };
    fc.assert(fc.property(composed, same), { numRuns: 300 });
    for (const m of [...teamMessages(), ...corpusMessages()]) same(m.text);
  });
});

describe('hostile text stays fast', () => {
  const hostile: Record<string, string> = {
    'one letter, no spaces': 'a'.repeat(100_000),
    exclamations: '!'.repeat(100_000),
    'question marks': '?'.repeat(100_000),
    capitals: 'A'.repeat(100_000),
    digits: '7'.repeat(100_000),
    'hash then letters': '#' + 'x'.repeat(100_000),
    'trigger words': 'still waiting called again manager ridiculous!!! transferred AGAIN on hold for 2 hours '.repeat(1_200),
    'capital words': 'WHY IS THIS NOT WORKING '.repeat(4_200),
    'quoted lines': '> still waiting\n'.repeat(6_000),
    'words glued': 'stillwaitingcalledagain'.repeat(4_400),
  };
  test.each(Object.entries(hostile))('%s (100 KB)', (_, text) => {
    detectEffortSignals(text); // warm up
    const t0 = performance.now();
    detectEffortSignals(text);
    // Generous for shared CI machines; `npm run bench` reports the real figure.
    expect(performance.now() - t0).toBeLessThan(250);
  });
});
