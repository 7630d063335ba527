/**
 * The scorer's tokenizer reads a text of ASCII only with an expression without \p{…} classes (h45: a fresh
 * process's first detection does not compile the Unicode classes). On such text it must find exactly what the
 * Unicode expression finds: same matches, same groups.
 */
import { expect, test } from 'vitest';
import { tokenExpression } from '../../../lib/effort/learned/features';
import { HOSTILE_TEXTS } from '../../bench/drafts';

const UNICODE = new RegExp(tokenExpression('\u00e9').source, 'gu');
const ASCII = tokenExpression('plain');

const all = (re: RegExp, text: string) => [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => [m.index, ...m]);

test('the ASCII expression is the one used for ASCII text, the Unicode one otherwise', () => {
  expect(ASCII.flags).not.toContain('u');
  expect(tokenExpression('caf\u00e9').flags).toContain('u');
  expect(tokenExpression('a \u{1F62D}').flags).toContain('u');
});

test('every ASCII character is read alike, alone and in runs', () => {
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    for (const text of [ch, `${ch}${ch}${ch}`, `a${ch}b`, `#${ch}x`, `@${ch}x`, `1${ch}2`, `x'${ch}`]) expect(all(ASCII, text), JSON.stringify(text)).toEqual(all(UNICODE, text));
  }
});

test('ASCII texts are tokenized alike', () => {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
  const texts = Object.values(HOSTILE_TEXTS).filter((t) => !/[^\x00-\x7f]/.test(t)).map((t) => t.slice(0, 20000));
  for (let i = 0; i < 300; i++) texts.push(Array.from({ length: 60 }, () => String.fromCharCode(next() % 128)).join(''));
  texts.push("I've called 3 times, #fail @support 4.5.6+ wait... ok?! it's 9:30 don't_do-this");
  for (const text of texts) expect(all(ASCII, text)).toEqual(all(UNICODE, text));
});
