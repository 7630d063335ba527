import Quill from 'quill';
import 'quill/dist/quill.snow.css';

const quill = new Quill('#editor', { theme: 'snow' });
Object.assign(window, { readEditorText: () => quill.getText(), editorReady: true });
