import { defineAdapter } from '../read/define-adapter';
import { emailIn, first, textOf, valueOf } from '../read/dom';
import { editorIn } from '../read/editor';
import { roleByRequester } from '../read/role';
import { toIso } from '../read/time';
import type { ThreadMessage } from '../../effort/types';
import type { MessageContext } from '../types';

/** RT 5 (bestpractical/rt 5.0.3 templates): server-rendered, self-hosted, Display and Update are separate pages. */
const PAGE = /\/Ticket\/(Display|Update)\.html$/;
// "#42: Printer on fire" (Display) and "Update ticket #42: Printer on fire" (Update).
const TITLE = /#(\d+):\s*(.+)$/;

const titleMatch = (scope: ParentNode) => TITLE.exec(textOf(scope.querySelector('#header h1')) ?? '');
const REQUESTORS = '.form-row.requestors .value .current-value span.user[data-user-id]';
const AUTHOR = '.metadata .description span.user';

/**
 * The customer is any requestor, compared by RT user id: names show as RT's UsernameFormat renders them
 * ("Dana Whitfield <dana@…>", "agent1 (Alex Morgan)"), which differs per site and per user.
 */
function roleOf(item: Element, ctx: MessageContext): ThreadMessage['role'] {
  const requestors = new Set(Array.from(ctx.doc.querySelectorAll(REQUESTORS), (u) => u.getAttribute('data-user-id')));
  const author = item.querySelector(AUTHOR)?.getAttribute('data-user-id');
  if (requestors.size === 0 || !author) return roleByRequester(ctx.author, ctx.requester);
  return requestors.has(author) ? 'customer' : 'agent';
}

/** Ticket pages the detector must accept and every other adapter's must reject (tests read them; a named export, so
 * they stay out of the content script). */
export const examples: readonly string[] = [
  'https://rt.example.org/rt/Ticket/Display.html?id=42',
  'https://support.example.com/Ticket/Update.html?Action=Respond&id=42',
  'http://127.0.0.1:8080/Ticket/Update.html?id=7&Action=Comment',
];

export default defineAdapter({
  id: 'request-tracker',
  name: 'Request Tracker',
  matches: [],
  detect: (url) => PAGE.test(url.pathname) && /^\d+$/.test(url.searchParams.get('id') ?? ''),
  // Body id "comp-Ticket-Display" (Elements/Header), the squished assets and the Best Practical footer.
  recognise: (doc) =>
    !!doc.querySelector('body[id^="comp-"]') &&
    !!doc.querySelector('#bpscredits, script[src*="/NoAuth/js/"], link[href*="/NoAuth/css/"]'),
  ticketId: (pane, url) => url.searchParams.get('id') ?? titleMatch(pane)?.[1],
  subject: (pane) => titleMatch(pane)?.[2] ?? valueOf(pane.querySelector('input[name="UpdateSubject"]')),
  requester: (pane) => {
    const user = pane.querySelector(REQUESTORS);
    const shown = textOf(user);
    if (!shown) return null;
    const email = emailIn(shown);
    return { name: shown.replace(/<[^>]*>|\([^)]*@[^)]*\)/g, '').trim() || undefined, email };
  },
  messages: {
    container: '.history-container',
    // RT renders the record type as "Ticket-transaction" (capital T): match on the parts that are stable.
    items: 'div.transaction.message[data-transaction-id]',
    body: (item) => item.querySelector('.content .messagebody'),
    // Quoted history is folded into nested stanzas (Elements/ShowMessageStanza).
    quotes: '.message-stanza .message-stanza, .message-stanza-folder',
    author: (item) => textOf(item.querySelector(AUTHOR)),
    time: (item) => toIso(textOf(item.querySelector('.metadata .date'))),
    // Only the description says whether a message is a comment ("Comments added") or a reply; it is localized,
    // so any other language reads as public correspondence.
    internal: (item) => /\bcomments? added\b/i.test(textOf(item.querySelector('.metadata .description')) ?? ''),
    role: roleOf,
  },
  editor: (pane) => editorIn(first(pane, 'form[name="TicketUpdate"]')),
  expects: (url) =>
    url.pathname.endsWith('/Update.html') ? ['id', 'subject', 'editor'] : ['id', 'subject', 'requester', 'thread'],
  reopened: (pane) =>
    Array.from(pane.querySelectorAll('.transaction .metadata .description')).some((d) =>
      /status changed from\s+\W?(resolved|rejected)\W?\s+to/i.test(d.textContent ?? ''),
    ),
});
