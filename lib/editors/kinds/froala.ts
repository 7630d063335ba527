import { defineEditor } from '../types';

/** Froala (Freshdesk's classic composer): its editable scrolls inside the editor's own box. */
export default defineEditor({
  kind: 'froala',
  name: 'Froala',
  roots: ['.fr-element.fr-view'],
  inputPath: 'execCommand',
  fixtures: ['froala'],
  example: '<div class="fr-box"><div class="fr-wrapper"><div class="fr-element fr-view" contenteditable="true"><p>Hi there</p></div></div></div>',
});
