import { describe, expect, test } from 'vitest';
import { blankQuoted, quotedRanges } from '../../../lib/text/quotes';
import { foldTypography } from '../../../lib/text/normalize';

describe('quotedRanges', () => {
  test('finds > lines and keeps the rest', () => {
    const text = 'Thanks for the update.\n> sorry, nothing I can do\n> as I said\nI have refunded you.';
    const [r] = quotedRanges(text);
    expect(text.slice(r.start, r.end)).toBe('> sorry, nothing I can do\n> as I said');
    expect(blankQuoted(text)).toContain('I have refunded you.');
    expect(blankQuoted(text)).not.toContain('sorry');
    expect(blankQuoted(text)).toHaveLength(text.length);
  });

  test('everything after an "On … wrote:" attribution is quoted, even wrapped over two lines', () => {
    const text = 'Refund issued.\n\nOn Mon, 3 Jun 2024 at 10:02, Ann Lee <ann@example.com>\nwrote:\nYou should have read it.';
    const ranges = quotedRanges(text);
    expect(ranges).toHaveLength(1);
    expect(text.slice(ranges[0].start)).toMatch(/^On Mon/);
    expect(blankQuoted(text)).not.toContain('should');
  });

  test('Outlook and forwarded headers start quoted history', () => {
    expect(blankQuoted('Done.\n-----Original Message-----\nsorry')).not.toContain('sorry');
    expect(blankQuoted('Done.\nFrom: Bob\nSent: Monday\nsorry')).not.toContain('sorry');
  });

  test('a sentence that merely starts with "On" is not an attribution', () => {
    expect(quotedRanges('On Monday I will call you back.\nThanks')).toEqual([]);
  });
});

describe('foldTypography', () => {
  test('folds curly apostrophes and quotes one unit for one', () => {
    const text = 'I\u2019m sorry \u201Cpolicy\u201D\u00A0here';
    const folded = foldTypography(text);
    expect(folded).toBe('I\'m sorry "policy" here');
    expect(folded).toHaveLength(text.length);
  });
});
