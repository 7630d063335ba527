import { describe, expect, test } from 'vitest';
import { analyzeReply, type Flag, type Playbook } from '../../../lib/analysis';

const rules = (text: string, options = {}) => analyzeReply(text, options).flags.map((f) => f.rule);
const categories = (text: string) => [...new Set(analyzeReply(text).flags.map((f) => f.category))].sort();
const apply = (text: string, s: { start: number; end: number; text: string }) => text.slice(0, s.start) + s.text + text.slice(s.end);

describe('analyzeReply', () => {
  test('returns flags with offsets into the original text, message, why and suggestions', () => {
    const text = 'Hi Ana,\nSorry, but there’s nothing I can do about that.';
    const [flag] = analyzeReply(text).flags as [Flag];
    expect(flag.rule).toBe('apology-refusal');
    expect(flag.category).toBe('apology-without-help');
    expect(text.slice(flag.start, flag.end)).toBe(flag.match);
    expect(flag.match).toBe('Sorry, but there’s nothing I can do');
    expect(flag.message).not.toContain('\n');
    expect(flag.why.length).toBeGreaterThan(20);
    expect(flag.suggestions.length).toBeGreaterThanOrEqual(1);
    expect(flag.suggestions.length).toBeLessThanOrEqual(3);
  });

  test('an empty or whitespace reply has no flags', () => {
    expect(analyzeReply('').flags).toEqual([]);
    expect(analyzeReply('   \n\n ').flags).toEqual([]);
  });

  test('judges the whole reply: the same apology is fine with help, flagged without', () => {
    expect(rules("I'm sorry for the delay. I've refunded the shipping cost.")).toEqual([]);
    expect(rules("I'm sorry for the delay. We value your patience.")).toEqual(['apology-empty']);
  });

  test('a refusal welded to an apology is flagged even when the reply also gives instructions', () => {
    expect(rules("Sorry, we can't refund this. You can read more about refunds in our help centre.")).toContain('apology-refusal');
    expect(rules("Sorry, we can't refund this, but I can offer a replacement.")).toEqual([]);
  });

  test('bare redirection is not help, an owned hand-off is', () => {
    expect(rules("Sorry about that — you'll need to contact the courier.")).toContain('apology-redirect');
    expect(rules("Sorry about that — I've contacted the courier and I'll update you tomorrow.")).toEqual([]);
  });

  test('"you should have received" is not blame, "you should have read" is', () => {
    expect(rules('You should have received an email from us by now.')).toEqual([]);
    expect(rules('You should have read the email from us.')).toEqual(['blame-should-have']);
  });

  test('exoneration is not blame', () => {
    expect(rules("This isn't your fault at all.")).toEqual([]);
    expect(rules('It was your fault.')).toEqual(['blame-user-error']);
  });

  test('quoted history is never flagged, in either style', () => {
    expect(rules('Refund done.\n> Sorry, nothing I can do.\n> You should have read it.')).toEqual([]);
    expect(rules('Refund done.\n\nOn Fri, 1 Mar 2024, Kim <k@x.io> wrote:\nAs I already explained, no.')).toEqual([]);
  });

  test('curly and straight apostrophes, British and American spellings and case all match', () => {
    for (const text of ["We're sorry you feel that way.", 'We’re sorry you feel that way.', 'WE’RE SORRY YOU FEEL THAT WAY.'])
      expect(rules(text)).toEqual(['apology-non-apology']);
    expect(rules('We apologise for the delay.')).toEqual(rules('We apologize for the delay.'));
    expect(rules("I'm not authorised to do that, I'm afraid.")).toEqual(rules("I'm not authorized to do that, I'm afraid."));
  });

  test('a reply can carry both flags', () => {
    expect(categories("I'm sorry, but as I already explained, there's nothing I can do.")).toEqual(['apology-without-help', 'customer-blame']);
  });

  test('flags of one category never overlap', () => {
    const text = "Sorry, but that's our policy and there's nothing I can do. As I said before, like I said, you should have read the terms.";
    for (const category of ['apology-without-help', 'customer-blame']) {
      const flags = analyzeReply(text).flags.filter((f) => f.category === category).sort((a, b) => a.start - b.start);
      for (let i = 1; i < flags.length; i++) expect(flags[i]!.start).toBeGreaterThanOrEqual(flags[i - 1]!.end);
    }
  });

  test('disabledRules switches rules off', () => {
    const text = "Sorry for the wait. As I already explained, it's on its way.";
    expect(rules(text)).toContain('blame-repetition');
    expect(rules(text, { disabledRules: ['blame-repetition'] })).not.toContain('blame-repetition');
  });
});

describe('suggestions', () => {
  test('applying a suggestion replaces exactly its span or sentence', () => {
    const text = 'Thanks for writing. As I already explained, the refund takes 5 days.';
    const flag = analyzeReply(text).flags.find((f) => f.rule === 'blame-repetition')!;
    const span = flag.suggestions.find((s) => s.scope === 'span')!;
    expect(apply(text, span)).toBe('Thanks for writing. To recap, the refund takes 5 days.');
    const sentence = flag.suggestions.find((s) => s.scope === 'sentence')!;
    expect(text.slice(sentence.start, sentence.end)).toBe('As I already explained, the refund takes 5 days.');
  });

  test('"nothing I can do" becomes what the agent can do, one suggestion per playbook option', () => {
    const text = "Sorry, there's nothing I can do.";
    const noPlaybook = analyzeReply(text).flags[0]!;
    // Without a playbook only the agent knows the alternative: the agent's refusal, owned, with one blank for it.
    expect(noPlaybook.suggestions[0]!.text).toBe("I can't change this myself, but here's what I can do instead: [what you can offer instead].");
    expect(noPlaybook.suggestions.map((s) => s.text).join(' ')).toContain('[what you can do: refund, replacement, workaround]');
    const playbook: Playbook = { phrases: [], canDo: ['refund the last charge', 'upgrade you to express shipping'] };
    const withPlaybook = analyzeReply(text, { playbook }).flags[0]!;
    const offers = withPlaybook.suggestions.filter((s) => s.text.includes('refund the last charge') || s.text.includes('express shipping'));
    expect(offers.length).toBeGreaterThanOrEqual(2);
    expect(withPlaybook.suggestions[0]!.text).toBe("I can't change this myself, but here's what I can do: refund the last charge.");
    expect(withPlaybook.suggestions.length).toBeLessThanOrEqual(3);
  });

  test('a sentence rewrite keeps the greeting in front of it', () => {
    const text = "Hi Sam, sorry, but there's nothing I can do.";
    const s = analyzeReply(text).flags[0]!.suggestions[0]!;
    expect(apply(text, s).startsWith('Hi Sam, ')).toBe(true);
  });

  test('one card per problem: a bare apology in a sentence with a more specific flag is not flagged again', () => {
    expect(rules("Sorry about that, you'll need to contact the courier.")).toEqual(['apology-redirect']);
  });

  test('an empty apology is rewritten into ownership plus action, keeping what it was for', () => {
    const flag = analyzeReply('We apologise for the inconvenience.').flags[0]!;
    expect(flag.suggestions[0]!.text).toBe("I'm sorry for the inconvenience — I'm looking into this now and I'll update you as soon as I have news.");
    expect(flag.suggestions[1]!.text).toMatch(/I've \[action you took\] and I'll \[next step\] by \[when\]/);
  });
});

describe('playbook', () => {
  const playbook: Playbook = {
    phrases: [
      { phrase: 'per our policy', category: 'apology-without-help', alternative: 'here is how our policy helps you', why: 'Sounds legal.' },
      { phrase: "calm down", category: 'customer-blame', alternative: 'I understand this is frustrating' },
    ],
    canDo: [],
  };

  test('team phrases are flagged as their own rules, case- and apostrophe-insensitively', () => {
    const flags = analyzeReply('Please CALM  down. Per our policy, refunds take 5 days.', { playbook }).flags;
    expect(flags.map((f) => f.rule).sort()).toEqual(['playbook:calm-down', 'playbook:per-our-policy']);
    const calm = flags.find((f) => f.rule === 'playbook:calm-down')!;
    expect(calm.match).toBe('CALM  down');
    expect(calm.suggestions[0]!.text).toBe('I understand this is frustrating');
  });

  test('a playbook rule can be disabled like any other', () => {
    expect(rules('Calm down.', { playbook, disabledRules: ['playbook:calm-down'] })).toEqual([]);
  });

  test('an invalid playbook is rejected with a clear error', () => {
    expect(() => analyzeReply('x', { playbook: { phrases: [{ phrase: '', category: 'customer-blame', alternative: 'y' }], canDo: [] } })).toThrow();
  });
});

describe('warmUp', () => {
  test('runs without flags leaking into later analyses', async () => {
    const { warmUp } = await import('../../../lib/analysis');
    warmUp();
    expect(analyzeReply("Thanks, I've refunded you.").flags).toEqual([]);
  });
});
