/**
 * Whole-reply judgment: does the reply give the customer concrete help? Computed lazily, once per reply, only
 * when an apology-category candidate needs it.
 */
import { STRONG_HELP, WEAK_HELP } from './help-signals';

const STRONG = new RegExp(STRONG_HELP.join('|'), 'im');
const WEAK = new RegExp(WEAK_HELP.join('|'), 'im');

export interface ReplyJudgment {
  /** An action, commitment, alternative or request for details: enough even after a refusal. */
  readonly strongHelp: boolean;
  /** Strong help, or instructions / steps / a diagnostic question. */
  readonly anyHelp: boolean;
}

export function judgeReply(text: string): ReplyJudgment {
  let strong: boolean | undefined;
  let any: boolean | undefined;
  return {
    get strongHelp() {
      strong ??= STRONG.test(text);
      return strong;
    },
    get anyHelp() {
      any ??= this.strongHelp || WEAK.test(text);
      return any;
    },
  };
}
