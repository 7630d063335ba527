import { expect, test } from 'vitest';
import { ruleLabel } from '../../../components/common/labels';
import { RULES } from '../../../lib/analysis';

test('every built-in rule has a name a lead reads, distinct from the others; playbook rules read as their phrase', () => {
  const names = RULES.map((r) => ruleLabel(r.id));
  for (const [i, name] of names.entries()) expect(name, RULES[i]!.id).not.toBe(RULES[i]!.id);
  expect(new Set(names).size).toBe(names.length);
  expect(ruleLabel('blame-should-have')).toBe('“You should have…” lecture');
  expect(ruleLabel('playbook:per-my-last-email')).toBe('Team playbook: “per my last email”');
  expect(ruleLabel('some-future-rule')).toBe('some-future-rule');
});
