/** What a flag event carries of the draft: a masked context only when snippets are on, and never words in its key. */
import { expect, test } from 'vitest';
import { flagEvent, withoutDraftWords } from '../../../lib/coach/events';
import { keyFlags, loggedFlagKey } from '../../../lib/coach/flag-key';

const draft = "Sorry, but there's nothing I can do about it.";
const [flag] = keyFlags([{ rule: 'apology-refusal', category: 'apology-without-help', start: 12, end: 35, match: draft.slice(12, 35) } as never]);
const make = { ticket: () => ({ helpdesk: 'generic', id: null, url: 'http://127.0.0.1/' }), newId: () => 'event-0001' };

test('the logged flag key holds the rule but none of the flagged words, and is stable for one flag', () => {
  const key = loggedFlagKey(flag!);
  expect(key.startsWith('apology-refusal|')).toBe(true);
  // The salt is random per page, so the hash may spell a short word ("do") by chance: check it is one base-36 token
  // that holds none of the flagged phrase, not that it avoids every two-letter word.
  const hashed = key.split('|')[1]!;
  expect(hashed).toMatch(/^[0-9a-z]{1,11}$/);
  expect(hashed).not.toContain('nothing');
  expect(key).not.toContain(' ');
  expect(loggedFlagKey({ ...flag! })).toBe(key);
  expect(loggedFlagKey({ ...flag!, key: `${flag!.key}x` })).not.toBe(key);
  expect(flagEvent(make, flag!, draft, 'shown').flagKey).toBe(key);
});

test('with snippets off, a flag event carries no context at all', () => {
  const event = withoutDraftWords(flagEvent(make, flag!, draft, 'shown'));
  expect(JSON.stringify(event)).not.toMatch(/nothing|Sorry/);
});
