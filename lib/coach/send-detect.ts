/**
 * Detects the helpdesk sending the reply: a submit of the editor's form, a click on a Send/Submit/Reply button,
 * or Ctrl/Cmd+Enter in the editor. Calls `onSend` once per send (a click that also submits counts once).
 */
import { guard } from './guard';
import type { HighlightTarget } from '../highlight/target';

const SEND_LABEL = /^\s*(send|submit|reply)\b/i;

function buttonLabel(el: Element): string {
  const aria = el.getAttribute('aria-label');
  if (aria) return aria;
  if (el instanceof HTMLInputElement) return el.value;
  return (el.textContent ?? '').trim();
}

/** The element whose form matters for an editor: the textarea or editable, or the iframe holding an editor (lib/editors). */
function anchorOf(target: HighlightTarget): Element {
  return target.frame ?? target.element;
}

export function watchSend(target: HighlightTarget, isActive: () => boolean, onSend: () => void): () => void {
  const top = anchorOf(target).ownerDocument;
  let last = 0;
  const fire = () => {
    const now = Date.now();
    if (now - last < 1000) return;
    last = now;
    onSend();
  };
  const form = () => anchorOf(target).closest('form');

  const onSubmit = guard('send: submit', (e: Event) => {
    if (e.target instanceof HTMLFormElement && e.target === form()) fire();
  });
  const onClick = guard('send: click', (e: Event) => {
    const el = (e.target as Element | null)?.closest?.('button, [role="button"], input[type="submit"], input[type="button"]');
    if (!el || !SEND_LABEL.test(buttonLabel(el))) return;
    const own = form();
    const inOwnForm = own !== null && own.contains(el);
    if (inOwnForm || (isActive() && !el.closest('form'))) fire();
  });
  const onKey = guard('send: key', (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && target.element.contains(e.target as Node)) fire();
  });

  top.addEventListener('submit', onSubmit, true);
  top.addEventListener('click', onClick, true);
  target.doc.addEventListener('keydown', onKey, true);
  return () => {
    top.removeEventListener('submit', onSubmit, true);
    top.removeEventListener('click', onClick, true);
    target.doc.removeEventListener('keydown', onKey, true);
  };
}
