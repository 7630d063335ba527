/**
 * Every reply editor kind, one per file in ./kinds (a test checks none is left out), most specific first:
 * detection, the input-path table and the readers' editor selectors all derive from this list.
 */
import ckeditor4 from './kinds/ckeditor4';
import ckeditor5 from './kinds/ckeditor5';
import contenteditable from './kinds/contenteditable';
import draftjs from './kinds/draftjs';
import froala from './kinds/froala';
import jodit from './kinds/jodit';
import lexical from './kinds/lexical';
import prosemirror from './kinds/prosemirror';
import quill from './kinds/quill';
import redactor from './kinds/redactor';
import slate from './kinds/slate';
import summernote from './kinds/summernote';
import textarea from './kinds/textarea';
import tinymce from './kinds/tinymce';
import tiptap from './kinds/tiptap';
import trix from './kinds/trix';
import type { EditorDefinition } from './types';

export const EDITORS = [
  ckeditor4,
  tinymce,
  ckeditor5,
  tiptap,
  prosemirror,
  quill,
  draftjs,
  slate,
  lexical,
  froala,
  summernote,
  redactor,
  trix,
  jodit,
  contenteditable,
  textarea,
] as const;

export type EditorKind = (typeof EDITORS)[number]['kind'];
export type { EditorDefinition, InputPath, SnapshotTrigger } from './types';

const BY_KIND = new Map<string, EditorDefinition>(EDITORS.map((e) => [e.kind, e]));

export function editorDefinition(kind: EditorKind): EditorDefinition<EditorKind> {
  return BY_KIND.get(kind) as EditorDefinition<EditorKind>;
}

/** Kinds that edit inside an iframe's body, with the selector of that iframe. */
export const FRAME_EDITORS = EDITORS.filter((e) => 'inFrame' in e && e.inFrame);
/** Library editors that render an editable root in the page, most specific first. */
export const ROOT_EDITORS = EDITORS.filter((e) => !('inFrame' in e && e.inFrame) && e.kind !== 'textarea' && e.kind !== 'contenteditable');

/** Selector of every iframe a frame editor edits in. */
export const EDITOR_FRAME_SELECTOR = FRAME_EDITORS.flatMap((e) => e.roots).join(', ');

/**
 * For site readers: the editable of a composer, by library, most specific first; the iframe stands for an
 * editor that edits in one; a plain textarea last.
 */
export const EDITOR_SELECTORS: readonly string[] = [
  ...FRAME_EDITORS.flatMap((e) => e.roots),
  ...ROOT_EDITORS.flatMap((e) => e.roots.map((r) => `${r}[contenteditable]:not([contenteditable="false"])`)),
  ...contenteditable.roots.map((r) => `${r}:not([contenteditable="false"])`),
  ...textarea.roots,
];
