/**
 * The learned scorer's features (h43): a phone, account or reference number is no count of time and no evidence of
 * effort, so it gives no feature; a count with its unit, a clock time and a year still do.
 */
import { expect, test } from 'vitest';
import { messageFeatures } from '../../../lib/effort/learned/features';
import { detectEffortSignals } from '../../../lib/effort';

const keys = (text: string) => messageFeatures(text).map((f) => f.key);

test.each(['Call me on 07700 900123 please.', 'My number is 0161 496 0000.', 'Ref 448120, account 22190034.'])('no number feature from an id: %s', (text) => {
  expect(keys(text).filter((k) => k.includes('0'))).toEqual([]);
});

test.each([
  ['on hold for 3 hours', 'num:hours'],
  ['the 07:42 was cancelled', 'w:0'],
  ['since 2021', 'w:0'],
])('a count, a clock or a year is still read: %s', (text, key) => expect(keys(text)).toContain(key));

test.each(['Call me on 07700 900123 please.', 'Hi, my boiler is making a noise. Please call me on 07700 900123.', 'The router light is red. My number is 07911 234 889. Thanks'])(
  'a phone number alone is no long wait nor escalation: %s',
  (text) => expect(detectEffortSignals(text).map((s) => s.id)).toEqual([]),
);
