/**
 * Replaces text through the editor's own input path, never by rewriting its DOM, so that the editor's model
 * and its undo stack stay right: select the range, then `insertText` (which fires `beforeinput`/`input` like
 * typing does); a synthetic paste when an editor ignores that (CKEditor 5 in some versions).
 */
import type { InputPath, SnapshotTrigger } from '../editors';
import { extractText, rangeFor, type TextMap } from './text-map';

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const plain = (s: string) => s.replace(/\u00A0/g, ' ');

export function replaceInTextarea(ta: HTMLTextAreaElement, start: number, end: number, text: string): boolean {
  const doc = ta.ownerDocument;
  ta.focus();
  ta.setSelectionRange(start, end);
  const before = ta.value;
  const expected = before.slice(0, start) + text + before.slice(end);
  let inserted = false;
  try {
    inserted = text ? doc.execCommand('insertText', false, text) : doc.execCommand('delete');
  } catch {
    inserted = false;
  }
  if (inserted && ta.value !== before) return true;
  // The native value setter, not the element's own property: frameworks (React) watch the latter.
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  if (!setter) return false;
  setter.call(ta, expected);
  ta.setSelectionRange(start + text.length, start + text.length);
  ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
  return true;
}

export function selectRange(root: HTMLElement, range: Range): void {
  const win = root.ownerDocument.defaultView;
  if (!win) return;
  if (root.ownerDocument.activeElement !== root && !root.contains(root.ownerDocument.activeElement))
    root.focus({ preventScroll: true });
  const sel = win.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
}

/** Waits until the editor has re-rendered after an input (React editors render in a later task). */
async function changedText(root: HTMLElement, before: string, timeout = 150): Promise<string | null> {
  const until = performance.now() + timeout;
  for (;;) {
    await settle(10);
    const now = extractText(root).text;
    if (now !== before) return now;
    if (performance.now() > until) return null;
  }
}

/** Makes a snapshot-undo editor record what is in it now, by the event it records on (lib/editors/types.ts). */
function recordSnapshot(root: HTMLElement, on: SnapshotTrigger): void {
  const win = root.ownerDocument.defaultView!;
  if (on === 'mouseup') {
    root.dispatchEvent(new win.MouseEvent('mouseup', { bubbles: true, cancelable: true, button: 0 }));
    return;
  }
  for (const type of ['keydown', 'keyup']) {
    // Editors built on jQuery read the legacy keyCode/which, which Chromium takes from the init dictionary. (Set
    // afterwards, on our own wrapper, they would stay invisible to the page's scripts in their own world.)
    const init = { key: ' ', code: 'Space', keyCode: 32, which: 32, bubbles: true, cancelable: true } as KeyboardEventInit;
    const event = new win.KeyboardEvent(type, init);
    root.dispatchEvent(event);
  }
}

/** Dispatches the `beforeinput` typing would; true when the editor took it (prevented the browser's default). */
function dispatchBeforeInput(root: HTMLElement, range: Range, text: string): boolean {
  const win = root.ownerDocument.defaultView!;
  const target = new win.StaticRange({
    startContainer: range.startContainer,
    startOffset: range.startOffset,
    endContainer: range.endContainer,
    endOffset: range.endOffset,
  });
  const event = new win.InputEvent('beforeinput', {
    inputType: text ? 'insertText' : 'deleteContentBackward',
    data: text || null,
    targetRanges: [target],
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  const origin = range.startContainer.parentElement ?? root;
  origin.dispatchEvent(event);
  return event.defaultPrevented;
}

export async function replaceInEditable(
  root: HTMLElement,
  map: TextMap,
  start: number,
  end: number,
  text: string,
  path: InputPath = 'execCommand',
  snapshotOn: SnapshotTrigger = 'mouseup',
): Promise<boolean> {
  const doc = root.ownerDocument;
  const range = rangeFor(map, start, end);
  if (!range) return false;
  selectRange(root, range);
  // Editors that track the selection themselves (Draft.js, Slate) learn of it on `selectionchange`, a task later.
  await settle(0);
  let handled = false;
  // An editor may take a `beforeinput` without preventing its (synthetic, so absent) default: it changed its text.
  if (path === 'beforeinput') handled = dispatchBeforeInput(root, range, text) || (await changedText(root, map.text, 60)) !== null;
  if (path === 'snapshot') recordSnapshot(root, snapshotOn);
  if (path === 'paste' && text) handled = dispatchPaste(root, text);
  if (!handled) {
    try {
      if (text) doc.execCommand('insertText', false, text);
      else doc.execCommand('delete');
    } catch {
      /* fall through to paste */
    }
  }
  if ((await changedText(root, map.text)) !== null) return true;

  const fresh = extractText(root);
  if (plain(fresh.text) !== plain(map.text)) return true;
  if (path === 'paste' || !text) return false;
  const again = rangeFor(fresh, start, end);
  if (!again) return false;
  selectRange(root, again);
  await settle(0);
  dispatchPaste(root, text);
  return (await changedText(root, map.text)) !== null;
}

/** A paste of plain text, as the clipboard would deliver it; true when the editor took it. */
function dispatchPaste(root: HTMLElement, text: string): boolean {
  const win = root.ownerDocument.defaultView!;
  const data = new win.DataTransfer();
  data.setData('text/plain', text);
  const event = new win.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  root.dispatchEvent(event);
  return event.defaultPrevented;
}
