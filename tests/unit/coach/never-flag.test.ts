import { expect, test } from 'vitest';
import { choiceFor, NeverFlagged, withChoice, withoutChoice } from '../../../lib/coach/never-flag';

const flag = { rule: 'apology-refusal', match: "Sorry,  but there’s nothing I can do" };
const empty = { dismissedRules: [], dismissedPhrases: [] };

test('a phrase is kept as its words, folded; a rule as its id', () => {
  expect(choiceFor(flag, 'phrase')).toEqual({ scope: 'phrase', value: "sorry, but there's nothing i can do" });
  expect(choiceFor(flag, 'rule')).toEqual({ scope: 'rule', value: 'apology-refusal' });
});

test('the patches add a choice once and take it back, leaving the other list alone', () => {
  const phrase = choiceFor(flag, 'phrase');
  const added = { ...empty, ...withChoice(empty, phrase) };
  expect(added).toEqual({ dismissedRules: [], dismissedPhrases: [phrase.value] });
  expect(withChoice(added, phrase)).toEqual({ dismissedPhrases: [phrase.value] });
  expect(withoutChoice(added, phrase)).toEqual({ dismissedPhrases: [] });
  expect(withChoice(added, choiceFor(flag, 'rule'))).toEqual({ dismissedRules: ['apology-refusal'] });
});

test('a never-flagged phrase hides those words under any spelling, not the rule\'s other words', () => {
  const never = new NeverFlagged(empty);
  expect(never.has(flag)).toBe(false);
  never.add(choiceFor(flag, 'phrase'));
  expect(never.has({ rule: 'apology-refusal', match: "SORRY, but there's nothing I can do" })).toBe(true);
  expect(never.has({ rule: 'apology-refusal', match: 'Unfortunately we cannot help' })).toBe(false);
  never.add(choiceFor(flag, 'rule'));
  expect(never.has({ rule: 'apology-refusal', match: 'Unfortunately we cannot help' })).toBe(true);
  never.remove(choiceFor(flag, 'rule'));
  never.sync(empty);
  expect(never.has(flag)).toBe(false);
});
