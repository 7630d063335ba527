/** A sentence of a message, with where it starts in the text it was cut from. */
export interface ListedSentence {
  text: string;
  start: number;
}

/**
 * The readers' view of a message: the sentences `pattern` (a global expression, one match a sentence) cuts from
 * `text`, blank ones left out, at most `max` — the cap keeps a hostile wall of full stops from costing the reader
 * more than a long message would.
 */
export function listSentences(text: string, pattern: RegExp, max: number): ListedSentence[] {
  const list: ListedSentence[] = [];
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (list.length < max && (m = pattern.exec(text)) !== null) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    if (/\w/.test(m[0])) list.push({ text: m[0], start: m.index });
  }
  return list;
}

/**
 * Sentences up to their end marks, a full stop before a digit kept inside ("version 4.12", "£3.50"), at most 400
 * characters each: the assurance, fix-count and same-fault readers' cut.
 */
export const DECIMAL_SAFE_SENTENCE = /(?:[^.!?\n]|\.(?=\d)){1,400}[.!?\n]*/g;

/**
 * Sentences up to a run of end marks before a space (not "8.8.8.8", "{$0.00}"), or a line break: the frustration and
 * sarcasm readers' cut.
 */
export const MARKED_SENTENCE = /[^\n]*?(?:[.!?]+(?=\s|$)|\n|$)/g;

/** The sentences `pattern` cuts from `text`, trimmed, blank ones left out, each with where its trimmed text starts; at most `max`. */
export function trimmedSentences(text: string, pattern: RegExp = MARKED_SENTENCE, max = Infinity): ListedSentence[] {
  const list: ListedSentence[] = [];
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (list.length < max && (m = pattern.exec(text)) !== null) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const trimmed = m[0].trim();
    if (trimmed.length > 0) list.push({ text: trimmed, start: m.index + m[0].indexOf(trimmed) });
  }
  return list;
}
