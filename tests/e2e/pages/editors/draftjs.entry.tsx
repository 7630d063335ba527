import { Editor, EditorState } from 'draft-js';
import 'draft-js/dist/Draft.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

let current = EditorState.createEmpty();

function Reply() {
  const [state, setState] = useState(current);
  current = state;
  return (
    <div className="editor">
      <Editor editorState={state} onChange={setState} ariaLabel="Reply" />
    </div>
  );
}

createRoot(document.getElementById('editor')!).render(<Reply />);
Object.assign(window, { readEditorText: () => current.getCurrentContent().getPlainText(), editorReady: true });
