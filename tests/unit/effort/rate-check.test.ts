import { describe, expect, test } from 'vitest';
import { isRateAfter, isRateUnit } from '../../../lib/effort/rate-check';

const after = (text: string, counted: string) => isRateAfter(text, text.indexOf(counted) + counted.length);
const unit = (text: string, duration: string) => isRateUnit(text, text.indexOf(duration));

describe('a count that is a rate (rate-check.ts, h80)', () => {
  test.each([
    ['429 after about 60 calls a minute', '60 calls'],
    ['it allows 300 requests per second', '300 requests'],
    ['we send 40 emails/min at peak', '40 emails'],
  ])('a rate: %s', (text, counted) => expect(after(text, counted)).toBe(true));
  test.each([
    ['i made 3 calls a day for a week', '3 calls'],
    ['i sent 5 emails and got no reply', '5 emails'],
    ['after 4 calls, a manager picked up', '4 calls'],
  ])('no rate: %s', (text, counted) => expect(after(text, counted)).toBe(false));
  test('a rate\'s week', () => {
    expect(unit('i am working from home 2 days a week now', 'a week now')).toBe(true);
    expect(unit('it happens three times a month now', 'a month now')).toBe(true);
    expect(unit('i have been waiting a week now', 'a week now')).toBe(false);
    expect(unit('still broken, 2 days. a week now since i asked', 'a week now')).toBe(false);
  });
});
