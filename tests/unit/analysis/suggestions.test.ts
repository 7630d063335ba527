/** Suggestions applied to the draft must read as something an agent would send: see fitInto in suggest.ts. */
import { describe, expect, test } from 'vitest';
import { analyzeReply } from '../../../lib/analysis';

const DRAFTS = [
  "Hi Sam, I'm so sorry, but there's nothing I can do about the late fee.",
  'We apologise for the inconvenience. Your feedback is important to us.',
  'Hi Sam, as I already explained, the refund takes 5 days.',
  'The refund, as I already explained, takes 5 days.',
  'Dear Ana,\n\nPer my last email you need to reset the router.\n\nThanks',
  'How many times do I have to tell you, the refund takes 5 days.',
  'Once again, returns must be made within 14 days of delivery.',
  'Hi Sam, you should have read the instructions before installing!',
  'Hey Jo, unfortunately that is our policy.',
  "I'm sorry, you'll need to contact the carrier.",
  'Sorry, but it is your responsibility to check the size guide. We cannot accept worn items back.',
  'Did you even read the description?',
  'ugh sorry, nothing i can do from here',
  'Hi there! Sorry for the wait. Have a great day',
  "It's clearly stated on the product page that batteries are not included.",
  'Unfortunately, exporting to PDF is not possible at the moment.',
  "You're the only one with this problem.",
  'This is not true. The app doesn’t show ads.',
];
const CAN_DO = ['Refund the last charge (up to $50).', 'upgrade you to express shipping'];

const applied = (text: string, playbook?: boolean) =>
  analyzeReply(text, playbook ? { playbook: { phrases: [], canDo: CAN_DO } } : {}).flags.flatMap((f) =>
    f.suggestions.map((s) => ({ rule: f.rule, label: s.label, result: text.slice(0, s.start) + s.text + text.slice(s.end), s })),
  );

describe('suggestions, applied to the draft', () => {
  const all = DRAFTS.flatMap((d) => [...applied(d), ...applied(d, true)]);

  test('every draft gets at least one suggestion', () => {
    for (const d of DRAFTS) expect(applied(d).length, d).toBeGreaterThan(0);
  });

  test('each sentence starts with a capital, and after "Hi Sam," the rewrite goes on in lower case', () => {
    for (const { result } of all) {
      for (const m of result.matchAll(/(?:^|(?<!\be\.g|\bi\.e)[.!?]\s+|\n\s*)([a-z])/g)) expect(m[1], result).not.toMatch(/[a-z]/);
      expect(result, result).not.toMatch(/^(?:Hi|Hey|Dear|Hello) \w+, (?!I\b|I')[A-Z][a-z]/);
    }
  });

  test('no doubled end punctuation, no dangling "but", no double spaces', () => {
    for (const { result } of all) {
      expect(result, result).not.toMatch(/[.!?,;:]\s*[.!?]/);
      expect(result, result).not.toMatch(/\bbut\s*(?:[.!?]|$)/);
      expect(result, result).not.toMatch(/ {2}/);
    }
  });

  test('a span rewrite ("to recap") is offered only where the marker stands alone', () => {
    const labels = (d: string) => applied(d).map((a) => a.label);
    expect(labels('Hi Sam, as I already explained, the refund takes 5 days.')).toContain('Recap neutrally');
    expect(labels('How many times do I have to tell you, the refund takes 5 days.')).not.toContain('Recap neutrally');
    expect(applied('Once again, returns must be made within 14 days.')[0]!.result).toBe('To recap, returns must be made within 14 days.');
  });

  test("the playbook's canDo options fill the agent's own sentence first, then the templates", () => {
    const [first, second] = applied("Sorry, but there's nothing I can do about the late fee.", true);
    expect(first!.result).toBe("The late fee isn't something I can change myself, but here's what I can do: refund the last charge (up to $50).");
    expect(second!.label).toContain('Refund the last charge');
    expect(second!.result).toBe("I can't [what you can't do], but here's what I can do: refund the last charge (up to $50).");
  });

  test('an empty apology becomes an action, an offer or a request — never a second apology alone', () => {
    for (const { rule, s } of all.filter((a) => a.rule.startsWith('apology-'))) {
      expect(s.text, rule).toMatch(/I've|I'll|I can|what I can do|send me|passed it|opened a case|workaround/i);
    }
  });
});
