// The case publisher is Quill: each pre-rendered container becomes a real Quill editor (.ql-editor inside).
import Quill from 'quill';

for (const container of Array.from(document.querySelectorAll('.publisherInputContainer'))) {
  container.innerHTML = '<div></div>';
  new Quill(container.firstElementChild as HTMLElement);
}
