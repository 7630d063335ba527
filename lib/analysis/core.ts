/**
 * The engine as the content script ships it: rules, context and templates, with the learned judge and the sentence
 * rewriter passed in as options once they are loaded (judge.js, off the hot path). Everything else uses
 * lib/analysis, which always rewrites the agent's own sentence.
 */
export { analyzeReply } from './analyze';
