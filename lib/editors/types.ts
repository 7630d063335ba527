/**
 * One kind of reply editor, declared the way helpdesk adapters are: how it is recognised, how its replacement
 * goes through its own input path (one step of its own undo history), and the test page it is checked on.
 * A meta-test (tests/unit/editors/registry.test.ts) checks every kind is registered, has its fixture page and
 * example markup (lib/editors/examples.ts, kept out of the definitions so it never ships), and that every kind's
 * detector rejects the others' examples.
 */

/**
 * How a replacement reaches the editor so that its model and its undo history stay right:
 * - 'execCommand': select the range and `insertText`; the browser edits the DOM, the editor reads it back and
 *   native undo covers it (ProseMirror, Quill, CKEditor 5, Lexical, Draft.js, plain contenteditable).
 * - 'beforeinput': dispatch the `beforeinput` typing would; the editor applies it to its model (Slate, Trix).
 * - 'paste': a synthetic paste the editor inserts itself, recording one undo step (CKEditor 4, TinyMCE, Jodit).
 * - 'snapshot': editors with their own snapshot undo stack that records only now and then (Summernote on a
 *   mouseup, Redactor on a word-ending key): the event they record on first, so that their stack's top is what
 *   was typed, then `insertText`; their Ctrl+Z then returns to exactly that.
 */
export type InputPath = 'execCommand' | 'beforeinput' | 'paste' | 'snapshot';

/** The event a snapshot-undo editor records its undo snapshot on. */
export type SnapshotTrigger = 'mouseup' | 'space';

export interface EditorDefinition<K extends string = string> {
  /** The file name in lib/editors/kinds. */
  kind: K;
  /** The library's name, for people. */
  name: string;
  /**
   * Selectors of the editable root the library renders, most specific first (matched with `closest`). For a
   * kind that edits inside an iframe: the selectors of that iframe, whose body is the editable.
   */
  roots: readonly string[];
  /** The editable is the body of an iframe matched by `roots`. */
  inFrame?: boolean;
  inputPath: InputPath;
  /** For the 'snapshot' path: what makes the editor record a snapshot. */
  snapshotOn?: SnapshotTrigger;
  /** Test pages in tests/e2e/pages/editors (without .html): each loads the real library and runs the shared check. */
  fixtures: readonly string[];
}

export function defineEditor<K extends string>(def: EditorDefinition<K>): EditorDefinition<K> {
  return def;
}
