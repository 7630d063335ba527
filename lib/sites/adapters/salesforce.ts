import { defineAdapter } from '../read/define-adapter';
import { emailIn, textOf } from '../read/dom';
import { ariaFeed } from '../read/feed';

/** Salesforce Service Console (selectors from UNiXMIT/UNiXSF): Lightning keeps every console tab mounted. */
const CASE_PATH = /^\/lightning\/r\/Case\/([A-Za-z0-9]{15,18})\/view/;
const field = (pane: Document | Element, label: string) => textOf(pane.querySelector(`[field-label="${label}"] [name="outputField"]`));

/** Ticket pages the detector must accept and every other adapter's must reject (tests read them; a named export, so
 * they stay out of the content script). */
export const examples: readonly string[] = ['https://acme.lightning.force.com/lightning/r/Case/5003t00002AbCdEAAV/view', 'https://acme--uat.sandbox.lightning.force.com/lightning/r/Case/500Hs00001XyZ12/view?ws=1'];

export default defineAdapter({
  id: 'salesforce',
  name: 'Salesforce Service Console',
  matches: ['https://*.lightning.force.com/*'],
  detect: (url) => url.hostname.endsWith('.lightning.force.com') && CASE_PATH.test(url.pathname),
  pane: (doc) => doc.querySelector('.tabContent.active.oneConsoleTab'),
  ticketId: (_pane, url) => CASE_PATH.exec(url.pathname)?.[1],
  subject: (pane) => field(pane, 'Subject'),
  // [?] The contact fields, read with the same field-label convention as the subject.
  requester: (pane) => {
    const name = field(pane, 'Contact Name');
    const email = emailIn(field(pane, 'Contact Email'));
    return name || email ? { name, email } : null;
  },
  // [?] Feed items: ARIA feed articles; an internal post labels itself.
  messages: ariaFeed({ internal: /\b(internal|post|comment)\b/i }),
  editor: (pane) => pane.querySelector('.publisherInputContainer .ql-editor'),
});
