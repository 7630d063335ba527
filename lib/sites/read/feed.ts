import type { MessageSpec } from '../types';
import { first, textOf } from './dom';
import { labelledAs } from './labels';
import { roleByRequester } from './role';
import { timeIn } from './time';

/**
 * Messages of a helpdesk whose thread markup no source showed, read through the WAI-ARIA feed pattern
 * (role="feed"/"log" holding role="article" items) and their visible structure: the author is the item's
 * heading, the body is the element after the header, a note labels itself. Used by adapters' [?] parts.
 */
export function ariaFeed(options: { container?: string; items?: string; body?: string; internal?: RegExp } = {}): MessageSpec {
  const internal = options.internal ?? /\b(internal|private|note|comment)\b/i;
  return {
    container: options.container ?? '[role="feed"], [role="log"]',
    items: options.items ?? '[role="feed"] [role="article"], [role="log"] [role="article"], [role="feed"] article, [role="log"] article',
    body: (item) =>
      first(item, ...(options.body ? [options.body] : []), '[data-message-body]', 'header ~ div', ':scope > div:last-child'),
    author: (item) => textOf(first(item, 'header [data-author]', 'header h3', 'header h4', 'header strong', 'header a')),
    time: (item) => timeIn(item, 'header [title]'),
    internal: (item) => labelledAs(item, internal),
    role: (_item, { author, requester }) => roleByRequester(author, requester),
  };
}
