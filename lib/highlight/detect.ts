/**
 * Finds reply editors by their library's marker (../shared/docs/helpdesk-dom.md, "Applies to all"). The most
 * specific marker wins, so a Draft.js root inside a plain contenteditable wrapper is still coached as Draft.js.
 */
export type EditorKind =
  | 'textarea'
  | 'ckeditor5'
  | 'ckeditor4'
  | 'prosemirror'
  | 'quill'
  | 'draftjs'
  | 'slate'
  | 'lexical'
  | 'froala'
  | 'summernote'
  | 'redactor'
  | 'contenteditable';

/** Rich editors' editable roots, most specific first. */
const MARKERS: [Exclude<EditorKind, 'textarea' | 'ckeditor4' | 'contenteditable'>, string][] = [
  ['ckeditor5', '.ck-editor__editable'],
  ['prosemirror', '.ProseMirror'],
  ['quill', '.ql-editor'],
  ['draftjs', '.public-DraftEditor-content, [data-contents="true"]'],
  ['slate', '[data-slate-editor]'],
  ['lexical', '[data-lexical-editor]'],
  ['froala', '.fr-element.fr-view'],
  ['summernote', '.note-editable'],
  ['redactor', '.redactor-in'],
];

export interface EditorTarget {
  kind: EditorKind;
  /** The textarea, or the editable root (for CKEditor 4: the body inside its iframe). */
  element: HTMLElement;
  /** For an editable inside an iframe: that iframe, in the top document. */
  frame?: HTMLIFrameElement;
}

const CKEDITOR4_FRAME = 'iframe.cke_wysiwyg_frame';
const isEditableRoot = (el: Element): boolean =>
  (el as HTMLElement).isContentEditable === true && !(el.parentElement && el.parentElement.isContentEditable);

/** The editor an element belongs to, or null when it is not part of a text editor we coach. */
export function editorFor(el: Element | null): EditorTarget | null {
  if (!el) return null;
  if (el.tagName === 'TEXTAREA') {
    const ta = el as HTMLTextAreaElement;
    return ta.readOnly || ta.disabled ? null : { kind: 'textarea', element: ta };
  }
  if (el.tagName === 'IFRAME' && el.matches(CKEDITOR4_FRAME)) {
    const body = (el as HTMLIFrameElement).contentDocument?.body;
    return body && body.isContentEditable ? { kind: 'ckeditor4', element: body, frame: el as HTMLIFrameElement } : null;
  }
  for (const [kind, selector] of MARKERS) {
    const root = el.closest(selector);
    if (root && (root as HTMLElement).isContentEditable) return { kind, element: root as HTMLElement };
  }
  let node: Element | null = el;
  while (node && !isEditableRoot(node)) node = node.parentElement;
  return node ? { kind: 'contenteditable', element: node as HTMLElement } : null;
}

/** Every coachable editor in a document: textareas, CKEditor 4 frames, and editable roots. */
export function findEditors(doc: Document): EditorTarget[] {
  const found: EditorTarget[] = [];
  const seen = new Set<Element>();
  const candidates = doc.querySelectorAll(`textarea, ${CKEDITOR4_FRAME}, [contenteditable]:not([contenteditable="false"])`);
  for (const el of candidates) {
    const target = editorFor(el);
    if (!target || seen.has(target.element)) continue;
    if (target.kind !== 'textarea' && target.kind !== 'ckeditor4' && !isEditableRoot(target.element)) continue;
    if (target.kind === 'textarea' && !isVisible(target.element)) continue;
    seen.add(target.element);
    found.push(target);
  }
  return found;
}

function isVisible(el: HTMLElement): boolean {
  return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
}
