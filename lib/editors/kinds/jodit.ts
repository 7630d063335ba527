import { defineEditor } from '../types';

/** Jodit 4. */
export default defineEditor({
  kind: 'jodit',
  name: 'Jodit',
  roots: ['.jodit-wysiwyg'],
  inputPath: 'execCommand',
  fixtures: ['jodit'],
  example: '<div class="jodit-container"><div class="jodit-workplace"><div class="jodit-wysiwyg" contenteditable="true"><p>Hi there</p></div></div></div>',
});
