import { defineEditor } from '../types';

/** A plain <textarea> (Request Tracker without CKEditor, osTicket's fallback, most helpdesks' internal notes). */
export default defineEditor({
  kind: 'textarea',
  name: 'textarea',
  roots: ['textarea'],
  inputPath: 'execCommand',
  fixtures: ['textarea'],
});
