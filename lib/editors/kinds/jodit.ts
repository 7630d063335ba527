import { defineEditor } from '../types';

/**
 * Jodit 4: its own history records a change when it syncs its value (throttled); a DOM edit made by `insertText`
 * left Ctrl+Z dropping the last character typed, while a paste it inserts itself is one step of that history.
 */
export default defineEditor({
  kind: 'jodit',
  name: 'Jodit',
  roots: ['.jodit-wysiwyg'],
  inputPath: 'paste',
  fixtures: ['jodit'],
});
