/** The wording engine's examples tables (see ../rule-examples.ts): at least 2 replies to flag and 2 to leave alone. */
import { examplesSchemas } from '../rule-examples';

export const { examplesSchema, ruleExamplesSchema } = examplesSchemas({ match: 2, allow: 2 });
export type { Examples, RuleExamples } from '../rule-examples';
