import { defineEditor } from '../types';

/** Quill 2, and Quill 1.3 (still bundled by many helpdesks): the same editable root and native undo path. */
export default defineEditor({
  kind: 'quill',
  name: 'Quill',
  roots: ['.ql-editor'],
  inputPath: 'execCommand',
  fixtures: ['quill', 'quill1'],
});
