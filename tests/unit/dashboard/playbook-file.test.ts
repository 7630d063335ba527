import { describe, expect, test } from 'vitest';
import { parsePlaybookFile, PlaybookFileError, playbookFileText } from '../../../lib/settings/playbook-file';

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
