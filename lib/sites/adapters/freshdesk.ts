import { defineAdapter } from '../read/define-adapter';
import { textOf } from '../read/dom';
import { editorIn } from '../read/editor';
import { labelledAs } from '../read/labels';
import { timeIn } from '../read/time';

/** Freshdesk agent portal (selectors from toggl, clockify, freshdesk-mint-navigator); an Ember SPA. */
const TICKET_PATH = /^\/a\/tickets\/(\d+)/;
// [?] Roles are not marked in any source: Freshdesk links every author to their record, and requesters are
// contacts (/a/contacts/<id>) while agents are not.
const CONTACT_LINK = 'a[href*="/a/contacts/"]';
const authorLink = (item: Element) => item.querySelector(`${CONTACT_LINK}, a[href*="/a/agents/"], a[href*="/a/admin/agents/"]`);

/** Ticket pages the detector must accept and every other adapter's must reject (tests read them; a named export, so
 * they stay out of the content script). */
export const examples: readonly string[] = ['https://acme.freshdesk.com/a/tickets/2207', 'https://support-acme.freshdesk.com/a/tickets/15?tab=conversations'];

export default defineAdapter({
  id: 'freshdesk',
  name: 'Freshdesk',
  matches: ['https://*.freshdesk.com/*'],
  detect: (url) => url.hostname.endsWith('.freshdesk.com') && TICKET_PATH.test(url.pathname),
  ticketId: (pane, url) =>
    TICKET_PATH.exec(url.pathname)?.[1] ?? /\d+/.exec(textOf(pane.querySelector('.breadcrumb__item.active')) ?? '')?.[0],
  subject: (pane) => textOf(pane.querySelector('.ticket-subject-heading')),
  requester: (pane) => {
    const name = textOf(pane.querySelector(`.ticket-description ${CONTACT_LINK}`));
    return name ? { name } : null;
  },
  messages: {
    container: '.ticket-description',
    items: '[data-album]',
    keep: (item) => !!item.querySelector('.ticket-details__item'),
    body: (item) => item.querySelector('.text__content'),
    author: (item) => textOf(authorLink(item)),
    time: (item) => timeIn(item),
    // [?] Private notes: the item labels itself ("Private note"), by badge, title or accessible name.
    internal: (item) => labelledAs(item, /\bprivate\b/i),
    role: (item) => (item.querySelector(CONTACT_LINK) ? 'customer' : 'agent'),
  },
  // Froala, present once "Reply" is clicked.
  editor: (pane) => pane.querySelector('div.fr-element.fr-view[contenteditable="true"]') ?? editorIn(pane.querySelector('.reply-editor, form')),
});
