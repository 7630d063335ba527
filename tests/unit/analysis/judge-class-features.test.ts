/**
 * Word classes as judge features (lib/analysis/judge/class-features.ts): each class is tied to its word's role in the
 * clause, so a word never seen in training is weighed by its class; only the roles listed carry one.
 */
import { describe, expect, test } from 'vitest';
import { readSentences } from '../../../lib/language';
import { wordClass } from '../../../lib/language/word-classes';
import { isClassFeature, READS_CLASSES, sentenceClasses } from '../../../lib/analysis/judge/class-features';
import { readReply, vectorFor } from '../../../lib/analysis/judge/features';

const classesOf = (text: string) => readSentences(text).flatMap(sentenceClasses);
const k = (word: string) => {
  const c = wordClass(word);
  if (c === undefined) throw new Error(`"${word}" is not in the class table`);
  return c;
};

describe('class features by role', () => {
  test("an instruction's verb, its object and the pair", () => {
    const f = classesOf('Please update the app.');
    expect(f).toContain(`cv:imp:${k('update')}`);
    expect(f).toContain(`co:imp:${k('app')}`);
    expect(f).toContain(`cv:pair:${k('update')}:${k('app')}`);
  });

  test('each instruction of a sentence', () => {
    expect(classesOf('Open the menu and restart it.')).toEqual(expect.arrayContaining([`cv:imp:${k('open')}`, `cv:imp:${k('restart')}`]));
  });

  test("the customer as subject, and negated; also inside \"I'm guessing …\"", () => {
    expect(classesOf('You skipped the step.')).toContain(`cv:you:${k('skipped')}`);
    expect(classesOf("You didn't enable backup.")).toContain(`cv:you-neg:${k('enable')}`);
    expect(classesOf("I'm guessing you didn't enable backup.")).toContain(`cv:you-neg:${k('enable')}`);
  });

  test('a first-person act, not when negated', () => {
    expect(classesOf('We will replace it tomorrow.')).toContain(`cv:we:${k('replace')}`);
    expect(classesOf("We can't replace it.").filter((f) => f.startsWith('cv:we:'))).toEqual([]);
  });

  test("no role: a question to the customer, the customer's thing as subject, a word outside the table", () => {
    expect(classesOf('Did you restart it?')).toEqual([]);
    expect(classesOf('Your card was declined.')).toEqual([]);
    expect(classesOf('Zorblify the quux.')).toEqual([]);
  });

  test('each feature once per sentence', () => {
    const f = classesOf('Restart it and restart it again.');
    expect(new Set(f).size).toBe(f.length);
  });
});

describe('which model reads which classes', () => {
  test("the apology model reads only an instruction's classes; the blame model all", () => {
    expect(READS_CLASSES['apology-without-help'](`cv:imp:${k('update')}`)).toBe(true);
    expect(READS_CLASSES['apology-without-help'](`co:imp:${k('app')}`)).toBe(true);
    expect(READS_CLASSES['apology-without-help'](`cv:you:${k('skipped')}`)).toBe(false);
    expect(READS_CLASSES['apology-without-help'](`cv:we:${k('replace')}`)).toBe(false);
    expect(READS_CLASSES['customer-blame'](`cv:you:${k('skipped')}`)).toBe(true);
  });

  test('the reply reading carries the classes and the vectors weigh them', () => {
    const reading = readReply('Sorry about that. You skipped the step.', []);
    const classes = reading.features.filter(isClassFeature);
    expect(classes).toContain(`cv:you:${k('skipped')}`);
    const without = readReply('Sorry about that.', []);
    const n = (text: ReturnType<typeof readReply>, c: 'apology-without-help' | 'customer-blame') => vectorFor(text.features, c, 15).index.length;
    // the customer-subject class adds to the blame vector, not to the apology one (beyond what the words and signals add)
    const blame = vectorFor(reading.features, 'customer-blame', 15);
    const apology = vectorFor(reading.features, 'apology-without-help', 15);
    const dropClasses = reading.features.filter((f) => !isClassFeature(f));
    expect(blame.index.length).toBeGreaterThan(vectorFor(dropClasses, 'customer-blame', 15).index.length);
    expect(apology.index.length).toBe(vectorFor(dropClasses, 'apology-without-help', 15).index.length);
    expect(n(reading, 'customer-blame')).toBeGreaterThan(n(without, 'customer-blame'));
  });
});
