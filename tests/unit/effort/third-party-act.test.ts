import { describe, expect, test } from 'vitest';
import { isThirdPartyAct } from '../../../lib/effort/third-party-act';

const at = (text: string, act: string) => isThirdPartyAct(text.toLowerCase(), text.toLowerCase().indexOf(act));

describe('a third party reporting its own act (third-party-act.ts)', () => {
  test.each([
    ['My employer says they emailed it back on the 2nd.', 'emailed'],
    ['The surgery confirms they posted it on Monday.', 'posted'],
    ['Our GP said he rang twice.', 'rang'],
    ['my landlord claims they have sent it', 'sent'],
  ])('their act: %s', (text, act) => expect(at(text, act)).toBe(true));
  test.each([
    ['I emailed it back on the 2nd.', 'emailed'],
    ['They emailed me saying it was sorted.', 'emailed'],
    ['You said they emailed it, but nothing came.', 'emailed'],
  ])('not theirs as told: %s', (text, act) => expect(at(text, act)).toBe(false));
});
