/**
 * The shape of a signal rule file's examples table, checked with zod by the tests (tests/unit/effort/rules.test.ts).
 *
 * Each file in rules/ exports its rule and, below it, `examples`: a table keyed by signal id. The detector never
 * imports this module or the tables (rule files import only the type, which TypeScript erases), so neither the
 * examples nor this schema reach the content script. Same layout as the wording engine's (lib/analysis/rule-examples.ts);
 * the tables differ in their second key (`noMatch`, not `allow`) and in the counts (3 + 2, not 2 + 2).
 */
import * as z from 'zod/mini';

const example = z.string().check(z.minLength(1, 'must not be empty'));

/** Customer messages: each `match` must show the signal, each `noMatch` must not. */
export const examplesSchema = z.strictObject({
  match: z.array(example).check(z.minLength(3, 'at least 3 examples')),
  noMatch: z.array(example).check(z.minLength(2, 'at least 2 examples')),
});

/** One rule file's examples, keyed by the id of the signal its rule detects. */
export const ruleExamplesSchema = z.record(z.string().check(z.regex(/^[a-z][a-z0-9-]*$/, 'signal ids are kebab-case')), examplesSchema);

export type Examples = z.output<typeof examplesSchema>;
export type RuleExamples = z.input<typeof ruleExamplesSchema>;
