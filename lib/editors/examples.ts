/**
 * Markup of each editor kind as its library renders it (outside any iframe), for tests: the detector must recognise
 * it as that kind and no kind listed before it may claim it (tests/unit/editors/registry.test.ts). Frame kinds have
 * none. Kept out of the kinds' definitions, like lib/topic/examples.ts, so that it never ships in the content script.
 */
import type { EditorKind } from './index';

export const EDITOR_EXAMPLES: Partial<Record<EditorKind, string>> = {
  ckeditor5: '<div class="ck ck-content ck-editor__editable" contenteditable="true"><p>Hi there</p></div>',
  contenteditable: '<div contenteditable="true" role="textbox"><div>Hi there</div></div>',
  draftjs: '<div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true"><div data-contents="true"><div data-block="true"><span data-text="true">Hi there</span></div></div></div></div>',
  froala: '<div class="fr-box"><div class="fr-wrapper"><div class="fr-element fr-view" contenteditable="true"><p>Hi there</p></div></div></div>',
  jodit: '<div class="jodit-container"><div class="jodit-workplace"><div class="jodit-wysiwyg" contenteditable="true"><p>Hi there</p></div></div></div>',
  lexical: '<div data-lexical-editor="true" contenteditable="true"><p><span data-lexical-text="true">Hi there</span></p></div>',
  prosemirror: '<div class="ProseMirror" contenteditable="true"><p>Hi there</p></div>',
  quill: '<div class="ql-container"><div class="ql-editor" contenteditable="true"><p>Hi there</p></div></div>',
  redactor: '<div class="redactor-box"><div class="redactor-styles redactor-in" contenteditable="true"><p>Hi there</p></div></div>',
  slate: '<div data-slate-editor="true" contenteditable="true"><div data-slate-node="element"><span data-slate-node="text">Hi there</span></div></div>',
  summernote: '<div class="note-editor"><div class="note-editing-area"><div class="note-editable" contenteditable="true"><p>Hi there</p></div></div></div>',
  textarea: '<textarea>Hi there</textarea>',
  tiptap: '<div class="tiptap ProseMirror" contenteditable="true"><p>Hi there</p></div>',
  trix: '<trix-editor contenteditable="true" role="textbox"><div>Hi there</div></trix-editor>',
};
