/**
 * What the learned judge sees of a reply: its grammar signals (signals.ts, read clause by clause with
 * lib/language), its words (unigrams), and which rules flagged it and in which category. Feature names are
 * readable strings; lib/learn hashes them. Chosen by cross-validation on the corpus's tuning side (see
 * lib/analysis/train/REPORT.json): bigrams and raw per-clause structure overfit our own writing.
 */
import { readSentences, type Sentence } from '../../language';
import { ngrams, wordTokens } from '../../learn';
import { blankQuoted } from '../../text/quotes';
import { foldTypography } from '../../text/normalize';
import { replySignals } from './signals';

/** The text the judge reads: typography folded, quoted history blanked (offsets kept). */
export const judgedText = (text: string) => blankQuoted(foldTypography(text));

export interface ReplyReading {
  features: string[];
  sentences: Sentence[];
}

/** What the rules found, as features: "rule:blame-fault", "cat:customer-blame". */
export function ruleFeatures(found: readonly { rule: string; category: string }[]): string[] {
  return found.flatMap((f) => [`rule:${f.rule}`, `cat:${f.category}`]);
}

export function readReply(text: string, found: readonly { rule: string; category: string }[]): ReplyReading {
  const prepared = judgedText(text);
  const sentences = readSentences(prepared);
  const features = ['bias', ...replySignals(sentences), ...ngrams(wordTokens(prepared), 1), ...ruleFeatures(found)];
  return { features, sentences };
}

/** Features of one sentence alone (no rule features), to find the sentence that carries a problem. */
export function sentenceFeatures(s: Sentence): string[] {
  return ['bias', ...replySignals([s]), ...ngrams(wordTokens(s.text), 1)];
}
