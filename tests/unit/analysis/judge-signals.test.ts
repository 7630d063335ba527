/**
 * The judge's grammar signals, read from sentence structure (lib/analysis/judge/signals.ts): each case is a sentence
 * and the signals it must, and must not, carry. The last block checks what the engine then decides on whole replies.
 */
import { describe, expect, test } from 'vitest';
import { analyzeReply } from '../../../lib/analysis';
import { shippedJudge } from '../../../lib/analysis/judge';
import { sentenceSignals } from '../../../lib/analysis/judge/signals';
import { readSentence } from '../../../lib/language';

const signalsOf = (text: string) => sentenceSignals(readSentence(text, 0, text.length));

const CASES: { text: string; has: string[]; not?: string[] }[] = [
  // An instruction put in the first person by a verb of advising.
  { text: 'We only ask that you directly connect a device to the modem to test.', has: ['instruction'] },
  { text: 'I recommend that you reset the router.', has: ['instruction'] },
  { text: 'We suggest you clear the cache.', has: ['instruction'] },
  { text: 'We ask for your patience.', has: [], not: ['instruction'] },
  // Wanting to act is a commitment; wanting to apologise or thank is not.
  { text: 'Our team would like to escalate this for you.', has: ['commitment'] },
  { text: "We'd like to take a further look into this with you!", has: ['commitment'] },
  { text: 'We would like to apologize for the delay.', has: ['apology'], not: ['commitment'] },
  { text: "I'd like to thank you for your patience.", has: [], not: ['commitment'] },
  // Promising to pass words on is not acting on the problem.
  { text: "I'll add your feedback to my list.", has: ['commitment:feedback'], not: ['commitment'] },
  { text: 'We will pass your suggestions on to the team.', has: ['commitment:feedback'], not: ['commitment'] },
  { text: "We'll refund the order today.", has: ['commitment'] },
  // Sent to us (our own channel) or sent elsewhere.
  { text: 'Please reach us here.', has: ['imperative:to-us'], not: ['imperative:redirect'] },
  { text: 'Please contact our billing team.', has: ['imperative:to-us'] },
  { text: 'Please reach out to them directly at the following link.', has: ['imperative:redirect'], not: ['imperative:to-us'] },
  { text: 'Contact the carrier about delivery issues.', has: ['imperative:redirect'] },
];

describe('grammar signals', () => {
  for (const c of CASES)
    test(c.text, () => {
      const got = signalsOf(c.text);
      for (const s of c.has) expect(got, `${s} in ${got.join(' ')}`).toContain(s);
      for (const s of c.not ?? []) expect(got, `${s} in ${got.join(' ')}`).not.toContain(s);
    });
});

describe('the engine with the shipped judge', () => {
  const judge = shippedJudge();
  const categories = (text: string) => new Set(analyzeReply(text, { judge }).flags.map((f) => f.category));

  test('an apology followed by a promise to pass feedback on is still an apology without help', () => {
    expect(categories("Apologies you didn't like the new layout. I'll add your feedback to my list.")).toContain('apology-without-help');
  });

  test('an apology followed by advice or an escalation is help', () => {
    for (const text of [
      'Sorry for the delay! Our team would like to escalate this for you, send us your order number here.',
      "We're sorry. I recommend that you reset the router by holding the button for 10 seconds.",
    ])
      expect(categories(text), text).not.toContain('apology-without-help');
  });
});
