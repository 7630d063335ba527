import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyzeThread, type Thread, type ThreadMessage } from '../../../lib/effort';
import { RULE_FILES } from '../../../lib/effort/rules/examples';
import { LEVELS } from '../../../lib/effort/score';
import { teamThreads } from './cases';

describe('analyzeThread on the team thread cases', () => {
  test.each(teamThreads().map((c) => [c.id, c] as const))('%s', (_, c) => {
    const report = analyzeThread(c.thread);
    const got = report.signals.map((s) => `${s.message}:${s.id}`);
    expect([...new Set(got)].sort()).toEqual(c.expect.signals.map(([i, id]) => `${i}:${id}`).sort());
    if (c.expect.structure) expect(report.structure).toMatchObject(c.expect.structure);
    if (c.expect.level) expect(report.level).toBe(c.expect.level);
    for (const s of report.signals) expect(c.thread.messages[s.message].text.slice(s.start, s.end)).toBe(s.match);
  });
});

describe('the report explains its score', () => {
  test('reasons add up to the score (before the 100 cap), largest first, and the summary names them', () => {
    const report = analyzeThread({
      reopened: true,
      messages: [
        { role: 'customer', text: 'Third time writing. Still not working. I want a manager!', at: 0 },
        { role: 'agent', text: 'Looking into it.', at: 30 * 3_600_000, author: 'Ana' },
      ],
    });
    expect(report.score).toBe(Math.min(100, report.reasons.reduce((s, r) => s + r.points, 0)));
    expect(report.reasons.map((r) => r.points)).toEqual([...report.reasons.map((r) => r.points)].sort((a, b) => b - a));
    expect(report.reasons.map((r) => r.source)).toEqual(
      expect.arrayContaining(['repeat-contact', 'unresolved', 'escalation-demand', 'reopened', 'wait-before-reply']),
    );
    expect(report.level).toBe('high');
    expect(report.summary).toMatch(/^High effort \(\d+\/100\): .*reopened ticket/);
    for (const r of report.reasons) expect(r.detail.length).toBeGreaterThan(0);
  });

  test('a quiet thread is low effort with no reasons', () => {
    const report = analyzeThread({ messages: [{ role: 'customer', text: 'Can I change my address?' }] });
    expect(report).toMatchObject({ score: 0, level: 'low', reasons: [], summary: 'Low effort (0/100): no effort signals found.' });
  });

  test('odd input does not throw', () => {
    expect(analyzeThread({ messages: [] }).score).toBe(0);
    const odd = { messages: [{ role: 'customer', text: 'still waiting', at: 'not a date' }, { role: 'agent', text: '', at: Number.NaN }] } as Thread;
    expect(analyzeThread(odd).structure.longestWaitMs).toBeNull();
  });
});

const phrases = RULE_FILES.flatMap((f) => Object.values(f.examples).flatMap((e) => e.match));
const message: fc.Arbitrary<ThreadMessage> = fc.record(
  {
    role: fc.constantFrom('customer' as const, 'agent' as const),
    text: fc.oneof(fc.constantFrom(...phrases), fc.string({ maxLength: 60 })),
    at: fc.integer({ min: 0, max: 30 * 86_400_000 }),
    author: fc.constantFrom('Ana', 'Bo', 'Cy'),
    internal: fc.boolean(),
  },
  { requiredKeys: ['role', 'text'] },
);
const thread = fc.record({ messages: fc.array(message, { maxLength: 12 }), reopened: fc.boolean() });
const customerWithSignals = fc.record({
  role: fc.constant('customer' as const),
  text: fc.constantFrom(...phrases),
  at: fc.option(fc.integer({ min: 0, max: 30 * 86_400_000 }), { nil: undefined }),
});

describe('score properties', () => {
  test('the score is always within 0..100 and its level agrees with it', () => {
    fc.assert(
      fc.property(thread, (t) => {
        const { score, level } = analyzeThread(t);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
        expect(level).toBe(score >= LEVELS.high ? 'high' : score >= LEVELS.medium ? 'medium' : 'low');
      }),
      { numRuns: 300 },
    );
  });

  test('adding a customer message with signals, anywhere, never lowers the score', () => {
    fc.assert(
      fc.property(thread, customerWithSignals, fc.nat(), (t, extra, where) => {
        const at = where % (t.messages.length + 1);
        const more = { ...t, messages: [...t.messages.slice(0, at), extra, ...t.messages.slice(at)] };
        expect(analyzeThread(more).score).toBeGreaterThanOrEqual(analyzeThread(t).score);
      }),
      { numRuns: 300 },
    );
  });

  test('setting reopened never lowers the score', () => {
    fc.assert(
      fc.property(thread, (t) => {
        expect(analyzeThread({ ...t, reopened: true }).score).toBeGreaterThanOrEqual(analyzeThread({ ...t, reopened: false }).score);
      }),
      { numRuns: 200 },
    );
  });
});
