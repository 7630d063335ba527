import { defineEditor } from '../types';

/** ProseMirror (Zendesk Agent Workspace, Intercom, Jira Service Management). */
export default defineEditor({
  kind: 'prosemirror',
  name: 'ProseMirror',
  roots: ['.ProseMirror'],
  inputPath: 'execCommand',
  fixtures: ['prosemirror'],
});
