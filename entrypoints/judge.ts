/**
 * The learned judge (weights + sentence reader), built as its own file: too big for the content script's budget,
 * it is imported by the content script on the first analysis (lib/coach/judge-loader.ts) and hands itself over
 * through the content script's global scope (the isolated world, not the page's).
 */
import { shippedJudge } from '../lib/analysis/judge';
import { JUDGE_GLOBAL } from '../lib/coach/judge-loader';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[JUDGE_GLOBAL] = shippedJudge();
});
