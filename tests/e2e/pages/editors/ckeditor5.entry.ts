import { Bold, ClassicEditor, Essentials, Italic, Paragraph } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';

declare global {
  interface Window {
    readEditorText: () => string;
    editorReady?: boolean;
  }
}

ClassicEditor.create(document.getElementById('editor')!, {
  licenseKey: 'GPL',
  plugins: [Essentials, Paragraph, Bold, Italic],
  toolbar: ['undo', 'redo', '|', 'bold', 'italic'],
}).then((editor) => {
  window.readEditorText = () => {
    const div = document.createElement('div');
    div.innerHTML = editor.getData();
    // One line per paragraph, as the agent sees it.
    return Array.from(div.children, (p) => p.textContent ?? '').join('\n');
  };
  window.editorReady = true;
});
