/** CSV cells a spreadsheet would run as a formula are defused, wherever the formula hides behind blank characters. */
import { expect, test } from 'vitest';
import { csvCell } from '../../../lib/db/export';

const unquote = (cell: string) => (cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell);

test.each([
  ' =HYPERLINK("http://evil.example","x")',
  '   +1+1',
  '\u00a0-2+3',
  '\t=1+1',
  '\r=1+1',
  '\n@SUM(A1)',
  '\u200b=cmd|calc',
  ' \t \r\n=1',
  '\uFF1D1+1',
  '\u2028=1',
  '\t',
  '\rplain',
])('%j gets a leading apostrophe', (value) => {
  expect(unquote(csvCell(value))).toBe(`'${value}`);
});

test.each(['plain', 'a = b', 'sorry, nothing I can do', 'x-1', ' plain with a space', '2026-01-01'])('%j stays as it is', (value) => {
  expect(unquote(csvCell(value))).toBe(value);
});
