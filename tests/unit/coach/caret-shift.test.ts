import { expect, test } from 'vitest';
import { shiftOffset } from '../../../lib/coach/caret';

// "Hi. Sorry, nothing I can do. Bye." with [4, 28) replaced by 10 characters.
test('a caret before the replaced words stays; after them it moves with the text; inside, it goes to the end of the new words', () => {
  expect(shiftOffset(2, 4, 28, 10)).toBe(2);
  expect(shiftOffset(4, 4, 28, 10)).toBe(4);
  expect(shiftOffset(30, 4, 28, 10)).toBe(16);
  expect(shiftOffset(28, 4, 28, 10)).toBe(14);
  expect(shiftOffset(12, 4, 28, 10)).toBe(14);
});
