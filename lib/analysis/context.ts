/**
 * Whole-reply judgment: does the reply give the customer concrete help? Computed lazily, once per reply, only
 * when an apology-category candidate needs it. It runs sentence by sentence (help never spans sentences), stops
 * at the first hit and remembers sentences it has already judged, so repetitive hostile text stays linear.
 */
import { STRONG_HELP, WEAK_HELP } from './help-signals';
import type { Sentences } from './sentences';

const STRONG = new RegExp(STRONG_HELP.join('|'), 'im');
const WEAK = new RegExp(WEAK_HELP.join('|'), 'im');

export interface ReplyJudgment {
  /** An action, commitment, alternative or request for details: enough even after a refusal. */
  readonly strongHelp: boolean;
  /** Strong help, or instructions / steps / a diagnostic question. */
  readonly anyHelp: boolean;
}

function anySentence(text: string, sentences: Sentences, re: RegExp): boolean {
  const seen = new Set<string>();
  for (let k = 0; k < sentences.count; k++) {
    const sentence = text.slice(sentences.starts[k]!, sentences.ends[k]!);
    if (seen.has(sentence)) continue;
    seen.add(sentence);
    if (re.test(sentence)) return true;
  }
  return false;
}

export function judgeReply(text: string, sentences: Sentences): ReplyJudgment {
  let strong: boolean | undefined;
  let any: boolean | undefined;
  return {
    get strongHelp() {
      strong ??= anySentence(text, sentences, STRONG);
      return strong;
    },
    get anyHelp() {
      any ??= this.strongHelp || anySentence(text, sentences, WEAK);
      return any;
    },
  };
}
