import { defineEditor } from '../types';

/** CKEditor 4 (Request Tracker, Zammad's older installs): edits in an iframe's body; its undo misses DOM edits it did not make. */
export default defineEditor({
  kind: 'ckeditor4',
  name: 'CKEditor 4',
  roots: ['iframe.cke_wysiwyg_frame'],
  inFrame: true,
  inputPath: 'paste',
  fixtures: ['ckeditor4'],
});
