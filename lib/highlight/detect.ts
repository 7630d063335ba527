/**
 * Finds reply editors by their library's marker, as declared in lib/editors (../shared/docs/helpdesk-dom.md,
 * "Applies to all"). The most specific marker wins, so a Draft.js root inside a plain contenteditable wrapper is
 * still coached as Draft.js. Editors inside same-origin iframes are found too: an iframe whose body is editable
 * (CKEditor 4, TinyMCE, any designMode frame) or one holding editors of its own.
 */
import { EDITOR_FRAME_SELECTOR, FRAME_EDITORS, ROOT_EDITORS, type EditorKind } from '../editors';
import { outerFrame } from './rects';

export type { EditorKind };

export interface EditorTarget {
  kind: EditorKind;
  /** The textarea, or the editable root (for an editor in an iframe: the root inside that iframe). */
  element: HTMLElement;
  /** For an editable inside an iframe: the innermost iframe holding it. */
  frame?: HTMLIFrameElement;
}

const isEditableRoot = (el: Element): boolean =>
  (el as HTMLElement).isContentEditable === true && !(el.parentElement && el.parentElement.isContentEditable);

/** A same-origin iframe's document, or null (cross-origin, not loaded). */
export function frameDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}

function frameEditor(frame: HTMLIFrameElement): EditorTarget | null {
  const body = frameDocument(frame)?.body;
  if (!body || !body.isContentEditable) return null;
  const kind = FRAME_EDITORS.find((e) => e.roots.some((r) => frame.matches(r)))?.kind ?? 'contenteditable';
  return { kind, element: body, frame };
}

/** The editor an element belongs to, or null when it is not part of a text editor we coach. */
export function editorFor(el: Element | null): EditorTarget | null {
  if (!el) return null;
  if (el.tagName === 'TEXTAREA') {
    const ta = el as HTMLTextAreaElement;
    return ta.readOnly || ta.disabled ? null : { kind: 'textarea', element: ta };
  }
  if (el.tagName === 'IFRAME') return frameEditor(el as HTMLIFrameElement);
  const frame = outerFrame(el.ownerDocument);
  for (const def of ROOT_EDITORS) {
    for (const selector of def.roots) {
      const root = el.closest(selector);
      if (root && (root as HTMLElement).isContentEditable) return { kind: def.kind, element: root as HTMLElement, frame };
    }
  }
  let node: Element | null = el;
  while (node && !isEditableRoot(node)) node = node.parentElement;
  if (!node) return null;
  const inFrame = frame && node === node.ownerDocument.body ? FRAME_EDITORS.find((e) => e.roots.some((r) => frame.matches(r))) : undefined;
  return { kind: inFrame?.kind ?? 'contenteditable', element: node as HTMLElement, frame };
}

/** Every coachable editor in a document and in its same-origin iframes: textareas, editable frames, editable roots. */
export function findEditors(doc: Document, depth = 0): EditorTarget[] {
  const found: EditorTarget[] = [];
  const seen = new Set<Element>();
  const add = (target: EditorTarget | null) => {
    if (!target || seen.has(target.element)) return;
    seen.add(target.element);
    found.push(target);
  };
  for (const el of doc.querySelectorAll('textarea, [contenteditable]:not([contenteditable="false"])')) {
    const target = editorFor(el);
    if (!target) continue;
    if (target.kind === 'textarea' ? !isVisible(target.element) : !isEditableRoot(target.element)) continue;
    add(target);
  }
  if (depth > 3) return found;
  for (const frame of doc.querySelectorAll('iframe')) {
    const inner = frameDocument(frame);
    if (!inner?.body) continue;
    if (inner.body.isContentEditable) add(frameEditor(frame));
    else if (frame.matches(EDITOR_FRAME_SELECTOR) || isVisible(frame)) for (const t of findEditors(inner, depth + 1)) add(t);
  }
  return found;
}

function isVisible(el: HTMLElement): boolean {
  return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
}
