/**
 * The learned judge: what it decides on its own examples, how the engine applies it (drop, add, never playbook
 * flags), and that the shipped weights are exactly what `npm run train` builds from the repo data and the
 * corpus's shippable items.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyzeReply } from '../../../lib/analysis';
import { createJudge, shippedJudge } from '../../../lib/analysis/judge';
import { parseRules } from '../../../lib/analysis/rule-schema';
import { JUDGED_RULE_SPECS } from '../../../lib/analysis/judge/judged-rules';
import { MAX_JUDGED_CHARS } from '../../../lib/analysis/judge/apply';
import { HOSTILE_TEXTS } from '../../bench/drafts';
import { corpusMissing } from '../../../lib/cli/corpus';
import { corpusRest, ownItems } from '../../../lib/analysis/train/dataset';
import { featurize, fitAll } from '../../../lib/analysis/train/fit';
import { serializeModel } from '../../../lib/learn';
import { createJudgeLoader, JUDGE_GLOBAL } from '../../../lib/coach/judge-loader';
import { rewriteSentence } from '../../../lib/analysis/rewrite/rewrite';

const here = path.dirname(fileURLToPath(import.meta.url));
const judge = shippedJudge();
const rules = (text: string, withJudge: boolean) => analyzeReply(text, withJudge ? { judge } : {}).flags.map((f) => f.rule);

describe('the judge in the engine', () => {
  test('flags blame no rule words catch, pointing into the sentence that carries it', () => {
    const text = 'Hi Dana,\n\nAs we explained by email, this is mentioned in the help.';
    expect(rules(text, false)).toEqual([]);
    const flags = analyzeReply(text, { judge }).flags;
    expect(flags.map((f) => f.rule)).toEqual(['judged-blame']);
    expect(text.slice(flags[0]!.start, flags[0]!.end)).toBe(flags[0]!.match);
    expect(flags[0]!.start).toBeGreaterThan(text.indexOf('As') - 1);
    expect(flags[0]!.suggestions.length).toBeGreaterThan(0);
  });

  test('leaves help and plain replies alone', () => {
    for (const text of [
      "Sorry about that! I've refunded the shipping fee and your order goes out today.",
      'Thanks for your patience. Your replacement ships tomorrow with tracking.',
      'To fix this issue, upgrade the firmware and reset your device.',
    ])
      expect(rules(text, true), text).toEqual([]);
  });

  test('a disabled judged rule is not raised', () => {
    const text = 'As we explained by email, this is mentioned in the help.';
    expect(analyzeReply(text, { judge, disabledRules: ['judged-blame'] }).flags).toEqual([]);
  });

  test('drops a rule flag when the reply is unlikely to have the problem, keeps playbook flags whatever it says', () => {
    const never = createJudge({
      version: 1,
      bits: 4,
      categories: {
        'apology-without-help': { bias: -20, slots: [], weights: [], keep: 0.5, add: 0.99 },
        'customer-blame': { bias: -20, slots: [], weights: [], keep: 0.5, add: 0.99 },
      },
    });
    const text = "I'm sorry for the delay. We value your patience. Per policy, no refunds.";
    expect(rules(text, false)).toContain('apology-empty');
    const playbook = { phrases: [{ phrase: 'per policy', category: 'apology-without-help' as const, alternative: 'Here is what I can do' }], canDo: [] };
    const flags = analyzeReply(text, { judge: never, playbook }).flags.map((f) => f.rule);
    expect(flags.filter((r) => !r.startsWith('playbook:'))).toEqual([]);
    expect(flags.some((r) => r.startsWith('playbook:'))).toBe(true);
  });

  test('the judged rules are valid rules with distinct ids', () => {
    const parsed = parseRules(JUDGED_RULE_SPECS);
    expect(parsed.map((r) => r.category).sort()).toEqual(['apology-without-help', 'customer-blame']);
    expect(new Set(parsed.map((r) => r.id)).size).toBe(parsed.length);
  });

  test('hostile 100 KB text: no throw, and past MAX_JUDGED_CHARS the rules decide alone', () => {
    for (const text of Object.values(HOSTILE_TEXTS)) {
      expect(() => analyzeReply(text, { judge })).not.toThrow();
      expect(analyzeReply(text, { judge }).flags).toEqual(analyzeReply(text).flags);
    }
    const long = 'As we explained by email, this is mentioned in the help. '.repeat(Math.ceil(MAX_JUDGED_CHARS / 50));
    expect(rules(long, true)).toEqual(rules(long, false));
  });

  test('any text: no throw, every flag inside the text and naming its own words', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 600 }), fc.constantFrom('', 'Sorry. ', 'You should have read it. ', 'Didn’t you see it? '), (text, lead) => {
        const full = lead + text;
        for (const f of analyzeReply(full, { judge }).flags) {
          expect(f.end).toBeLessThanOrEqual(full.length);
          expect(full.slice(f.start, f.end)).toBe(f.match);
        }
      }),
      { numRuns: 200 },
    );
  });

  test('a malformed model is refused', () => {
    expect(() => createJudge({ version: 2 })).toThrow();
  });
});

describe('the judge loader', () => {
  test('loads once, on the first ask, and hands the judge and the rewriter over', async () => {
    let loads = 0;
    let ready: unknown;
    const pack = { judge, rewrite: rewriteSentence };
    const loader = createJudgeLoader(
      (p) => (ready = p),
      async () => {
        loads++;
        (globalThis as Record<string, unknown>)[JUDGE_GLOBAL] = pack;
      },
    );
    expect(loader.get()).toBeUndefined();
    expect(loader.get()).toBeUndefined();
    await new Promise((r) => setTimeout(r, 0));
    expect(loads).toBe(1);
    expect(ready).toBe(pack);
    expect(loader.get()).toBe(pack);
    expect(await loader.ready(1000)).toBe(pack);
    delete (globalThis as Record<string, unknown>)[JUDGE_GLOBAL];
  });

  test('a failed load leaves the rules alone in charge', async () => {
    const loader = createJudgeLoader(
      () => {
        throw new Error('not called');
      },
      () => Promise.reject(new Error('blocked')),
    );
    expect(await loader.ready(1000)).toBeUndefined();
    expect(loader.get()).toBeUndefined();
    await new Promise((r) => setTimeout(r, 0));
    expect(loader.get()).toBeUndefined();
  });
});

const missing = corpusMissing('replies.dev.jsonl', 'replies.train.jsonl');
test.skipIf(!!missing)(`the shipped weights are what npm run train builds${missing ? ` — skipped: ${missing}` : ''}`, () => {
  const shipped = JSON.parse(fs.readFileSync(path.resolve(here, '../../../lib/analysis/judge/weights.json'), 'utf8'));
  const items = [...ownItems(), ...corpusRest()!.filter((i) => i.origin === 'corpus-shippable')];
  const models = fitAll(featurize(items));
  for (const [category, model] of Object.entries(models)) {
    const s = serializeModel(model);
    expect(shipped.categories[category].slots, category).toEqual(s.slots);
    expect(shipped.categories[category].weights, category).toEqual(s.weights);
  }
}, 120_000);
