import { useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, Node, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, Slate, withReact } from 'slate-react';

const initial: Descendant[] = [{ children: [{ text: '' }] } as Descendant];
let readText = () => '';

function Reply() {
  const editor = useMemo(() => withHistory(withReact(createEditor())), []);
  readText = () => editor.children.map((n) => Node.string(n)).join('\n');
  return (
    <Slate editor={editor} initialValue={initial}>
      <Editable className="editor" aria-label="Reply" />
    </Slate>
  );
}

createRoot(document.getElementById('editor')!).render(<Reply />);
Object.assign(window, { readEditorText: () => readText(), editorReady: true });
