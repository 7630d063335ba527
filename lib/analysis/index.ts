/** The wording engine: pure TypeScript, no DOM or browser API. */
import { analyzeReply as analyzeWithOptions } from './analyze';
import { rewriteSentence } from './rewrite/rewrite';
import type { AnalysisResult, AnalyzeOptions } from './types';

export { RULES } from './analyze';
/** The whole engine: the agent's own sentence reshaped first (rewrite/), unless the options bring another rewriter. */
export function analyzeReply(text: string, opts: AnalyzeOptions = {}): AnalysisResult {
  return analyzeWithOptions(text, { rewrite: rewriteSentence, ...opts });
}
export { warmUp } from './warm-up';
export { playbookSchema, ruleSpecSchema, parseRules } from './rule-schema';
export type { Rule, RuleSpec, SuggestionTemplate } from './rule-schema';
export type { AnalysisResult, AnalyzeOptions, Flag, Playbook, PlaybookPhrase, Suggestion } from './types';
