import { baseKeymap } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import 'prosemirror-view/style/prosemirror.css';

const view = new EditorView(document.getElementById('editor')!, {
  state: EditorState.create({
    schema,
    plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Mod-Shift-z': redo }), keymap(baseKeymap)],
  }),
});
view.dom.classList.add('editor');
Object.assign(window, {
  readEditorText: () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n'),
  editorReady: true,
});
