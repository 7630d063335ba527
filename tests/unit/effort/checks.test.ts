/**
 * The checks on rule matches (issue 12's tenth pass, precision): wait-check.ts drops a long-wait match its clause
 * reads as no wait of the customer's, threat-check.ts an escalation match that is a plain request or a lawyer in the
 * story. Through the whole detector: each message must, or must not, show the signal.
 */
import { describe, expect, test } from 'vitest';
import { detectEffortSignals } from '../../../lib/effort';
import type { EffortSignalId } from '../../../lib/taxonomy';

const shows = (text: string, id: EffortSignalId) => detectEffortSignals(text).some((s) => s.id === id);

const cases: Record<string, { id: EffortSignalId; match: string[]; allow: string[] }> = {
  'a long wait, not a point in a story, a short stretch, a process question, something overnight or a wait offered (wait-check.ts)': {
    id: 'long-wait',
    match: [
      'Refund still pending 3 weeks later. It should not be this hard.',
      'As of today, more than 90 days later, I still have not received the title.',
      'You rebooked me on a flight 2 DAYS later. With a toddler.',
      'Hearing nothing back 4 days later',
      'your automated line hung up on me 3 times after 20 mins on hold each time.',
      'Twenty minutes of being on hold just to change a seat.',
      'How much longer will this take? I have been waiting since Monday.',
      'How long do I have to wait for a technician?',
      'We were stuck at the airport overnight with no hotel.',
      'I have been on hold for 45 minutes.',
      'It took 3 weeks to get a reply.',
      'Nobody came, she waited 45 minutes at the gate.',
      'I waited and waited and nobody called back.',
    ],
    allow: [
      'Two weeks later I got a letter confirming the change, all good.',
      'The collector removed it, then it reappeared two months later under a different name.',
      'The bank gave provisional credit, then 45 days later reversed it.',
      'The parcel arrived 2 days later than the estimate but all fine, thanks.',
      'It took 5 minutes to set up, very easy.',
      'only took 5 minutes, thanks',
      'Took me 10 min at the gate. Please bring back the old home screen.',
      'Ordered twice, got cancelled twice 20 min later.',
      'The code expires after 10 minutes, so please send a new one.',
      'How long does it take to get a credit for a missing ingredient?',
      'The app logs me out overnight, any fix?',
      'battery drains 40% overnight doing nothing since the update. anyone else?',
      "I'm happy to wait a few days for the replacement.",
      'Can you wait a week before charging my card? I get paid on the 28th.',
      "Please hold the order for 2 weeks while I'm away.",
      'your driver was a legend, he waited when I forgot my keys upstairs.',
      'thank you for holding the gate for us. We ran. You waited.',
    ],
  },
  'a threat to leave or a lawyer turned to, not a plain request or a lawyer in the story (threat-check.ts)': {
    id: 'escalation-demand',
    match: [
      'Cancel my account today or I dispute the charge.',
      "Fix it this week or I'm cancelling my subscription.",
      'I want to cancel my membership. Three months of this is enough.',
      'I will be speaking to my lawyer.',
      "I'm about to take this to the state attorney general.",
    ],
    allow: [
      'I want to cancel my gym membership. I moved to another city. How do I do this without coming to the club in person?',
      "I'd like to cancel my plan. where do I do that online? can't find it anywhere",
      "I'd like to cancel my appointment on Friday and rebook for next week.",
      'Please cancel the duplicate booking, I only need one room.',
      'My lawyer says the proof of service is signed by someone at an address I never lived at.',
      "I have a buyer's attorney contacting me about it.",
    ],
  },
  'a channel used or sent to, not one offered for the reply (channel-check.ts)': {
    id: 'channel-switch',
    match: [
      'I called twice and was told to email, so here I am.',
      'I rang twice and nobody called me back. Please call me on 07700 900123.',
      'Your chat agent told me to call the branch.',
      'I have emailed three times; you can reach me by phone too.',
    ],
    allow: [
      'You can reach me by phone or email.',
      'Please call me on 07700 900123 after 5pm.',
      "I'd prefer a phone call if possible.",
      'Feel free to ring me at home after 6.',
    ],
  },
};

for (const [name, { id, match, allow }] of Object.entries(cases))
  describe(name, () => {
    test.each(match)(`shows ${id}: %s`, (text) => expect(shows(text, id)).toBe(true));
    test.each(allow)(`does not show ${id}: %s`, (text) => expect(shows(text, id)).toBe(false));
  });
