import { defineEditor } from '../types';

/** Slate (Freshdesk's newer composer, Gorgias): ignores DOM edits, applies `beforeinput` to its model. */
export default defineEditor({
  kind: 'slate',
  name: 'Slate',
  roots: ['[data-slate-editor]'],
  inputPath: 'beforeinput',
  fixtures: ['slate'],
});
