import { defineEditor } from '../types';

/** Lexical (Meta's editor, in newer React helpdesk composers). */
export default defineEditor({
  kind: 'lexical',
  name: 'Lexical',
  roots: ['[data-lexical-editor]'],
  inputPath: 'execCommand',
  fixtures: ['lexical'],
});
