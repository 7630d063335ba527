/**
 * What the learned judge sees of a reply: its grammar signals (signals.ts, read clause by clause with
 * lib/language), its words (unigrams), and which rules flagged it and in which category. Feature names are
 * readable strings; lib/learn hashes them. Chosen by cross-validation on the corpus's tuning side (see
 * lib/analysis/train/REPORT.json): bigrams and raw per-clause structure overfit our own writing.
 *
 * A reply is read sentence by sentence and each sentence's reading is kept by its text, so re-judging a long
 * draft after an edit reads only the sentences the edit touched. Training reads replies the same way.
 */
import { splitSentences } from '../sentences';
import { readSentence, type Sentence } from '../../language';
import { vectorize, wordTokens, type SparseVector } from '../../learn';
import { blankQuoted } from '../../text/quotes';
import { foldTypography } from '../../text/normalize';
import { combineSignals, sentenceSignals } from './signals';
import type { ReplyCategory } from '../../taxonomy';

/**
 * Which categories weigh the reply's words as well as its grammar signals and rule hits. Chosen by 5-fold
 * cross-validation on the corpus's tuning side (lib/analysis/train/REPORT.json): words carry blame ("simply",
 * "clearly", "again") that no clause shape does, but for apologies they learn our own writing's wording rather
 * than whether help is there, and the signals alone judge better.
 */
export const READS_WORDS: Readonly<Record<ReplyCategory, boolean>> = {
  'apology-without-help': false,
  'customer-blame': true,
};

/**
 * The help shapes and limits of signals.ts `helpShapes` ("help:timed", "limit:ours", and their "after-apology:" forms)
 * tell an apology's help apart; the blame model does not read them.
 */
const APOLOGY_ONLY = /^(?:after-apology:)?(?:help|limit):/;
const READS_APOLOGY_ONLY: Readonly<Record<ReplyCategory, boolean>> = {
  'apology-without-help': true,
  'customer-blame': false,
};

/** The features category `c`'s model reads of a reply's (or a sentence's) features. */
export const featuresFor = (features: readonly string[], c: ReplyCategory): readonly string[] =>
  features.filter((f) => (READS_WORDS[c] || !f.startsWith('w1:')) && (READS_APOLOGY_ONLY[c] || !APOLOGY_ONLY.test(f)));

/**
 * What a word counts in the vector (grammar signals and rule hits count 1). Under the same L2 penalty a word at 0.5
 * needs a larger weight to move the score, so the blame model leans on structure and on words only where they carry
 * across many replies. First chosen by 5-fold CV on the corpus outside the frozen split (blame 0.957 / 0.882 at 1.0,
 * 0.939 / 0.902 at 0.6, 0.920 / 0.902 at 0.5, under the old grid pick). Lowered 0.6 → 0.5 in issue 11's thirteenth
 * pass, with calibrated thresholds: live-chat replies with no blame in them ("ok one sec", "cancellation is free up
 * to 24h before check-in") sat at blame p 0.64–0.69 on word weights alone ("ok" +0.62, "night" +0.67); at 0.5 CV is
 * unchanged (0.979 / 0.922) and r27-fit gains a find and loses a false flag (see PASSES.md).
 */
const WORD_VALUE = 0.5;

/** The vector category `c`'s model reads of a reply's features. */
export function vectorFor(features: readonly string[], c: ReplyCategory, bits: number): SparseVector {
  const f = featuresFor(features, c);
  const words = new Map<string, number>();
  for (const w of f) if (w.startsWith('w1:')) words.set(w, WORD_VALUE);
  return vectorize(f.filter((w) => !w.startsWith('w1:')), bits, words);
}

/** The text the judge reads: typography folded, quoted history blanked (offsets kept). */
export const judgedText = (text: string) => blankQuoted(foldTypography(text));

/** What the judge keeps of one sentence: its signals and its distinct words as features. */
interface SentencePiece {
  signals: string[];
  words: string[];
}

const MAX_CACHED = 4000;
const pieces = new Map<string, SentencePiece>();

/** Forgets every kept sentence reading (benchmarks of a first, full read). */
export function forgetReadings(): void {
  pieces.clear();
}

function pieceOf(prepared: string, start: number, end: number): SentencePiece {
  const key = prepared.slice(start, end);
  let piece = pieces.get(key);
  if (!piece) {
    piece = {
      signals: sentenceSignals(readSentence(prepared, start, end)),
      words: [...new Set(wordTokens(key))].map((w) => `w1:${w}`),
    };
    if (pieces.size >= MAX_CACHED) pieces.clear();
    pieces.set(key, piece);
  }
  return piece;
}

export interface ReplyReading {
  features: string[];
  /** Each sentence's span in the prepared text and what the judge read of it. */
  sentences: { start: number; end: number; piece: SentencePiece }[];
  prepared: string;
}

/** What the rules found, as features: "rule:blame-fault", "cat:customer-blame". */
export function ruleFeatures(found: readonly { rule: string; category: string }[]): string[] {
  return found.flatMap((f) => [`rule:${f.rule}`, `cat:${f.category}`]);
}

export function readReply(text: string, found: readonly { rule: string; category: string }[]): ReplyReading {
  const prepared = judgedText(text);
  const split = splitSentences(prepared);
  const read: SentencePiece[] = [];
  const sentences: ReplyReading['sentences'] = [];
  for (let k = 0; k < split.count; k++) {
    const start = split.starts[k]!;
    const end = split.ends[k]!;
    const piece = pieceOf(prepared, start, end);
    read.push(piece);
    sentences.push({ start, end, piece });
  }
  const words = new Set<string>();
  for (const p of read) for (const w of p.words) words.add(w);
  const features = ['bias', ...combineSignals(read.map((p) => p.signals)), ...words, ...ruleFeatures(found)];
  return { features, sentences, prepared };
}

/** The features of sentence `k` alone (to find the one carrying a problem): its signals and words, no rules. */
export function sentenceFeatures(reading: ReplyReading, k: number): string[] {
  const { piece } = reading.sentences[k]!;
  return ['bias', ...combineSignals([piece.signals]), ...piece.words];
}

/** The full reading of one sentence of a reply (for placing a flag in it). */
export const sentenceAt = (reading: ReplyReading, k: number): Sentence | undefined => {
  const s = reading.sentences[k];
  return s && readSentence(reading.prepared, s.start, s.end);
};
