import { defineAdapter } from '../read/define-adapter';
import { first, textOf } from '../read/dom';
import { editorIn } from '../read/editor';
import { labelledAs } from '../read/labels';
import { roleByRequester } from '../read/role';
import { timeIn } from '../read/time';

/** Help Scout (selectors from helpscout-thread-hider, toggl, clockify): classic and newer thread markup. */
const CONVERSATION = /^\/conversation\/(\d+)\/(\d+)/;
// The tab title: "#<number> <subject> - <customer>".
const TITLE = /^#(\d+)\s+(.*)\s+-\s+([^-]+)$/;
const titleOf = (pane: Document | Element) => TITLE.exec((pane.ownerDocument ?? (pane as Document)).title.trim());

/** Ticket pages the detector must accept and every other adapter's must reject (tests read them; a named export, so
 * they stay out of the content script). */
export const examples: readonly string[] = ['https://secure.helpscout.net/conversation/2480193751/1873', 'https://secure.helpscout.net/conversation/118/42?folderId=7'];

export default defineAdapter({
  id: 'help-scout',
  name: 'Help Scout',
  matches: ['https://secure.helpscout.net/*'],
  detect: (url) => url.hostname === 'secure.helpscout.net' && CONVERSATION.test(url.pathname),
  ticketId: (_pane, url) => CONVERSATION.exec(url.pathname)?.[2],
  subject: (pane) => textOf(first(pane, '[aria-label="Conversation Subject"]', '#subjectLine')) ?? titleOf(pane)?.[2],
  requester: (pane) => {
    const name = titleOf(pane)?.[3]?.trim();
    return name ? { name } : null;
  },
  messages: {
    container: '#tkContent, ol[aria-label="Thread Items"]',
    items: '#tkContent article.thread, ol[aria-label="Thread Items"] > li > div[id^="thread-"]',
    // [?] The newer markup's body has no known class: its message body is the element the item labels as such,
    // else the classic section.
    body: (item) => first(item, 'section.messageBody', '[aria-label="Message body"]', '[class*="messageBody"]'),
    // [?] Author: the item's header names the person.
    author: (item) => textOf(first(item, 'header [class*="name"]', 'header strong', 'header a')),
    time: (item) => timeIn(item, 'header [title]'),
    // [?] Notes: the class the classic view uses for thread kinds, or the item's own label.
    internal: (item) => item.classList.contains('note') || labelledAs(item, /\bnote\b/i),
    role: (item, { author, requester }) =>
      item.classList.contains('customer') ? 'customer' : roleByRequester(author, requester),
  },
  // [?] Editor library unknown: the editable inside the composer.
  editor: (pane) => editorIn(pane.querySelector('[data-cy="ConvoEditor"]')),
});
