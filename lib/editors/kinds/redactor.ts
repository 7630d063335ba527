import { defineEditor } from '../types';

/**
 * Redactor 3 (osTicket, `.redactor-in`) and 2 (`.redactor-editor`): a commercial library with a snapshot undo
 * buffer recorded on word-ending keys; tested through a contenteditable page with the same kind of undo stack.
 */
export default defineEditor({
  kind: 'redactor',
  name: 'Redactor',
  roots: ['.redactor-in', '.redactor-editor'],
  inputPath: 'snapshot',
  snapshotOn: 'space',
  fixtures: ['redactor'],
});
