import { expect, test } from 'vitest';
import { ruleLabel } from '../../../components/common/labels';
import { RULES as RULE_LIST } from '../../../lib/analysis';
import { parseRules } from '../../../lib/analysis/rule-schema';
import { JUDGED_RULE_SPECS } from '../../../lib/analysis/judge/judged-rules';

/** The rules' and the learned judge's own rules. */
const RULES = [...RULE_LIST, ...parseRules(JUDGED_RULE_SPECS)];

test('every built-in rule (and the judge\'s) has a name a lead reads, distinct from the others; playbook rules read as their phrase', () => {
  const names = RULES.map((r) => ruleLabel(r.id));
  for (const [i, name] of names.entries()) expect(name, RULES[i]!.id).not.toBe(RULES[i]!.id);
  expect(new Set(names).size).toBe(names.length);
  expect(ruleLabel('blame-should-have')).toBe('“You should have…” lecture');
  expect(ruleLabel('playbook:per-my-last-email')).toBe('Team playbook: “per my last email”');
  expect(ruleLabel('some-future-rule')).toBe('some-future-rule');
});
