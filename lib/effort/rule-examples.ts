/** The effort detector's examples tables (see ../rule-examples.ts): at least 3 customer messages that show the signal, 2 that don't. */
import { examplesSchemas } from '../rule-examples';

export const { examplesSchema, ruleExamplesSchema } = examplesSchemas({ match: 3, allow: 2 });
export type { Examples, RuleExamples } from '../rule-examples';
