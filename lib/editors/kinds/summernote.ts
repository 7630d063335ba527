import { defineEditor } from '../types';

/**
 * Summernote (FreeScout): its own snapshot undo stack, recorded on word-ending keys, so a replacement must first
 * make it record what was typed.
 */
export default defineEditor({
  kind: 'summernote',
  name: 'Summernote',
  roots: ['.note-editable'],
  inputPath: 'snapshot',
  snapshotOn: 'mouseup',
  fixtures: ['summernote'],
});
