import { defineEditor } from '../types';

/** Any other editable root (Gmail's compose, home-made editors): the outermost contenteditable element. */
export default defineEditor({
  kind: 'contenteditable',
  name: 'contenteditable',
  roots: ['[contenteditable][role="textbox"]', '[contenteditable]'],
  inputPath: 'execCommand',
  fixtures: ['contenteditable'],
});
