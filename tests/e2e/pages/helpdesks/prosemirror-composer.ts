import { baseKeymap } from 'prosemirror-commands';
import { history } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';

/** Replaces each pre-rendered `.ProseMirror` editable with a real ProseMirror view carrying the same attributes. */
export function upgradeProseMirror(selector: string): void {
  for (const stub of Array.from(document.querySelectorAll(selector))) {
    const attributes: Record<string, string> = {};
    for (const a of Array.from(stub.attributes)) if (a.name !== 'class' && a.name !== 'contenteditable') attributes[a.name] = a.value;
    const mount = document.createElement('div');
    stub.replaceWith(mount);
    const view = new EditorView(mount, {
      state: EditorState.create({ schema, plugins: [history(), keymap(baseKeymap)] }),
      attributes,
    });
    mount.replaceWith(view.dom);
  }
}
