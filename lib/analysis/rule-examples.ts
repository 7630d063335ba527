/**
 * The shape of a rule file's examples table, checked with zod by the tests (tests/unit/analysis/rules.test.ts).
 *
 * Each file in rules/ exports its rules and, below them, `examples`: a table keyed by rule id. The engine never
 * imports this module or the tables (rule files import only the type, which TypeScript erases), so neither the
 * examples nor this schema reach the content script.
 */
import * as z from 'zod/mini';

const example = z.string().check(z.minLength(1, 'must not be empty'));

/** Whole replies: each `match` must get a flag from the rule, each `allow` must not. */
export const examplesSchema = z.object({
  match: z.array(example).check(z.minLength(2, 'at least 2 examples')),
  allow: z.array(example).check(z.minLength(2, 'at least 2 examples')),
});

/** One rule file's examples, keyed by the id of a rule in that file. */
export const ruleExamplesSchema = z.record(z.string().check(z.regex(/^[a-z][a-z0-9-]*$/, 'rule ids are kebab-case')), examplesSchema);

export type Examples = z.output<typeof examplesSchema>;
export type RuleExamples = z.input<typeof ruleExamplesSchema>;
