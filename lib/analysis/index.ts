/** The wording engine: pure TypeScript, no DOM or browser API. */
export { analyzeReply, RULES } from './analyze';
export { warmUp } from './warm-up';
export { playbookSchema, ruleSpecSchema, parseRules } from './rule-schema';
export type { Rule, RuleSpec, SuggestionTemplate } from './rule-schema';
export type { AnalysisResult, AnalyzeOptions, Flag, Playbook, PlaybookPhrase, Suggestion } from './types';
