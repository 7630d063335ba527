import { defineEditor } from '../types';

/** Froala (Freshdesk's classic composer): its editable scrolls inside the editor's own box. */
export default defineEditor({
  kind: 'froala',
  name: 'Froala',
  roots: ['.fr-element.fr-view'],
  inputPath: 'execCommand',
  fixtures: ['froala'],
});
