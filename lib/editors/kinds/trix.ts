import { defineEditor } from '../types';

/** Trix (Basecamp's editor, in Rails helpdesks): a model-based editor that merges typing into one undo entry. */
export default defineEditor({
  kind: 'trix',
  name: 'Trix',
  roots: ['trix-editor'],
  inputPath: 'beforeinput',
  fixtures: ['trix'],
});
