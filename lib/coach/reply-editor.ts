/**
 * Which editable can be the draft the panel shows. Where the site adapter names the reply editor, only the
 * editors it named can (a click into the ticket's title or an internal-note field never switches the draft); in
 * generic mode, any editor the agent types a reply in, which rules out fields that say they are something else:
 * search boxes, titles and subjects, notes, headings and single-line fields.
 */

/** Names a field gives itself that say it is not the reply. */
const NOT_REPLY = /search|title|subject|(?:^|[^a-z])notes?(?:[^a-z]|$)/i;
/** Class names too, but not for notes: Summernote's reply editor is `.note-editable`. */
const NOT_REPLY_CLASS = /search|title|subject/i;

/** What an element says it is, in the attributes pages name their fields by. */
function selfDescription(el: Element): string {
  return ['id', 'name', 'aria-label', 'placeholder', 'data-name', 'data-test-id', 'data-testid']
    .map((a) => el.getAttribute(a) ?? '')
    .join(' ');
}

/** False for an editable that is plainly not where a reply is written; true otherwise. */
export function mayBeReply(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role === 'searchbox' || role === 'combobox') return false;
  if (el.getAttribute('aria-multiline') === 'false') return false;
  if (el.closest('h1, h2, h3, h4, h5, h6, [role="heading"], [role="search"], search')) return false;
  if (el.tagName === 'TEXTAREA' && el.getAttribute('rows') === '1') return false;
  return !NOT_REPLY.test(selfDescription(el)) && !NOT_REPLY_CLASS.test(el.getAttribute('class') ?? '');
}

/**
 * A named editor the page hides does not count: CKEditor 4 hides the textarea it replaces (Request Tracker names
 * the textarea; the agent types in CKEditor's iframe).
 */
function shown(n: Element): boolean {
  const check = (n as Element & { checkVisibility?: () => boolean }).checkVisibility;
  if (typeof check === 'function') return check.call(n);
  return !(n as HTMLElement).hidden && n.ownerDocument.defaultView?.getComputedStyle(n).display !== 'none';
}

/**
 * Whether `el` may become the panel's draft: when the adapter named reply editors (`named`, those still on the
 * page), only they may; else any editor that may be a reply.
 */
export function mayBeDraft(el: Element, named: ReadonlySet<Element>): boolean {
  const live = [...named].filter((n) => n.isConnected && shown(n));
  if (live.length > 0) return live.includes(el);
  return mayBeReply(el);
}
