import type { HighlightTarget } from '../highlight/target';
import { extractText } from '../highlight/text-map';

/** The caret's offset in the editor's text (as readText gives it). */
export function caretOffset(target: HighlightTarget): number {
  const el = target.element;
  if (el instanceof HTMLTextAreaElement || el.tagName === 'TEXTAREA') return (el as HTMLTextAreaElement).selectionEnd;
  const sel = target.doc.defaultView?.getSelection();
  if (!sel || !sel.focusNode || !el.contains(sel.focusNode)) return 0;
  const range = target.doc.createRange();
  range.setStart(el, 0);
  range.setEnd(sel.focusNode, sel.focusOffset);
  const holder = target.doc.createElement('div');
  holder.append(range.cloneContents());
  return extractText(holder).text.length;
}
