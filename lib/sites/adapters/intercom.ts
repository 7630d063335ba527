import { defineAdapter } from '../read/define-adapter';
import { first, isHidden, textOf } from '../read/dom';
import { timeIn } from '../read/time';

/** Intercom inbox (selectors from maintained userscripts): an SPA with ProseMirror composers. */
const CONVERSATION = /\/conversations?\/(\d+)/;
const PART = '[data-intercom-target="conversation-stream-content-part"]';
// [?] A part's author has no known hook: the part's own label names it, else its avatar's alt text.
const author = (part: Element) =>
  textOf(first(part, '[data-part-author]', '[class*="author"]')) ?? part.querySelector('img[alt]')?.getAttribute('alt') ?? undefined;

/** Ticket pages the detector must accept and every other adapter's must reject (tests read them; a named export, so
 * they stay out of the content script). */
export const examples: readonly string[] = [
  'https://app.intercom.com/a/inbox/abc123de/inbox/shared/all/conversation/215470937612345',
  'https://app.intercom.com/a/inbox/abc123de/inbox/admin/5512/conversation/99',
];

export default defineAdapter({
  id: 'intercom',
  name: 'Intercom',
  matches: ['https://app.intercom.com/*'],
  detect: (url) => url.hostname === 'app.intercom.com' && url.pathname.startsWith('/a/inbox/') && CONVERSATION.test(url.pathname),
  // [?] Conversations stay mounted while another is shown: the active space is the one not hidden.
  pane: (doc) =>
    Array.from(doc.querySelectorAll('[data-intercom-target="conversation-space"]')).find((el) => !isHidden(el)) ?? null,
  ticketId: (_pane, url) => CONVERSATION.exec(url.pathname)?.[1],
  subject: (pane) => textOf(pane.querySelector('[data-inbox-conversation-header-title]')),
  // [?] The requester is the author of the first part written by the user.
  requester: (pane) => {
    const part = pane.querySelector(`${PART}.inbox2__user-email-part, ${PART} .inbox2__user-email-part`);
    const name = part && author(part);
    return name ? { name } : null;
  },
  messages: {
    container: PART,
    items: PART,
    body: (item) => item.querySelector('.intercom-interblocks'),
    author,
    time: (item) => timeIn(item),
    internal: (item) => item.matches('.inbox2__note-part') || !!item.querySelector('.inbox2__note-part'),
    role: (item) =>
      item.matches('.inbox2__user-email-part') || item.querySelector('.inbox2__user-email-part') ? 'customer' : 'agent',
  },
  editor: (pane) => pane.querySelector('.ProseMirror[role="textbox"]'),
});
