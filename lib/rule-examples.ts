/**
 * The shape of a rule file's examples table — the wording engine's and the effort detector's alike — checked with
 * zod by the tests. Each rule file exports its rules and, below them, `examples`: a table keyed by rule id, with
 * texts each rule must `match` and texts it must `allow` (leave alone). Rule files import only the types, which
 * TypeScript erases, so neither the examples nor these schemas reach the content script.
 */
import * as z from 'zod/mini';

const example = z.string().check(z.minLength(1, 'must not be empty'));
const plural = (n: number) => `at least ${n} example${n === 1 ? '' : 's'}`;

/** The schemas for one engine's tables, with the least number of examples each side needs. */
export function examplesSchemas(least: { match: number; allow: number }) {
  const examplesSchema = z.strictObject({
    match: z.array(example).check(z.minLength(least.match, plural(least.match))),
    allow: z.array(example).check(z.minLength(least.allow, plural(least.allow))),
  });
  const ruleExamplesSchema = z.record(z.string().check(z.regex(/^[a-z][a-z0-9-]*$/, 'rule ids are kebab-case')), examplesSchema);
  return { examplesSchema, ruleExamplesSchema };
}

export interface Examples {
  match: string[];
  allow: string[];
}
export type RuleExamples = Record<string, Examples>;
