import { defineAdapter } from '../read/define-adapter';
import { emailIn, first, textOf } from '../read/dom';
import { timeIn } from '../read/time';
import type { Scope } from '../types';

const ticketNumber = (pane: Scope) =>
  /#\s*(\w+)/.exec(textOf(pane.querySelector('h2 a[href*="tickets.php?id="]')) ?? '')?.[1];

/** osTicket v1.18 staff panel (osTicket/osTicket include/staff/*): pjax, self-hosted. */
/** Ticket pages the detector must accept and every other adapter's must reject (tests read them; a named export, so
 * they stay out of the content script). */
export const examples: readonly string[] = ['https://tickets.example.com/scp/tickets.php?id=118', 'https://support.example.org/osticket/scp/tickets.php?id=5#reply'];

export default defineAdapter({
  id: 'osticket',
  name: 'osTicket',
  matches: [],
  detect: (url) => /\/scp\/tickets\.php$/.test(url.pathname) && /^\d+$/.test(url.searchParams.get('id') ?? ''),
  recognise: (doc) =>
    !!doc.querySelector('#thread-items .thread-entry') &&
    !!doc.querySelector('#pjax-container, script[src*="scp.js"], script[src*="osticket.js"]'),
  // The internal id is in the URL and keys the log; agents know the ticket by the number in the heading
  // ("Ticket #284913"), which the panel shows.
  ticketId: (pane, url) => url.searchParams.get('id') ?? ticketNumber(pane),
  ticketNumber: (pane) => ticketNumber(pane),
  // [?] Subject and client are read by structure: the heading under the number bar, the user link of the info table.
  subject: (pane) => textOf(first(pane, '.tixTitle h3', '.tixTitle')),
  requester: (pane) => {
    const name = textOf(pane.querySelector('[id^="user-"][id$="-name"]'));
    const email = emailIn(textOf(pane.querySelector('[id^="user-"][id$="-email"]')));
    return name || email ? { name, email } : null;
  },
  messages: {
    container: '#thread-items',
    items: '.thread-entry',
    keep: (item) => /\b(message|response|note)\b/.test(item.className),
    body: (item) => item.querySelector('.thread-body'),
    author: (item) => textOf(item.querySelector('.header b')),
    time: (item) => timeIn(item),
    internal: (item) => item.classList.contains('note'),
    role: (item) => (item.classList.contains('message') ? 'customer' : 'agent'),
  },
  // Status changes show as thread events between the entries (include/staff/templates/thread-event.tmpl.php):
  // a ReopenEvent has the rotate-right icon and the description "Reopened by …" (localized; the icon is not).
  reopened: (pane) =>
    Array.from(pane.querySelectorAll('#thread-items .thread-event')).some(
      (e) => !!e.querySelector('i.icon-rotate-right') || /\breopened\b/i.test(e.textContent ?? ''),
    ),
  // Redactor over textarea#response.
  editor: (pane) => {
    const textarea = pane.querySelector('textarea#response');
    const box = textarea?.closest('.redactor-box') ?? textarea?.parentElement;
    return box?.querySelector('.redactor-in[contenteditable="true"]') ?? textarea ?? null;
  },
});
