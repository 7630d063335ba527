import { defineEditor } from '../types';

/** Tiptap (ProseMirror underneath, its root also classed `tiptap`; Front, Help Scout's newer composer). */
export default defineEditor({
  kind: 'tiptap',
  name: 'Tiptap',
  roots: ['.tiptap.ProseMirror'],
  inputPath: 'execCommand',
  fixtures: ['tiptap'],
});
