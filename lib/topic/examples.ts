/**
 * Each topic's examples: tickets (subject and first customer message) it must be read as, and ones it must not.
 * Test data only (tests/unit/topic): the classifier never imports this file, so it stays out of the extension.
 */
import type { Topic } from './topics';

export interface TopicExample {
  subject: string;
  message?: string;
}

export const TOPIC_EXAMPLES: Record<Topic, { match: TopicExample[]; allow: TopicExample[] }> = {
  refund: {
    match: [
      { subject: 'Refund request for order 4471', message: 'I returned the jacket two weeks ago and still have no refund.' },
      { subject: 'Where is my money?', message: 'You promised to reimburse me for the broken kettle.' },
      { subject: 'Re: return', message: 'I sent it back on Monday, when will the refund reach my card?' },
    ],
    allow: [{ subject: 'Parcel still not here', message: 'Tracking has said in transit for a week.' }],
  },
  delivery: {
    match: [
      { subject: 'Parcel still not here', message: 'Tracking has said in transit for a week.' },
      { subject: 'Order 8812 late', message: 'The courier says it was delivered but nothing arrived.' },
      { subject: 'Missing package', message: 'My shipment never arrived and the carrier will not answer.' },
    ],
    allow: [{ subject: 'Charged twice this month', message: 'My card shows two payments of $19.' }],
  },
  billing: {
    match: [
      { subject: 'Charged twice this month', message: 'My card shows two payments of $19.' },
      { subject: 'Wrong invoice', message: 'The invoice has the old price and VAT is wrong.' },
      { subject: 'Late fee on my bill', message: 'Why was I billed a late fee when I paid on time?' },
    ],
    allow: [{ subject: "Can't log in", message: 'The password reset e-mail never comes.' }],
  },
  'account-access': {
    match: [
      { subject: "Can't log in", message: 'The password reset e-mail never comes.' },
      { subject: 'Locked out of my account', message: 'It says my account is locked after too many tries.' },
      { subject: '2FA code not arriving', message: 'I am unable to sign in without the verification code.' },
    ],
    allow: [{ subject: 'App crashes on start', message: 'Since the update it crashes every time I open it.' }],
  },
  bug: {
    match: [
      { subject: 'App crashes on start', message: 'Since the update it crashes every time I open it.' },
      { subject: 'Export not working', message: 'I get an error message when I export to CSV.' },
      { subject: 'Sync broken', message: 'My notes stopped working across devices, looks like a bug.' },
    ],
    allow: [{ subject: 'Cancel my subscription', message: 'Please cancel before the next renewal.' }],
  },
  cancellation: {
    match: [
      { subject: 'Cancel my subscription', message: 'Please cancel before the next renewal.' },
      { subject: 'Unsubscribe', message: 'I want to end my subscription and stop the auto-renewal.' },
      { subject: 'Membership', message: 'How do I cancel? I was charged after I asked to cancel.' },
    ],
    allow: [{ subject: 'Wrong invoice', message: 'The invoice has the old price and VAT is wrong.' }],
  },
};
