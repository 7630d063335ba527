/** Property tests: no input makes analyzeReply throw, and every offset it returns is valid. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyzeReply, type AnalysisResult } from '../../../lib/analysis';

const TRIGGERS = [
  'sorry', "I'm sorry", 'I’m so sorry', 'we apologise', 'apologies', 'unfortunately', "I'm afraid", 'regret',
  "there's nothing I can do", 'that’s our policy', 'the decision is final', 'my hands are tied', 'not possible',
  'you should have', 'you should have read', 'you should have received', 'as I already explained', 'per my last email',
  'like I said', 'user error', "it's not our fault", 'you failed to', 'next time, please', "this isn't your fault",
  'please contact the carrier', "I've refunded you", 'send me your order number', '> ', '\nOn Mon, 1 Jan 2024, A <a@b.c> wrote:\n',
  '.', '!', '?', ',', ' ', '\n', '\n\n', '😀', '👍🏽', '\uD83D', '\uDE00', 'é', '\u00A0', '—', '“', '’', 'Settings > Privacy',
];

/** Every problem with the result, as text (plain checks: thousands of flags would make per-field expects crawl). */
function problems(text: string, result: AnalysisResult): string[] {
  const out: string[] = [];
  for (const f of result.flags) {
    if (!(f.start >= 0 && f.start < f.end && f.end <= text.length)) out.push(`bad range ${f.start}-${f.end}`);
    if (text.slice(f.start, f.end) !== f.match) out.push(`match differs at ${f.start}`);
    if (f.suggestions.length < 1 || f.suggestions.length > 3) out.push(`${f.suggestions.length} suggestions`);
    for (const s of f.suggestions) {
      if (!(s.start >= 0 && s.start <= f.start && s.end >= f.end && s.end <= text.length)) out.push(`bad suggestion range ${s.start}-${s.end}`);
      if (!s.text) out.push('empty suggestion');
    }
  }
  for (const category of ['apology-without-help', 'customer-blame']) {
    const flags = result.flags.filter((f) => f.category === category).sort((a, b) => a.start - b.start);
    for (let i = 1; i < flags.length; i++) if (flags[i]!.start < flags[i - 1]!.end) out.push(`overlap at ${flags[i]!.start}`);
  }
  return out;
}

function expectValid(text: string, result: AnalysisResult) {
  expect(problems(text, result)).toEqual([]);
}

const mix = fc.array(fc.oneof(fc.constantFrom(...TRIGGERS), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join(' '));

// Hundreds of analyses per test: seconds on a loaded machine, so no 5 s default (speed is `npm run bench`'s to judge).
describe('analyzeReply properties', { timeout: 60_000 }, () => {
  test('never throws on any string, and offsets are valid', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => expectValid(text, analyzeReply(text))), { numRuns: 400 });
  });

  test('random mixes of trigger phrases, emoji and lone surrogates give valid offsets', () => {
    fc.assert(fc.property(mix, (text) => expectValid(text, analyzeReply(text))), { numRuns: 600 });
  });

  test('valid with a playbook too', () => {
    const playbook = { phrases: [{ phrase: 'calm down', category: 'customer-blame' as const, alternative: 'I hear you' }], canDo: ['refund', 'replace'] };
    fc.assert(fc.property(mix, (raw) => {
      const text = `${raw} calm down`;
      expectValid(text, analyzeReply(text, { playbook }));
    }), { numRuns: 200 });
  });

  test('huge and hostile inputs stay valid', () => {
    const hostile = [
      'a'.repeat(100_000),
      "sorry ".repeat(17_000),
      "I'm sorry, but there's nothing I can do.\n".repeat(2_500),
      'you should have '.repeat(6_000),
      'You should have read the manual.\n'.repeat(3_000),
      '😀'.repeat(50_000),
      '.'.repeat(100_000),
      '> sorry\n'.repeat(12_000),
      'x'.repeat(60_000) + ' sorry ' + 'y'.repeat(40_000),
    ];
    for (const text of hostile) expectValid(text, analyzeReply(text));
  });
});
