import { defineAdapter } from '../read/define-adapter';
import { first, textOf } from '../read/dom';
import { roleByRequester } from '../read/role';
import { timeIn } from '../read/time';

/** Jira Service Management, agent view (selectors from userscripts); Atlassian Cloud or Data Center. */
const ISSUE = /\/(?:browse|queues\/[^?#]*)\/([A-Z][A-Z0-9_]+-\d+)\/?$/;
const issueKey = (url: URL) => ISSUE.exec(url.pathname)?.[1] ?? url.searchParams.get('selectedIssue') ?? undefined;

/** Ticket pages the detector must accept and every other adapter's must reject (tests read them; a named export, so
 * they stay out of the content script). */
export const examples: readonly string[] = [
  'https://acme.atlassian.net/browse/HELP-311',
  'https://acme.atlassian.net/jira/servicedesk/projects/HELP/queues/custom/1/HELP-311',
];

export default defineAdapter({
  id: 'jira-service-management',
  name: 'Jira Service Management',
  matches: ['https://*.atlassian.net/*'],
  detect: (url) => url.hostname.endsWith('.atlassian.net') && !!issueKey(url),
  // Data Center on a custom domain: Jira's application meta tag.
  recognise: (doc) => !!doc.querySelector('meta[name="application-name"][content="JIRA" i], body#jira'),
  ticketId: (_pane, url) => issueKey(url),
  subject: (pane) => textOf(pane.querySelector('[data-testid="issue.views.issue-base.foundation.summary.heading"]')),
  // [?] The reporter field: the people field whose test id names it.
  requester: (pane) => {
    const name = textOf(first(pane, '[data-testid*="reporter"] [data-testid*="name"]', '[data-testid*="reporter"]'));
    return name ? { name } : null;
  },
  messages: {
    container: '[data-testid="issue.activity.comments-list"]',
    items: '[data-testid^="comment-base-item-"]',
    // [?] Comment bodies are Atlaskit renderer documents.
    body: (item) => first(item, '.ak-renderer-document', '[data-testid*="comment-body"]'),
    // [?] The author is the comment header's first name.
    author: (item) => textOf(first(item, '[data-testid*="author"]', 'header strong', 'strong')),
    time: (item) => timeIn(item),
    internal: (item) => !!item.querySelector('[data-testid="issue-comment-base.ui.comment.custom-comment.restricted-to"]'),
    role: (_item, { author, requester }) => roleByRequester(author, requester),
  },
  editor: (pane) => pane.querySelector('#ak-editor-textarea[contenteditable="true"]'),
});
