/**
 * Loads the learned judge off the hot path: the content script analyses with the rules alone at once, asks for
 * judge.js (an extension file, entrypoints/judge.ts) on its first analysis, and re-analyses when it is there.
 * A failed load is reported once and coaching carries on with the rules.
 */
import { browser } from 'wxt/browser';
import type { ReplyJudge } from '../analysis/judge/judge';
import { report } from '../highlight/guard';

export const JUDGE_GLOBAL = '__agentAssistJudge';
export const JUDGE_FILE = '/judge.js';

export interface JudgeLoader {
  /** The judge if loaded; the first call starts loading it. */
  get(): ReplyJudge | undefined;
}

export function createJudgeLoader(
  onReady: (judge: ReplyJudge) => void,
  load: () => Promise<unknown> = () => import(/* @vite-ignore */ browser.runtime.getURL(JUDGE_FILE)),
): JudgeLoader {
  let judge: ReplyJudge | undefined;
  let started = false;
  return {
    get() {
      if (!started) {
        started = true;
        load()
          .then(() => {
            const found = (globalThis as Record<string, unknown>)[JUDGE_GLOBAL] as ReplyJudge | undefined;
            if (!found || typeof found.decide !== 'function') throw new Error(`${JUDGE_FILE} did not provide the judge`);
            judge = found;
            onReady(found);
          })
          .catch((error) => report('judge', error));
      }
      return judge;
    },
  };
}
