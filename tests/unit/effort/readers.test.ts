/**
 * The effort detector's reader passes (structure read in code, not by rule expressions): each with messages that
 * must show its signals and messages that must not, as the rule files' examples are.
 */
import { describe, expect, test } from 'vitest';
import { detectEffortSignals } from '../../../lib/effort';
import { readPromises } from '../../../lib/effort/promise-reader';
import { readReferrals } from '../../../lib/effort/referral-reader';
import { prepareText } from '../../../lib/effort/detect';

const promises = (text: string) => readPromises(text, prepareText(text)).map((s) => s.id).sort();

describe('promise then now (promise-reader.ts)', () => {
  const both = [
    "The voucher was promised 'within 14 working days' back in March. It is June.",
    "Was told the parcel would be 'sent out today'. That was last Tuesday.",
    'my repeat order was supposed to ship on the 4th and its the 13th. cat is hungry',
    'the shop said the cashback would arrive in 2 statements. it has been 5.',
    "Your team said 'next update' 2 updates ago",
    'The email say money back in 3-5 days but it is now 12 days.',
    'the fitter was supposed to come between 9 and 1. its 5pm. no call.',
    'I got a letter that my deposit would be returned within 10 days. It\'s day 21. Any news?',
    'The release of the hold was due on XX/XX/XXXX. It is now XX/XX/XXXX and it still says pending.',
    "Every time they say it'll come off next bill. Its been 3 bills.",
    "The rep said he'd escalate it. That was 3 weeks ago.",
    'The shop agreed in writing to refund the deposit. It has been 45 days.',
  ];
  const unresolvedOnly = [
    // a weekday as now: a broken promise, not a long wait
    'I phoned on Monday and was told someone would call back within 24 hours. It is Friday.',
  ];
  const none = [
    "They said 5-7 days. It's been 3 days, just checking in.",
    "The courier said delivery by the 20th. It's the 18th, is it on track?",
    "I will call you tomorrow. It's the 3rd today.",
    'They said it takes 2 weeks. It is a lovely product though.',
    'Will it arrive by the 14th? It is the 9th now.',
    'The agent said my card would arrive within 5 days and it came in 3, thanks!',
    'Delivery was promised for March. It is February, just planning ahead.',
    'My friend said your app is great. It has been 2 years and I love it.',
    'I said I would think about it. It has been 2 weeks, is the offer still open?',
    'The agent approved the upgrade. It has been 3 days of fast internet, thanks!',
  ];
  test.each(both)('unresolved and long wait: %s', (text) => expect(promises(text)).toEqual(['long-wait', 'unresolved']));
  test.each(unresolvedOnly)('unresolved only: %s', (text) => expect(promises(text)).toEqual(['unresolved']));
  test.each(none)('neither: %s', (text) => expect(promises(text)).toEqual([]));

  test('offsets point into the original text', () => {
    const text = "Told it\u2019ll be \u201csent over\u201d. That was yesterday.";
    for (const s of detectEffortSignals(text)) expect(text.slice(s.start, s.end)).toBe(s.match);
    expect(promises(text)).toEqual(['long-wait', 'unresolved']);
  });
});

const referrals = (text: string) => readReferrals(text, prepareText(text)).map((s) => s.id);

describe('two parties each sending the customer elsewhere (referral-reader.ts)', () => {
  const match = [
    'The help bot told me to ring, the phone line told me to use the help bot.',
    'At the shop they say it must be done online. Online they say go to the shop.',
    'I was told to contact the airline. The airline told me to contact you.',
    'The lender says that is the dealer\u2019s problem, the dealer says the lender has to fix it.',
    'My old bank says they forwarded it. The new bank says they never got it.',
    'the driver on the phone told me to DM here. DM here told me to call. So which one',
    'When I asked to close the add-on they said I had to contact the insurer. The insurer says the seller has to cancel it.',
  ];
  const allow = [
    'The agent said to restart the router and it works now.',
    'Support said to call back tomorrow, then support said to call back on Monday.',
    "Chat said 'soon', email said 'soon'.",
    'I told them my address and they said thanks.',
    'The app says my order is out for delivery. The driver said he is 5 minutes away.',
    'My wife told me to call you because the app says my card expired.',
  ];
  test.each(match)('transfer: %s', (text) => expect(referrals(text)).toEqual(['transfer']));
  test.each(allow)('no transfer: %s', (text) => expect(referrals(text)).toEqual([]));
});
