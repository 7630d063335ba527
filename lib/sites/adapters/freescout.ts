import { defineAdapter } from '../read/define-adapter';
import { emailIn, first, textOf } from '../read/dom';
import { editorIn } from '../read/editor';
import { timeIn } from '../read/time';

/** FreeScout (freescout-help-desk/freescout resources/views/conversations/*): server-rendered, self-hosted. */
// At the root, or under one folder for installs in a subfolder.
const CONVERSATION = /^(?:\/[^/]+)?\/conversation\/(\d+)\/?$/;

/** Ticket pages the detector must accept and every other adapter's must reject (tests read them; a named export, so
 * they stay out of the content script). */
export const examples: readonly string[] = ['https://help.example.com/conversation/318', 'https://desk.example.org/support/conversation/42?folder_id=3'];

export default defineAdapter({
  id: 'freescout',
  name: 'FreeScout',
  matches: [],
  detect: (url) => CONVERSATION.test(url.pathname) && !url.hostname.endsWith('helpscout.net'),
  recognise: (doc) => !!doc.querySelector('body.body-conv[data-conversation_id], #conv-layout-main .thread[data-thread_id]'),
  ticketId: (pane, url) =>
    pane.querySelector('body[data-conversation_id]')?.getAttribute('data-conversation_id') ?? CONVERSATION.exec(url.pathname)?.[1],
  subject: (pane) => textOf(pane.querySelector('#conv-subject .conv-subjtext')),
  requester: (pane) => {
    const name = textOf(pane.querySelector('#conv-layout-customer .customer-name'));
    const email = emailIn(textOf(pane.querySelector('#conv-layout-customer .customer-email')));
    return name || email ? { name, email } : null;
  },
  messages: {
    container: '#conv-layout-main',
    items: '.thread[data-thread_id]',
    keep: (item) => /\bthread-type-(customer|message|note)\b/.test(item.className),
    body: (item) => item.querySelector('.thread-body .thread-content') ?? item.querySelector('.thread-body'),
    author: (item) => textOf(item.querySelector('.thread-person strong')),
    time: (item) => timeIn(item, 'a.thread-date'),
    internal: (item) => item.classList.contains('thread-type-note'),
    role: (item) => (item.classList.contains('thread-type-customer') ? 'customer' : 'agent'),
  },
  // Status changes (resources/views/conversations/partials/thread.blade.php): a line item "<person> marked as
  // <Status>", and a message's `.thread-status` "<assignee>, <Status>" where its status changed. Threads are listed
  // newest first; a conversation is reopened when a Closed status is followed by Active or Pending. Status names are
  // localized: other languages read as not reopened.
  reopened: (pane) => {
    const statuses = Array.from(pane.querySelectorAll('#conv-layout-main .thread'))
      .map((t) => {
        const text = t.classList.contains('thread-type-lineitem') ? textOf(t.querySelector('.thread-title')) : textOf(t.querySelector('.thread-status'));
        return /\b(active|pending|closed)\s*$/i.exec(text ?? '')?.[1]?.toLowerCase();
      })
      .filter((s): s is string => !!s)
      .reverse();
    const closed = statuses.indexOf('closed');
    return closed >= 0 && statuses.slice(closed + 1).some((s) => s !== 'closed');
  },
  // Summernote over textarea#body, in the reply block the page reveals on "Reply".
  editor: (pane) => first(pane, '.conv-reply-block .note-editable') ?? editorIn(pane.querySelector('.conv-reply-block')),
});
