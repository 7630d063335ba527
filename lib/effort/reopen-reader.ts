/**
 * A reader pass (issue 12, h80): a ticket the customer reopens — the customer came back on a contact (repeat contact)
 * because its closing did not solve the problem (unresolved). Every such message in the fit data and the read sets
 * is labeled both.
 *
 *   "INC0012345 — reopening."     "Ticket 31874 was closed without a response, reopening here."     "Please reopen."
 *   "Re: Ticket 88-2417 (reopened)"     "You closed the ticket as resolved without asking me. Reopen it."
 *
 * Not something else reopened ("log in via the web then reopen the app", "asked them to reopen the account", "the
 * store reopens on Monday"), nor a reopening refused or not done ("they would not reopen it", "the dispute could not
 * be reopened"), nor a question how to ("how do I reopen a ticket?").
 */
import type { EffortSignal } from './types';

const REOPEN = /\bre-?open(?:s|ed|ing)?\b/g;
/** What is reopened when it is no ticket: a program, a window, an account, a shop, a thing with a lid. */
const THING_AFTER =
  /^\s+(?:up\s+)?(?:the |my |our |this |that |a |an |your |their |his |her |it |them )?(?:[\w-]+ )?(?:app|apps|application|account|accounts|browser|window|tab|file|files|program|programme|software|page|store|shop|branch|office|door|gate|site|website|lid|box|settings|laptop|computer|line|road|restaurant|venue|position|role|vacancy|wound|investigation into)\b/;
/** A ticket's or a case's noun right before the verb: "ticket (reopened)", "the case reopened". */
const TICKET_BEFORE = /\b(?:ticket|case|complaint|incident|request|claim|query|issue|dispute|report|it|this|inc\d+|#?\d{3,}[\w-]*)\b[\s()\-—–:,]*(?:was |has been |is |been |got |now )?$/;
/** A ticket's noun, or nothing (the message's own ticket), right after the verb. */
const TICKET_AFTER = /^(?:\s*[.!,;:)\n]|\s*$|\s+(?:the |my |our |this |that |your )?(?:ticket|case|complaint|incident|request|claim|query|issue|dispute|report)\b|\s+(?:it|this|here|please|again|as|because|since|with|and)\b)/;
/** Refused, not done, or only asked how to. */
const NOT_DONE = /\b(?:not|never|no|cannot|can'?t|won'?t|wouldn'?t|couldn'?t|didn'?t|refused to|refuse to|unable to|how (?:do|can|could|would|should) (?:i|we|you)(?: \w+)?|where do i)\s+(?:[\w']+\s+){0,2}$|n't\s+(?:[\w']+\s+){0,2}$/;

/** The repeat-contact and unresolved signals a reopened ticket shows in `prepared`; cut from `original` (same offsets). */
export function readReopened(original: string, prepared: string): EffortSignal[] {
  const lower = prepared.toLowerCase();
  if (!lower.includes('open')) return [];
  REOPEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  let seen = 0;
  while ((m = REOPEN.exec(lower)) !== null && ++seen <= 20) {
    const start = m.index;
    const end = start + m[0].length;
    const before = lower.slice(Math.max(0, start - 40), start);
    const after = lower.slice(end, end + 40);
    if (NOT_DONE.test(before) || THING_AFTER.test(after)) continue;
    if (!TICKET_BEFORE.test(before) && !TICKET_AFTER.test(after) && !/(?:^|[.!?\n]|[-—–:]\s*)\s*(?:please\s+)?$/.test(before)) continue;
    const match = original.slice(start, end);
    return [
      { id: 'repeat-contact', start, end, match },
      { id: 'unresolved', start, end, match },
    ];
  }
  return [];
}
