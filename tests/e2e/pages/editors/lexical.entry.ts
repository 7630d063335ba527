import { registerHistory, createEmptyHistoryState } from '@lexical/history';
import { registerRichText } from '@lexical/rich-text';
import { $getRoot, createEditor } from 'lexical';

const root = document.getElementById('editor')!;
const editable = document.createElement('div');
editable.className = 'editor';
editable.contentEditable = 'true';
editable.setAttribute('aria-label', 'Reply');
root.append(editable);

const editor = createEditor({ namespace: 'reply', onError: (e) => console.error(e) });
editor.setRootElement(editable);
registerRichText(editor);
registerHistory(editor, createEmptyHistoryState(), 300);
Object.assign(window, {
  readEditorText: () => editor.getEditorState().read(() => $getRoot().getTextContent()),
  editorReady: true,
});
