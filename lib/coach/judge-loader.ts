/**
 * Loads the language pack off the hot path: the learned judge and the sentence rewriter (with the sentence reader
 * they share) are too big for the content script's budget. The content script analyses with the rules and their
 * templates at once, asks for judge.js (an extension file, entrypoints/judge.ts) on its first analysis, and
 * re-analyses when it is there. A failed load is reported once and coaching carries on with the rules.
 */
import { browser } from 'wxt/browser';
import type { ReplyJudge } from '../analysis/judge/judge';
import type { SentenceRewriter } from '../analysis/types';
import { report } from '../report';

export const JUDGE_GLOBAL = '__agentAssistJudge';
export const JUDGE_FILE = '/judge.js';

/** What judge.js hands over through the content script's global scope (the isolated world, not the page's). */
export interface LanguagePack {
  judge: ReplyJudge;
  rewrite: SentenceRewriter;
}

export interface JudgeLoader {
  /** The pack if loaded; the first call starts loading it. */
  get(): LanguagePack | undefined;
}

export function createJudgeLoader(
  onReady: (pack: LanguagePack) => void,
  load: () => Promise<unknown> = () => import(/* @vite-ignore */ browser.runtime.getURL(JUDGE_FILE)),
): JudgeLoader {
  let pack: LanguagePack | undefined;
  let started = false;
  return {
    get() {
      if (!started) {
        started = true;
        load()
          .then(() => {
            const found = (globalThis as Record<string, unknown>)[JUDGE_GLOBAL] as Partial<LanguagePack> | undefined;
            if (typeof found?.judge?.decide !== 'function' || typeof found.rewrite !== 'function') throw new Error(`${JUDGE_FILE} did not provide the judge and the rewriter`);
            pack = found as LanguagePack;
            onReady(pack);
          })
          .catch((error) => report('judge', error));
      }
      return pack;
    },
  };
}
