import { defineAdapter } from '../read/define-adapter';
import { textOf } from '../read/dom';
import { editorIn } from '../read/editor';
import { ariaFeed } from '../read/feed';

/** HubSpot help desk (selectors from clockify). Thread and editor: [?], read through ARIA (read/feed). */
const TICKET_PATH = /^\/help-desk\/(\d+)\/view\/[^/]+\/ticket\/(\d+)/;
const HOSTS = new Set(['app.hubspot.com', 'app-eu1.hubspot.com']);

/** Ticket pages the detector must accept and every other adapter's must reject (tests read them; a named export, so
 * they stay out of the content script). */
export const examples: readonly string[] = ['https://app.hubspot.com/help-desk/21550011/view/all/ticket/8812345678', 'https://app-eu1.hubspot.com/help-desk/1445/view/open/ticket/77'];

export default defineAdapter({
  id: 'hubspot',
  name: 'HubSpot help desk',
  matches: ['https://app.hubspot.com/*', 'https://app-eu1.hubspot.com/*'],
  detect: (url) => HOSTS.has(url.hostname) && TICKET_PATH.test(url.pathname),
  pane: (doc) => doc.querySelector('[data-application-name="svh-help-desk"]'),
  ticketId: (_pane, url) => TICKET_PATH.exec(url.pathname)?.[2],
  subject: (pane) => textOf(pane.querySelector('[data-test-id="ticket-header-name-link"]')),
  requester: (pane) => {
    const name = textOf(pane.querySelector('[data-selenium-test="contact-chicklet-title-link"]'));
    return name ? { name } : null;
  },
  messages: ariaFeed(),
  // [?] The composer's library is unknown: the editable of the region labelled as the reply composer, else any.
  editor: (pane) => editorIn(pane.querySelector('[role="region"][aria-label*="reply" i], form[aria-label*="reply" i]')) ?? editorIn(pane.querySelector('footer, [role="form"]')),
});
