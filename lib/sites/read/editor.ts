import type { Scope } from '../types';

/**
 * Editable elements by editor library, most specific first (Briskine's editor detection): CKEditor 4's editable
 * lives in an iframe's body, so the iframe stands for it.
 */
export const EDITOR_SELECTORS = [
  'iframe.cke_wysiwyg_frame',
  '.ck-editor__editable[contenteditable="true"]',
  '.ProseMirror[contenteditable="true"]',
  '.ql-editor[contenteditable="true"]',
  '[data-lexical-editor="true"]',
  '[data-slate-editor="true"]',
  '.public-DraftEditor-content[contenteditable="true"]',
  '.fr-element.fr-view[contenteditable="true"]',
  '.note-editable[contenteditable="true"]',
  '.redactor-in[contenteditable="true"]',
  '[contenteditable="true"][role="textbox"]',
  '[contenteditable="true"]',
  'textarea',
] as const;

/** The reply editor inside a composer element: the first library marker found, else a textarea. */
export function editorIn(scope: Scope | null | undefined): Element | null {
  if (!scope) return null;
  for (const sel of EDITOR_SELECTORS) {
    const el = scope.querySelector(sel);
    if (el) return el;
  }
  return null;
}
