/** The sentence reader: grammar of English support text, pure TS (no DOM), shared by every analysis. */
export { readSentence, readSentences, type Clause, type Mood, type Sentence, type Subject, type Tense } from './read';
export { tagTokens, verbBase, type Token, type VerbForm } from './tag';
export { tokenize, type RawToken } from './tokenize';
export type { Pos } from './lexicon';
