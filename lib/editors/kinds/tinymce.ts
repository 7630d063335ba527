import { defineEditor } from '../types';

/** TinyMCE 5–8 (and 4's `<id>_ifr` frame): edits in an iframe's body, records an undo level for a paste it inserts. */
export default defineEditor({
  kind: 'tinymce',
  name: 'TinyMCE',
  roots: ['iframe.tox-edit-area__iframe', 'iframe[id$="_ifr"]'],
  inFrame: true,
  inputPath: 'paste',
  fixtures: ['tinymce'],
});
