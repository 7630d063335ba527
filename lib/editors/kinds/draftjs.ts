import { defineEditor } from '../types';

/** Draft.js (HubSpot, Salesforce's older composer): tracks the selection itself, reads the DOM back after typing. */
export default defineEditor({
  kind: 'draftjs',
  name: 'Draft.js',
  roots: ['.public-DraftEditor-content', '[data-contents="true"]'],
  inputPath: 'execCommand',
  fixtures: ['draftjs'],
});
