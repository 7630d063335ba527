import { defineAdapter } from '../read/define-adapter';
import { emailIn, first, textOf, valueOf } from '../read/dom';
import { editorIn } from '../read/editor';
import { timeIn } from '../read/time';

/** Zendesk Agent Workspace (selectors from maintained extensions: toggl, clockify, liferay-zendesk-userscript). */
const TICKET_PATH = /^\/agent\/tickets\/(\d+)/;

/** Ticket pages the detector must accept and every other adapter's must reject (tests read them; a named export, so
 * they stay out of the content script). */
export const examples: readonly string[] = ['https://acme.zendesk.com/agent/tickets/4821', 'https://support-eu.zendesk.com/agent/tickets/17/events'];

export default defineAdapter({
  id: 'zendesk',
  name: 'Zendesk Agent Workspace',
  matches: ['https://*.zendesk.com/*'],
  detect: (url) => url.hostname.endsWith('.zendesk.com') && TICKET_PATH.test(url.pathname),
  // Host-mapped (custom domain) agent pages: the workspace's own roots and Zendesk's asset host.
  recognise: (doc) =>
    !!doc.querySelector(
      '[data-test-id="omni-log-container"], .ticket-panes-grid-layout, script[src*="zdassets.com"], link[href*="zdassets.com"]',
    ),
  // Several tickets stay mounted; the open one is marked active and anchored with its id.
  pane: (doc, url) => {
    const id = TICKET_PATH.exec(url.pathname)?.[1];
    const active = Array.from(doc.querySelectorAll('[data-is-active="true"]'));
    const byId = id && active.find((p) => p.querySelector(`[data-side-conversations-anchor-id="${id}"]`));
    return byId || active.find((p) => p.querySelector('[data-test-id="omni-log-container"]')) || null;
  },
  ticketId: (pane, url) =>
    TICKET_PATH.exec(url.pathname)?.[1] ??
    pane.querySelector('[data-side-conversations-anchor-id]')?.getAttribute('data-side-conversations-anchor-id'),
  subject: (pane) => valueOf(pane.querySelector('input[data-test-id="omni-header-subject"]')),
  requester: (pane) => {
    const shown = textOf(pane.querySelector('[data-test-id="ticket-system-field-requester-select"]'));
    return shown ? { name: shown.replace(/<[^>]*>/g, '').trim(), email: emailIn(shown) } : null;
  },
  messages: {
    container: '[data-test-id="omni-log-container"]',
    items: 'article[data-test-id="omni-log-comment-item"]',
    body: (item) => item.querySelector('[data-test-id="omni-log-message-content"] .zd-comment'),
    author: (item) => textOf(item.querySelector('[data-test-id="omni-log-item-sender"]')),
    time: (item) => timeIn(item),
    internal: (item) => !!item.querySelector('[data-test-id="omni-log-internal-note-tag"]'),
    role: (item) =>
      item.querySelector('[data-test-id="omni-log-item-message"]')?.getAttribute('type') === 'end-user' ? 'customer' : 'agent',
  },
  editor: (pane) =>
    first(pane, 'div[data-test-id="editor-view"] [data-test-id="omnicomposer-rich-text-ckeditor"]') ??
    editorIn(pane.querySelector('div[data-test-id="editor-view"]')),
});
