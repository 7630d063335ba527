import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { makeSnippet, maskSensitive, SNIPPET_MAX_CHARS, trimContext } from '../../../lib/db/snippet';

const at = (text: string, words: string) => {
  const start = text.indexOf(words);
  return [text, start, start + words.length] as const;
};

describe('makeSnippet', () => {
  test('keeps the flagged words with at most six words each side', () => {
    const text = 'one two three four five six seven eight I am sorry but that is our policy and nine ten eleven twelve thirteen fourteen fifteen';
    const { snippet, words } = makeSnippet(...at(text, 'that is our policy'));
    expect(words).toBe('that is our policy');
    expect(snippet).toBe('…seven eight I am sorry but that is our policy and nine ten eleven twelve thirteen…');
  });

  test('masks e-mail addresses, phone, card and account numbers, even when the window cuts them', () => {
    const text =
      'Write to ann.lee@example.com or call +44 20 7946 0958, card 4111 1111 1111 1111, IBAN DE89 3704 0044 0532 0130 00, account 12345678: sorry, nothing I can do.';
    const { snippet } = makeSnippet(...at(text, 'nothing I can do'), 30);
    expect(snippet).toBe('Write to [email] or call [phone], card [card], IBAN [account], account [number]: sorry, nothing I can do.');
    const cut = makeSnippet(...at('call 555 123 4567 now, sorry nothing I can do', 'nothing I can do'), 3);
    expect(cut.snippet).toBe('…[phone] now, sorry nothing I can do');
  });

  test('short numbers stay: order lines, times, years', () => {
    expect(maskSensitive('order #4521 at 10:30 in 2024, 3 items')).toBe('order #4521 at 10:30 in 2024, 3 items');
  });

  test('never longer than the limit, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 600 }), fc.nat(), fc.nat(), (text, a, b) => {
        const [s, e] = [Math.min(a, b) % (text.length + 1), Math.max(a, b) % (text.length + 1)];
        const { snippet } = makeSnippet(text, Math.min(s, e), Math.max(s, e));
        expect(snippet.length).toBeLessThanOrEqual(SNIPPET_MAX_CHARS);
      }),
    );
    const long = `${'word '.repeat(40)}x`;
    expect(makeSnippet(long, 0, long.length).snippet).toHaveLength(SNIPPET_MAX_CHARS);
  });
});

test('trimContext keeps what the snippet needs and never cuts a number', () => {
  const text = `${'lorem '.repeat(30)}card 4111 1111 1111 1111 then sorry nothing I can do ${'ipsum '.repeat(30)}`;
  const ctx = { text, start: text.indexOf('nothing'), end: text.indexOf('nothing') + 'nothing I can do'.length };
  const trimmed = trimContext(ctx);
  expect(trimmed.text.length).toBeLessThan(120);
  expect(trimmed.text.slice(trimmed.start, trimmed.end)).toBe('nothing I can do');
  expect(trimmed.text).toContain('4111 1111 1111 1111');
  expect(makeSnippet(trimmed.text, trimmed.start, trimmed.end)).toEqual(makeSnippet(text, ctx.start, ctx.end));
});
