// Zendesk's composer is CKEditor 5: the pre-rendered editables become real inline editors (they keep their data-test-id).
import { Essentials, InlineEditor, Paragraph } from 'ckeditor5';

for (const element of Array.from(document.querySelectorAll<HTMLElement>('[data-test-id="omnicomposer-rich-text-ckeditor"]'))) {
  void InlineEditor.create({ root: { element }, licenseKey: 'GPL', plugins: [Essentials, Paragraph] });
}
