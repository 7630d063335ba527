import type { HighlightTarget } from '../highlight/target';
import { extractText } from '../highlight/text-map';
import { selectInEditor } from './blanks';

/** The text length of the editor's content from its start up to (node, offset). */
function offsetOf(target: HighlightTarget, node: Node, offset: number): number {
  const range = target.doc.createRange();
  range.setStart(target.element, 0);
  range.setEnd(node, offset);
  const holder = target.doc.createElement('div');
  holder.append(range.cloneContents());
  return extractText(holder).text.length;
}

/** The caret's offset in the editor's text (as readText gives it). */
export function caretOffset(target: HighlightTarget): number {
  return editorSelection(target)?.[1] ?? 0;
}

/** The selection in the editor as [start, end) offsets of its text (equal for a caret), or null when it is elsewhere. */
export function editorSelection(target: HighlightTarget): [number, number] | null {
  const el = target.element;
  if (target.kind === 'textarea') {
    const ta = el as HTMLTextAreaElement;
    return [ta.selectionStart, ta.selectionEnd];
  }
  const sel = target.doc.defaultView?.getSelection();
  if (!sel || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  if (!el.contains(range.startContainer) || !el.contains(range.endContainer)) return null;
  const start = offsetOf(target, range.startContainer, range.startOffset);
  return [start, range.collapsed ? start : offsetOf(target, range.endContainer, range.endOffset)];
}

/** Whether the editor has the keyboard focus (for an editor in an iframe: its document has, and the frame too). */
export function editorFocused(target: HighlightTarget): boolean {
  const active = target.doc.activeElement;
  return !!active && (active === target.element || target.element.contains(active)) && target.doc.hasFocus();
}

/** Gives the editor the focus back with this selection (null: focus only, the editor keeps its own). */
export function restoreSelection(target: HighlightTarget, selection: [number, number] | null): void {
  if (selection && selectInEditor(target, selection[0], selection[1])) return;
  if (target.frame) target.frame.contentWindow?.focus();
  target.element.focus({ preventScroll: true });
}

/** Where an offset of the text ends up after text[start, end) was replaced by `inserted`. */
export function shiftOffset(offset: number, start: number, end: number, inserted: number): number {
  if (offset <= start) return offset;
  if (offset >= end) return offset + inserted - (end - start);
  return start + inserted;
}
