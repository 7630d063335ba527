/**
 * After a rewrite is applied, its blanks ("[order number]", "[when]") are the words only the agent can know:
 * the first is selected so the agent types straight over it, and Tab moves to the next one — only while blanks
 * of that applied rewrite remain; after the last, Tab does what it always does. One walker per draft: applying
 * another suggestion, or the draft going away, ends the previous one.
 *
 * Hook point: DraftSession.apply calls `selectBlanks` after a successful replace and keeps the returned stop.
 */
import type { HighlightTarget } from '../highlight/target';
import { selectRange } from '../highlight/replace';
import { extractText, rangeFor } from '../highlight/text-map';

export const BLANK = /\[[^\][\n]{1,80}\]/g;

/** [start, end) of each blank in `text` between `from` and `to`. */
export function blanksIn(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  BLANK.lastIndex = from;
  for (let m = BLANK.exec(text); m && m.index + m[0].length <= to; m = BLANK.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Selects text[start, end) of the editor, as the agent would with the mouse. */
export function selectInEditor(target: HighlightTarget, start: number, end: number): boolean {
  const el = target.element;
  // By kind, not instanceof: Firefox's content-script wrappers make page constructors unreliable.
  if (target.kind === 'textarea') {
    const ta = el as HTMLTextAreaElement;
    ta.focus();
    ta.setSelectionRange(start, end);
    return true;
  }
  const range = rangeFor(extractText(el), start, end);
  if (!range) return false;
  selectRange(el, range);
  return true;
}

/** What selectBlanks returns for a rewrite without blanks. */
export const NO_BLANKS = () => {};

/**
 * Selects the first blank of `text`, just inserted at `at`, and lets Tab walk the others. Returns the function that
 * stops listening (a no-op when the rewrite has no blank).
 */
export function selectBlanks(target: HighlightTarget, at: number, text: string): () => void {
  const own = blanksIn(text, 0, text.length);
  if (own.length === 0) return NO_BLANKS;
  const lengthAfter = target.readText().length;
  let last = at + own[0]![0];
  selectInEditor(target, last, at + own[0]![1]);
  const el = target.element;
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Tab' || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey || e.isComposing) return;
    const now = target.readText();
    // The rewrite's span has grown or shrunk by what the agent typed since.
    const end = at + text.length + (now.length - lengthAfter);
    const left = blanksIn(now, at, Math.max(at, end));
    const next = left.find(([s]) => s > last) ?? left[0];
    if (!next) return stop();
    e.preventDefault();
    e.stopPropagation();
    last = next[0];
    selectInEditor(target, next[0], next[1]);
  };
  el.addEventListener('keydown', onKey, true);
  const stop = () => el.removeEventListener('keydown', onKey, true);
  return stop;
}
