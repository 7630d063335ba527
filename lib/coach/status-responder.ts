/**
 * Answers the popup's "what are you doing on this tab?" (lib/messages/popup-status.ts) from the coach's store:
 * the helpdesk picked, the open ticket and the flags in the drafts. Returns the function that stops answering.
 */
import { browser } from 'wxt/browser';
import { TabStatusRequestSchema, type TabStatus } from '../messages/popup-status';
import type { CoachState, CoachStore } from './store';

export function tabStatusOf(state: CoachState): TabStatus {
  const { ticket, health } = state;
  const status: TabStatus = {
    active: true,
    helpdesk: ticket?.helpdesk ?? health?.helpdesk ?? 'generic',
    flags: Object.values(state.drafts).reduce((n, d) => n + d.flags.length, 0),
  };
  if (ticket?.helpdeskName) status.helpdeskName = ticket.helpdeskName;
  if (ticket?.id) status.ticketId = ticket.id;
  if (ticket?.subject) status.subject = ticket.subject.slice(0, 500);
  return status;
}

export function answerStatusRequests(store: CoachStore): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (status: TabStatus) => void) => {
    if (!TabStatusRequestSchema.safeParse(message).success) return undefined;
    sendResponse(tabStatusOf(store.getState()));
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
