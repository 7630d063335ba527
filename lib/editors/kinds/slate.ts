import { defineEditor } from '../types';

/** Slate (Freshdesk's newer composer, Gorgias): ignores DOM edits, applies `beforeinput` to its model. */
export default defineEditor({
  kind: 'slate',
  name: 'Slate',
  roots: ['[data-slate-editor]'],
  inputPath: 'beforeinput',
  fixtures: ['slate'],
  example: '<div data-slate-editor="true" contenteditable="true"><div data-slate-node="element"><span data-slate-node="text">Hi there</span></div></div>',
});
