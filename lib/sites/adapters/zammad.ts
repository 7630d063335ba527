import { defineAdapter } from '../read/define-adapter';
import { textOf } from '../read/dom';
import { timeIn } from '../read/time';

/** Zammad (zammad/zammad app/assets/javascripts/app/views/ticket_zoom/*): an SPA that keeps every open task mounted. */
const ZOOM = /^#ticket\/zoom\/(\d+)/;
const author = (item: Element) => textOf(item.querySelector('.article-meta.top .article-meta-row .article-meta-value'));

/** Ticket pages the detector must accept and every other adapter's must reject (tests read them; a named export, so
 * they stay out of the content script). */
export const examples: readonly string[] = ['https://support.example.com/#ticket/zoom/1042', 'https://helpdesk.example.org/#ticket/zoom/7/31'];

export default defineAdapter({
  id: 'zammad',
  name: 'Zammad',
  matches: [],
  detect: (url) => ZOOM.test(url.hash),
  recognise: (doc) => !!doc.querySelector('.ticket-article-item, .articleNewEdit-body, .ticket-zoom'),
  pane: (doc) => doc.querySelector('.content.active'),
  // The shown task's own number first: the hash can name another task than the one shown, and the id must describe
  // the same ticket as the subject and thread read from the pane.
  ticketId: (pane, url) => textOf(pane.querySelector('.ticket-number')) ?? ZOOM.exec(url.hash)?.[1],
  subject: (pane) => textOf(pane.querySelector('.ticket-title-update')),
  // [?] The customer sidebar's markup is not in the reference: the requester is the sender of the first article
  // that Zammad marks as the customer's.
  requester: (pane) => {
    const first = pane.querySelector('.ticket-article-item.customer');
    const name = first && author(first);
    return name ? { name } : null;
  },
  messages: {
    container: '.ticket-articles, .ticket-article',
    items: '.ticket-article-item',
    keep: (item) => !item.classList.contains('system'),
    body: (item) => item.querySelector('.textBubble-content .richtext-content'),
    // The "From" row of the article meta (its first row when present).
    author,
    time: (item) => timeIn(item, '.task-subline time', 'time'),
    internal: (item) => item.classList.contains('is-internal'),
    role: (item) => (item.classList.contains('customer') ? 'customer' : 'agent'),
  },
  editor: (pane) => pane.querySelector('div.articleNewEdit-body.richtext-content[contenteditable="true"][data-name="body"]'),
});
