/**
 * Loads the language pack off the hot path: the learned judge and the sentence rewriter (with the sentence reader
 * they share) are too big for the content script's budget. (The effort detector is in neither: the background
 * worker runs it, lib/background/effort-scorer.ts.) The content script analyses with the rules and their
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
  /** Starts loading; resolves with the pack, or with nothing once it failed or `timeoutMs` passed. */
  ready(timeoutMs: number): Promise<LanguagePack | undefined>;
}

export function createJudgeLoader(
  onReady: (pack: LanguagePack) => void,
  load: () => Promise<unknown> = () => import(/* @vite-ignore */ browser.runtime.getURL(JUDGE_FILE)),
): JudgeLoader {
  let pack: LanguagePack | undefined;
  let loading: Promise<LanguagePack | undefined> | undefined;
  const start = () =>
    (loading ??= load()
      .then(() => {
        const found = (globalThis as Record<string, unknown>)[JUDGE_GLOBAL] as Partial<LanguagePack> | undefined;
        if (typeof found?.judge?.decide !== 'function' || typeof found.rewrite !== 'function') {
          throw new Error(`${JUDGE_FILE} did not provide the language pack`);
        }
        pack = found as LanguagePack;
        onReady(pack);
        return pack;
      })
      .catch((error) => {
        report('judge', error);
        return undefined;
      }));
  return {
    get() {
      void start();
      return pack;
    },
    ready(timeoutMs) {
      return Promise.race([start(), new Promise<undefined>((resolve) => setTimeout(resolve, timeoutMs))]);
    },
  };
}
