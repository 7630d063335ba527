import { defineAdapter } from '../read/define-adapter';
import { first, isHidden, textOf } from '../read/dom';
import { toIso } from '../read/time';

/** Gmail (selectors from KartikTalwar/gmail.js): hash routing, one thread view shown at a time. */
// "#inbox/FMfcgzQbfxvW…", "#label/Support/FMfcg…", "#search/refund/FMfcg…": a thread id ends the hash.
const THREAD_HASH = /^#[^/]+(?:\/[^/]+)*\/([A-Za-z0-9]{16,})$/;
// [?] The signed-in account: Gmail's tab title ends with "<address> - Gmail".
const accountOf = (doc: Document) => /([^\s]+@[^\s]+)\s+-\s+Gmail\s*$/.exec(doc.title)?.[1]?.toLowerCase();
const senderEmail = (item: Element) => item.querySelector('span.gD[email]')?.getAttribute('email')?.toLowerCase();

/** Ticket pages the detector must accept and every other adapter's must reject (tests read them; a named export, so
 * they stay out of the content script). */
export const examples: readonly string[] = [
  'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfxvWmnkCGxFgPNkbBZBsqTsn',
  'https://mail.google.com/mail/u/1/#label/Support/FMfcgzQXJWDsKmjvSbWXkhBbRhHDJpSq',
];

export default defineAdapter({
  id: 'gmail',
  name: 'Gmail',
  matches: ['https://mail.google.com/*'],
  detect: (url) => url.hostname === 'mail.google.com' && THREAD_HASH.test(url.hash),
  // [?] Earlier views stay in the DOM hidden: the thread view is the main region whose subject is shown.
  pane: (doc) =>
    Array.from(doc.querySelectorAll('h2.hP'))
      .filter((h) => !isHidden(h))
      .map((h) => h.closest('[role="main"]') ?? doc)[0] ?? null,
  ticketId: (pane, url) =>
    pane.querySelector('h2[data-legacy-thread-id]')?.getAttribute('data-legacy-thread-id') ?? THREAD_HASH.exec(url.hash)?.[1],
  subject: (pane) => textOf(pane.querySelector('h2.hP')),
  // The customer is the first sender who is not the signed-in account.
  requester: (pane) => {
    const doc = pane.ownerDocument ?? (pane as Document);
    const account = accountOf(doc);
    const sender = Array.from(pane.querySelectorAll('div.adn.ads[data-message-id] span.gD[email]')).find(
      (s) => s.getAttribute('email')?.toLowerCase() !== account,
    );
    return sender ? { name: textOf(sender) ?? sender.getAttribute('name') ?? undefined, email: sender.getAttribute('email')!.toLowerCase() } : null;
  },
  messages: {
    container: 'div.adn.ads[data-message-id]',
    items: 'div.adn.ads[data-message-id]',
    body: (item) => item.querySelector('div.a3s'),
    author: (item) => textOf(item.querySelector('span.gD[email]')),
    time: (item) => toIso(item.querySelector('span.g3')?.getAttribute('title')),
    role: (item, { doc, requester }) => {
      const email = senderEmail(item);
      const account = accountOf(doc);
      if (account) return email === account ? 'agent' : 'customer';
      return email && email === requester?.email ? 'customer' : 'agent';
    },
  },
  // The reply editor only exists once the agent clicks Reply: a thread without one is not a broken page.
  expects: () => ['id', 'subject', 'requester', 'thread'],
  // The inline reply (div.M9) sits in the thread view; a popped-out reply (div.AD) does not.
  editor: (pane, doc) =>
    first(pane, 'div.M9 div[contenteditable="true"][role="textbox"]') ??
    first(doc, 'div.AD div[contenteditable="true"][role="textbox"]'),
});
