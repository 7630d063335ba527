import { defineAdapter } from '../read/define-adapter';
import { textOf } from '../read/dom';
import { editorIn } from '../read/editor';
import { ariaFeed } from '../read/feed';

/** Zoho Desk (selectors from clockify): an SPA that keeps each opened ticket in its own sub-tab. */
const TICKET_PATH = /^\/agent\/[^/]+\/[^/]+\/tickets\/details\/(\d+)/;
// Zoho's data centres (desk.zoho.<tld>; Canada is zohocloud.ca).
const HOSTS = ['desk.zoho.com', 'desk.zoho.eu', 'desk.zoho.in', 'desk.zoho.com.au', 'desk.zoho.jp', 'desk.zoho.com.cn', 'desk.zoho.sa', 'desk.zoho.uk', 'desk.zohocloud.ca'];

const feed = ariaFeed({ body: '[data-id="threadContent"]', internal: /\b(private|comment|internal)\b/i });

/** Ticket pages the detector must accept and every other adapter's must reject (tests read them; a named export, so
 * they stay out of the content script). */
export const examples: readonly string[] = [
  'https://desk.zoho.com/agent/acme/support/tickets/details/610000000412345',
  'https://desk.zoho.eu/agent/acmeeu/billing/tickets/details/42',
];

export default defineAdapter({
  id: 'zoho-desk',
  name: 'Zoho Desk',
  matches: HOSTS.map((h) => `https://${h}/*`),
  detect: (url) => HOSTS.includes(url.hostname) && TICKET_PATH.test(url.pathname),
  pane: (doc, url) => {
    const id = TICKET_PATH.exec(url.pathname)?.[1];
    return id ? doc.querySelector(`.zd_v2-ticketdetailview-container[data-id="subTab_${id}"]`) : null;
  },
  ticketId: (pane, url) =>
    TICKET_PATH.exec(url.pathname)?.[1] ?? pane.querySelector('[data-id^="subTab_"]')?.getAttribute('data-id')?.slice(7),
  subject: (pane) => textOf(pane.querySelector('[data-id="caseSubjectText"]')),
  // [?] The contact is the link to their record in the ticket's header.
  requester: (pane) => {
    const name = textOf(pane.querySelector('a[href*="/contacts/details/"]'));
    return name ? { name } : null;
  },
  // [?] Each thread's text is [data-id="threadContent"]; the thread around it is read through ARIA.
  messages: { ...feed, keep: (item) => !!item.querySelector('[data-id="threadContent"]') },
  editor: (pane) => editorIn(pane.querySelector('[role="region"][aria-label*="reply" i], form')),
});
