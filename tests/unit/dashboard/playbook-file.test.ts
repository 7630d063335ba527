import { describe, expect, test } from 'vitest';
import { notUtf8Reason } from '../../../components/common/not-utf8';
import { NotUtf8Error } from '../../../lib/text/utf8';
import { parsePlaybookBytes, parsePlaybookFile, PlaybookFileError, playbookFileText } from '../../../lib/settings/playbook-file';

const playbook = {
  phrases: [{ phrase: 'per our policy', category: 'apology-without-help' as const, alternative: 'here is what I can do', why: 'Policy is not help.' }],
  canDo: ['refund up to 50 EUR', 'a callback today'],
};

describe('playbook file', () => {
  test('round-trips through the file format', () => {
    expect(parsePlaybookFile(playbookFileText(playbook))).toEqual(playbook);
  });

  test('accepts a bare {phrases, canDo} object', () => {
    expect(parsePlaybookFile(JSON.stringify(playbook))).toEqual(playbook);
  });

  test.each([
    ['not JSON', '{"phrases": [', /not valid JSON/],
    ['an array', '[]', /not an Agent Assist playbook/],
    ['a wrong category', JSON.stringify({ ...playbook, phrases: [{ ...playbook.phrases[0], category: 'rudeness' }] }), /phrases\[0\]\.category/],
    ['an empty phrase', JSON.stringify({ ...playbook, phrases: [{ ...playbook.phrases[0], phrase: '  ' }] }), /phrases\[0\]\.phrase/],
    ['a phrase without an alternative', JSON.stringify({ ...playbook, phrases: [{ ...playbook.phrases[0], alternative: '' }] }), /phrases\[0\]\.alternative/],
    ['canDo not a list', JSON.stringify({ phrases: [], canDo: 'refunds' }), /canDo/],
    ['another file format', JSON.stringify({ format: 'agent-assist-log', version: 1, playbook }), /format/],
    ['a newer version', JSON.stringify({ format: 'agent-assist-playbook', version: 9, playbook }), /version 9/],
  ])('refuses %s with a clear message', (_name, text, message) => {
    expect(() => parsePlaybookFile(text)).toThrow(PlaybookFileError);
    expect(() => parsePlaybookFile(text)).toThrow(message);
  });
});

describe('playbook file bytes', () => {
  const utf8 = new TextEncoder().encode(playbookFileText({ ...playbook, canDo: ['un remboursement jusqu’à 50 €'] }));

  test('UTF-8, with or without a byte-order mark, is read whole', () => {
    expect(parsePlaybookBytes(utf8).canDo).toEqual(['un remboursement jusqu’à 50 €']);
    expect(parsePlaybookBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])).canDo).toEqual(['un remboursement jusqu’à 50 €']);
  });

  test('Latin-1 / Windows-1252 bytes are refused, naming the encoding problem and the fix, not stored as U+FFFD', () => {
    const latin1 = Uint8Array.from(playbookFileText({ ...playbook, canDo: ['crédit'] }), (c) => c.charCodeAt(0));
    expect(() => parsePlaybookBytes(latin1)).toThrow(NotUtf8Error);
    expect(() => parsePlaybookBytes(latin1)).toThrow(expect.objectContaining({ looksLike: 'other' }));
    expect(notUtf8Reason(new NotUtf8Error('other'))).toMatch(/not UTF-8.*Save it as UTF-8/);
  });

  test('UTF-16 is refused as UTF-16', () => {
    const text = playbookFileText(playbook);
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + 2 * i] = text.charCodeAt(i);
    expect(() => parsePlaybookBytes(utf16)).toThrow(expect.objectContaining({ looksLike: 'utf-16' }));
    expect(notUtf8Reason(new NotUtf8Error('utf-16'))).toMatch(/UTF-16 text, not UTF-8/);
  });
});

test('prototype-pollution keys in a playbook file pollute nothing and are not kept; HTML stays text', () => {
  const text = `{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"phrases":[{"__proto__":{"polluted":"yes"},"phrase":"<script>alert(1)</script>","category":"customer-blame","alternative":"<img src=x onerror=alert(1)>"}],"canDo":[]}`;
  const parsed = parsePlaybookFile(text);
  expect(({} as { polluted?: string }).polluted).toBeUndefined();
  expect(Object.keys(parsed).sort()).toEqual(['canDo', 'phrases']);
  expect(Object.getPrototypeOf(parsed.phrases[0])).toBe(Object.prototype);
  expect((parsed.phrases[0] as { polluted?: string }).polluted).toBeUndefined();
  expect(parsed.phrases[0]!.phrase).toBe('<script>alert(1)</script>');
});
