/**
 * The learned signal scorer: its shipped weights are exactly what the training script fits on shippable text,
 * its features read structure (negation, the customer's own past action vs a plan, time units, tags, sarcasm),
 * and every signal it adds points at words of the message.
 */
import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { detectEffortSignals, explainEffortSignals } from '../../../lib/effort';
import { isWordClassFeature, messageFeatures } from '../../../lib/effort/learned/features';
import { loadPackedModel, packModel, scoreMessage, SHIPPED, unpackModel, vetoRuleFinds, type SignalModels } from '../../../lib/effort/learned/model';
import { wordClass } from '../../../lib/language/word-classes';
import { detectorExamples } from '../../../lib/effort/train/detector-examples';
import type { EffortSignal } from '../../../lib/effort/types';
import type { EffortSignalId } from '../../../lib/taxonomy';
import { vetoThresholds, type RuleFind } from '../../../lib/effort/train/veto';
import { deserializeModel, slotOf } from '../../../lib/learn';
import { chooseThresholds } from '../../../lib/effort/train/choose-thresholds';
import { batchFolds, batchNames, batchOf } from '../../../lib/effort/train/cross-validate';
import { corpusMissing, isShippable } from '../../../lib/effort/train/corpus';
import { inFrozenTest } from '../../../lib/effort/train/frozen-split';
import { OWN_CUSTOMER_FILE, ownMessages } from '../../../lib/effort/train/own-data';
import { fitSignalModel, shippableTraining, THRESHOLDS, VETO_BITS, VETO_THRESHOLDS } from '../../../lib/effort/train/train';

const keys = (text: string) => messageFeatures(text).map((f) => f.key);

describe('learned scorer', () => {
  test('the grouped CV leaves out each natural batch once, fits on everything else shippable, never tests another', (ctx) => {
    const missing = corpusMissing();
    if (missing) ctx.skip(missing);
    expect(batchOf('own-n1:042')).toBe('own-n1');
    expect(batchOf('own-c31a:007')).toBe('own-c31a');
    const names = batchNames();
    const shippable = new Set(shippableTraining().map((m) => m.id));
    const runs = batchFolds((train, test, batch) => {
      expect(test.length).toBeGreaterThan(0);
      for (const m of test) expect([m.natural, batchOf(m.id)], m.id).toEqual([true, batch]);
      for (const m of train) expect(shippable.has(m.id), m.id).toBe(true);
      expect(train.some((m) => m.natural && batchOf(m.id) === batch)).toBe(false);
      expect(train.length + test.length).toBe(shippable.size);
      return names.get(batch);
    });
    expect(runs.sort()).toEqual([17, 18, 19, 20, 22, 23, 24, 25, 26, 27, 28, 29, 30, 33, 34, 35, 36].map((n) => `rules-${n}`));
  });

  test('the shipped weights are what `npm run train:effort` fits, on shippable text outside the frozen split only', (ctx) => {
    const missing = corpusMissing();
    if (missing) ctx.skip(missing);
    const items = shippableTraining();
    const own = new Set(ownMessages().map((m) => m.id));
    for (const m of items) expect(own.has(m.id) || (isShippable(m.id) && !inFrozenTest(m.id)), m.id).toBe(true);
    expect(JSON.parse(JSON.stringify(fitSignalModel(items)))).toEqual(SHIPPED);
  }, 60_000);

  test('a signal’s threshold is where its cross-validated finds are most often right, above its must-not-match examples', () => {
    const find = (id: 'unresolved' | 'long-wait' | 'frustration' | 'repeat-contact', probability: number, right: boolean) => ({ id, probability, right });
    const finds = [find('unresolved', 0.9, true), find('unresolved', 0.6, true), find('unresolved', 0.4, false), find('long-wait', 0.8, true), find('long-wait', 0.85, true), find('long-wait', 0.5, false), find('frustration', 0.9, false), find('repeat-contact', 0.9, true)];
    const chosen = Object.fromEntries(chooseThresholds(finds, { 'long-wait': 0.6, transfer: 0.75 }).map((c) => [c.id, c.chosen]));
    expect(chosen.unresolved).toBe(0.45); // 2 right, 0 wrong from 0.45 to 0.60: the lowest
    expect(chosen['long-wait']).toBe(0.65); // 2 / 0 from 0.55, but a must-not-match example scores 0.6
    expect(chosen['repeat-contact']).toBeNull(); // right once: no evidence worth a model's weights (MIN_NET_RIGHT)
    expect(chosen.frustration).toBeNull(); // never more often right than wrong: no model
    expect(chosen['channel-switch']).toBe(0.7); // no find either way: the earlier 0.7 stands
    expect(chosen.transfer).toBeNull(); // … unless a must-not-match example scores above it
    expect(Object.keys(SHIPPED.models).sort()).toEqual(Object.keys(THRESHOLDS).sort());
  });

  test('finds on natural text count with the corpus’s, never where the corpus’s finds are more often wrong', () => {
    const find = (probability: number, right: boolean, natural: boolean) => ({ id: 'repeat-contact' as const, probability, right, natural });
    const finds = [find(0.9, true, true), find(0.9, true, true), find(0.5, true, true), find(0.5, true, true), find(0.5, false, false)];
    const chosen = Object.fromEntries(chooseThresholds(finds).map((c) => [c.id, c.chosen]));
    expect(chosen['repeat-contact']).toBe(0.55); // 4 right, 1 wrong at 0.50, but that 1 is the corpus's only find there
    expect(chosen['escalation-demand']).toBeNull(); // no find either way, and no earlier model: none
  });

  test('the shipped models load to the weights lib/learn would read from them', () => {
    for (const packed of Object.values(SHIPPED.models)) {
      const model = loadPackedModel(packed, SHIPPED.bits);
      expect(model).toEqual(deserializeModel(unpackModel(packed, SHIPPED.bits)));
      // a model that learned something either way (repeat contact, fit on natural text and the corpus only, has smaller weights)
      expect(model.weights.some((w) => w < -0.5) && model.weights.some((w) => w > 1)).toBe(true);
    }
  });

  test('the team’s own training messages are in the repo, each with its labels’ provenance', () => {
    const lines = fs.readFileSync(OWN_CUSTOMER_FILE, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { labels: string });
    expect(lines.length).toBeGreaterThanOrEqual(400);
    for (const l of lines) expect(['agreed', 'writer']).toContain(l.labels);
  });

  test('features read negation, the customer’s past action versus a plan, time units, tags, emoji and sarcasm', () => {
    expect(keys('It did not help')).toContain('neg:help');
    expect(keys('I called them')).toContain('i-past:called');
    expect(keys('I will call them tomorrow')).not.toContain('i-past');
    expect(keys('pushed back 3.5 hours')).toContain('num:hours');
    expect(keys('waiting #anhour')).toContain('tag:#anhour');
    expect(keys('late again 🙄')).toContain('emoji:neg');
    expect(keys('Five days late. Wonderful.')).toContain('sarcasm');
    expect(keys('@SkyvaleAir hello')).not.toContain('w:skyvaleair');
  });

  test('a word gives its class, so words used alike share a feature; a negated word and a word outside the table give none', () => {
    const twitter = `k:${wordClass('twitter')}`;
    expect(wordClass('twitter')).toBe(wordClass('facebook'));
    expect(keys('I messaged them on twitter')).toContain(twitter);
    expect(keys('I messaged them on facebook')).toContain(twitter);
    expect(keys('I messaged them on facebook')).not.toContain('w:twitter');
    expect(keys('It did help')).toContain(`k:${wordClass('help')}`);
    expect(keys('It did not help')).not.toContain(`k:${wordClass('help')}`);
    expect(keys('zzqxv').filter(isWordClassFeature)).toEqual([]);
    expect(keys('hello').filter(isWordClassFeature)).toHaveLength(1);
  });

  test('the veto models do not read word classes; the scorer does', () => {
    const text = 'I messaged them on twitter';
    const found: EffortSignal[] = [{ id: 'repeat-contact', start: 0, end: 11, match: 'I messaged ' }];
    const weighing = (key: string, bits: number) => packModel({ bits, bias: -3, slots: [slotOf(key, bits)], weights: [10] });
    const veto = (key: string): SignalModels => ({ bits: 13, models: {}, vetoes: { 'repeat-contact': { threshold: 0.5, ...weighing(key, 16) } }, vetoBits: 16 });
    expect(vetoRuleFinds(text, found, veto(`k:${wordClass('twitter')}`)).vetoed).toHaveLength(1); // the class weighs nothing there: bias alone
    expect(vetoRuleFinds(text, found, veto('w:twitter')).vetoed).toHaveLength(0);
    const scorer: SignalModels = { bits: 13, models: { 'channel-switch': { threshold: 0.5, ...weighing(`k:${wordClass('twitter')}`, 13) } } };
    expect(scoreMessage(messageFeatures(text), scorer)[0]!.probability).toBeGreaterThan(0.99);
  });

  test('every signal found points at words of the message (rules and scorer alike)', () => {
    for (const text of ['Doing well there, guys. Third weekend in a row the data dies.', 'flight pushed back 3.5 hours and counting #fail', 'Second guessing my next trip with you.']) {
      for (const s of detectEffortSignals(text)) {
        expect(text.slice(s.start, s.end)).toBe(s.match);
        expect(s.match.trim().length).toBeGreaterThan(1);
      }
    }
  });

  test('a veto drops every rule find of its signal when the message scores under the threshold, and only then', () => {
    const find = (id: EffortSignalId, start: number): EffortSignal => ({ id, start, end: start + 4, match: 'xxxx' });
    const found = [find('long-wait', 0), find('frustration', 5), find('long-wait', 10)];
    // a model with no weights scores every message its bias: 1 / (1 + e^3) ≈ 0.047
    const models = (bias: number): SignalModels => ({ bits: 13, models: {}, vetoes: { 'long-wait': { threshold: 0.35, bias, gaps: '', hundredths: '' } }, vetoBits: 16 });
    const under = vetoRuleFinds('', found, models(-3));
    expect(under.kept.map((s) => s.id)).toEqual(['frustration']);
    expect(under.vetoed.map((s) => [s.id, s.start, s.threshold])).toEqual([['long-wait', 0, 0.35], ['long-wait', 10, 0.35]]);
    expect(under.vetoed[0]!.probability).toBeCloseTo(0.047, 3);
    expect(vetoRuleFinds('', found, models(0))).toEqual({ kept: found, vetoed: [] }); // 0.5: stands
    expect(vetoRuleFinds('', found, { bits: 13, models: {} })).toEqual({ kept: found, vetoed: [] }); // no veto model
  });

  test('the shipped vetoes never drop a rule’s or a check’s must-match example', () => {
    expect(Object.keys(SHIPPED.vetoes ?? {}).sort()).toEqual(Object.keys(VETO_THRESHOLDS).sort());
    expect(SHIPPED.vetoBits).toBe(VETO_BITS);
    for (const [id, text] of detectorExamples('match')) expect(explainEffortSignals(text).vetoed.map((s) => s.id), text).not.toContain(id);
  });

  test('a veto threshold is kept only where it removes clearly more wrong finds than right, on the natural text and the corpus', () => {
    const find = (id: EffortSignalId, p: number, right: boolean, natural = true): RuleFind => ({ itemId: 'x', id, sources: [], right, natural, batch: natural ? 'own-n1' : null, p: { scorer: p, words: p, subset: p, 'subset+source': p, source: p, shipped: p } });
    const finds = [
      ...[0.1, 0.2, 0.3].map((p) => find('long-wait', p, false)),
      find('long-wait', 0.45, true),
      find('long-wait', 0.5, false),
      ...[0.1, 0.2].map((p) => find('escalation-demand', p, false)),
      find('escalation-demand', 0.15, true, false), // a right corpus find among them
      find('unresolved', 0.1, false),
      find('frustration', 0.1, false),
      find('frustration', 0.2, false),
    ];
    const chosen = Object.fromEntries(vetoThresholds(finds, 'shipped', { frustration: 0.15 }).map((c) => [c.id, c.chosen]));
    expect(chosen['long-wait']).toBe(0.35); // 3 wrong, 0 right; 4 wrong and 1 right at 0.55 is no more: the lowest on a tie
    expect(chosen['escalation-demand']).toBeNull(); // it would veto the corpus's right find first
    expect(chosen.unresolved).toBeNull(); // one wrong find is no evidence (MIN_NET_REMOVED)
    expect(chosen.frustration).toBeNull(); // a must-match example scores 0.15
  });
});
