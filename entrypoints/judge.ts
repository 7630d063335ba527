/**
 * The language pack (the learned judge, the sentence rewriter and the sentence reader they share), built as its own
 * file: too big for the content script's budget, it is imported by the content script on the first analysis
 * (lib/coach/judge-loader.ts) and hands itself over through the content script's global scope (the isolated world,
 * not the page's). The effort detector is not in it: the background worker scores a ticket's effort
 * (lib/background/effort-scorer.ts), so a helpdesk tab never loads or compiles it.
 */
import { shippedJudge } from '../lib/analysis/judge';
import { rewriteSentence } from '../lib/analysis/rewrite/rewrite';
import { JUDGE_GLOBAL, type LanguagePack } from '../lib/coach/judge-loader';

export default defineUnlistedScript(() => {
  const pack: LanguagePack = {
    judge: shippedJudge(),
    rewrite: rewriteSentence,
  };
  (globalThis as Record<string, unknown>)[JUDGE_GLOBAL] = pack;
});
