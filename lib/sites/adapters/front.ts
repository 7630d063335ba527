import { defineAdapter } from '../read/define-adapter';
import { textOf } from '../read/dom';
import { editorIn } from '../read/editor';
import { ariaFeed } from '../read/feed';

/** Front (selectors from clockify, front-attachment-viewer): class names are hashed styled-components. */
const CONVERSATION = /\/(cnv_[a-z0-9]+)/i;

/** Ticket pages the detector must accept and every other adapter's must reject (tests read them; a named export, so
 * they stay out of the content script). */
export const examples: readonly string[] = ['https://app.frontapp.com/open/cnv_1a2b3c4d', 'https://app.frontapp.com/inboxes/teams/folders/8812/unassigned/0/cnv_9zy8x7'];

export default defineAdapter({
  id: 'front',
  name: 'Front',
  matches: ['https://app.frontapp.com/*'],
  detect: (url) => url.hostname === 'app.frontapp.com' && CONVERSATION.test(url.pathname),
  pane: (doc) => doc.querySelector('[data-testid="conversation"]'),
  ticketId: (_pane, url) => CONVERSATION.exec(url.pathname)?.[1],
  // Hashed class names keep their readable prefix.
  subject: (pane) => textOf(pane.querySelector('[class*="conversationSubjectWrapper__"]')),
  // [?] The requester is the first message's sender (Front shows the contact there).
  requester: (pane) => {
    const first = pane.querySelector('[role="feed"] [role="article"], [role="feed"] article');
    const author = first && ariaFeed().author?.(first);
    return author ? { name: author } : null;
  },
  // [?] Messages and comments (team discussion, internal) through ARIA; a comment labels itself.
  messages: ariaFeed({ internal: /\b(comment|internal)\b/i }),
  editor: (pane) => editorIn(pane.querySelector('[role="region"][aria-label*="reply" i], [class*="composer" i]')),
});
