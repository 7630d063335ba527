import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

const editor = new Editor({
  element: document.getElementById('editor')!,
  extensions: [StarterKit],
  editorProps: { attributes: { class: 'editor', 'aria-label': 'Reply' } },
});
Object.assign(window, { readEditorText: () => editor.getText({ blockSeparator: '\n' }), editorReady: true });
