/**
 * Every example the detector's tests run, as [signal, message]: the rule files' and the checks' must-match (`match`)
 * or must-not-match (`allow`) messages. The threshold choosers keep the scorer above the one and the vetoes under the
 * other. For training and measuring only: it imports the rule files' example tables.
 */
import type { EffortSignalId } from '../../taxonomy';
import { CHECK_EXAMPLES } from '../check-examples';
import { RULE_FILES } from '../rules/examples';

export function detectorExamples(kind: 'match' | 'allow'): [EffortSignalId, string][] {
  const tables = [
    ...RULE_FILES.flatMap(({ examples }) => Object.entries(examples) as [EffortSignalId, { match: string[]; allow: string[] }][]),
    ...Object.values(CHECK_EXAMPLES).map(({ id, match, allow }) => [id, { match, allow }] as [EffortSignalId, { match: string[]; allow: string[] }]),
  ];
  return tables.flatMap(([id, examples]) => examples[kind].map((text): [EffortSignalId, string] => [id, text]));
}
