/** The own-sentence rewrites (lib/analysis/rewrite): every rule has one, and known sentences come out as written here. */
import { describe, expect, test } from 'vitest';
import { analyzeReply, RULES } from '../../../lib/analysis';
import { REWRITE_KINDS } from '../../../lib/analysis/rewrite/kinds';
import { optionsFor, parseOption } from '../../../lib/analysis/rewrite/offers';
import { contentWords } from '../../../lib/analysis/rewrite/quality';
import type { AnalyzeOptions } from '../../../lib/analysis/types';

const first = (text: string, options: AnalyzeOptions = {}) => analyzeReply(text, options).flags[0]!.suggestions[0]!;
const applied = (text: string, options: AnalyzeOptions = {}) => {
  const s = first(text, options);
  return text.slice(0, s.start) + s.text + text.slice(s.end);
};
const playbook = { phrases: [], canDo: ['delivery: send a replacement by express shipping', 'refund, billing: add a credit for the full amount', 'set up a short call'] };

describe('own-sentence rewrites', () => {
  test('every built-in rule has a rewrite kind, and no id is mapped that is not a rule', () => {
    const ids = RULES.map((r) => r.id).sort();
    expect(Object.keys(REWRITE_KINDS).sort()).toEqual(ids);
  });

  test.each([
    ["We're sorry you feel this way, unfortunately we are unable to offer anything further.", "I can't offer anything further on this myself, but here's what I can do instead: [what you can offer instead]."],
    ["Hi Maria, I'm sorry, but there's nothing I can do about the late fee.", "Hi Maria, the late fee isn't something I can change myself, but here's what I can do instead: [what you can offer instead]."],
    ['As I already explained, the refund takes 5 days.', 'To recap, the refund takes 5 days.'],
    ['Hello Ken, as I already explained, you should have read the installation guide before updating.', 'Hello Ken, to recap, it helps to read the installation guide before updating.'],
    ['Matthew, I am really sorry for the delay.', "I'm sorry for the delay, Matthew — I'm looking into this now and I'll update you as soon as I have news."],
    ['Unfortunately, exporting to PDF is not possible at the moment.', "Exporting to PDF is not possible at the moment, but here's a workaround: [workaround steps]."],
    ['This is an issue with your device not Tasks.', "This looks like a setting on your device rather than in Tasks itself — I'd like to look into it with you: could you send me a screenshot of what you see?"],
    ['What was too complicated for you?', "Let's make this less complicated: tell me which step you got stuck on and I'll walk you through it."],
  ])('%s', (draft, expected) => {
    expect(applied(draft)).toBe(expected);
  });

  test("the ticket's topic picks the playbook option; the requester's name is kept where the agent wrote it", () => {
    const text = 'Sorry for the delay with your parcel, Aisha.';
    const ticket = { subject: 'Parcel not arrived', requesterName: 'Aisha Bello' };
    expect(applied(text, { playbook, ticket })).toBe("I'm sorry for the delay with your parcel, Aisha — here's what I can do: send a replacement by express shipping.");
    expect(applied(text, { playbook, ticket: { subject: 'Charged twice', requesterName: 'Aisha Bello' } })).toBe(
      "I'm sorry for the delay with your parcel, Aisha — here's what I can do: add a credit for the full amount.",
    );
    expect(applied("We're sorry you feel this way Rajat, unfortunately we are unable to offer anything further.", { ticket: { requesterName: 'Rajat Mehta' } })).toBe(
      "I can't offer anything further on this myself, Rajat, but here's what I can do instead: [what you can offer instead].",
    );
    // Without a playbook, a step the agent takes, by topic; no blank.
    expect(applied(text, { ticket })).toBe("I'm sorry for the delay with your parcel, Aisha — I'm checking where your order is with the carrier now and I'll update you as soon as I hear back.");
  });

  test('curly apostrophes typed by the agent come back curly', () => {
    expect(first('Unfortunately, we can’t process cancellations by email.').text).toBe('I can’t process cancellations by email, but here’s what I can do instead: [what you can offer instead].');
  });
});

describe('playbook options by topic', () => {
  test('a topic prefix is read, an unknown one is part of the option', () => {
    expect(parseOption('refund, billing: add a credit')).toEqual({ text: 'add a credit', topics: ['refund', 'billing'] });
    expect(parseOption('Account: unlock it')).toEqual({ text: 'unlock it', topics: ['account-access'] });
    expect(parseOption('Note: we can call you')).toEqual({ text: 'Note: we can call you', topics: [] });
  });

  test("the ticket's options first, then the general ones; other topics' options never", () => {
    expect(optionsFor(playbook.canDo, 'delivery')).toEqual(['send a replacement by express shipping', 'set up a short call']);
    expect(optionsFor(playbook.canDo, 'billing')).toEqual(['add a credit for the full amount', 'set up a short call']);
    expect(optionsFor(playbook.canDo, null)).toEqual(['set up a short call']);
  });
});

test('content words: nouns, verbs and adjectives, not the apology or the reminder', () => {
  expect([...contentWords("We're sorry, but we are unable to offer a refund again.")].sort()).toEqual(['offer', 'refund', 'unable']);
});
