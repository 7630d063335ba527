import { defineEditor } from '../types';

/** CKEditor 5 (Zendesk's older composer, Zoho Desk). */
export default defineEditor({
  kind: 'ckeditor5',
  name: 'CKEditor 5',
  roots: ['.ck-editor__editable'],
  inputPath: 'execCommand',
  fixtures: ['ckeditor5'],
});
