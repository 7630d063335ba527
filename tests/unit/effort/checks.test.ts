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
      'You put my account on hold by mistake and I was on hold for 50 minutes to fix it.',
      "I can't log in, and I've been on hold for 40 minutes.",
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
      "Can I put my broadband account on hold for three months while I'm working overseas?",
      "I can't sit on hold for an hour at work, so please reply by email.",
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
      'I want to speak to your manager about this charge.',
      'Our legal team will be in touch about the breach.',
      "Refund me by Friday or I'll open a dispute with my bank.",
    ],
    allow: [
      // h50: "enough" asked about, not said of the company
      'Please cancel my gym membership. Is one month of notice enough?',
      'I want to cancel my gym membership. I moved to another city. How do I do this without coming to the club in person?',
      "I'd like to cancel my plan. where do I do that online? can't find it anywhere",
      "I'd like to cancel my appointment on Friday and rebook for next week.",
      'Please cancel the duplicate booking, I only need one room.',
      'My lawyer says the proof of service is signed by someone at an address I never lived at.',
      "I have a buyer's attorney contacting me about it.",
      'Our legal team requires a signed copy of the data agreement, can you send one?',
      'I checked with my line manager and she says the overtime was approved.',
      'The tracking says delivered but it is not here. Could you open a claim with the carrier please?',
    ],
  },
  'a cancel inside a complaint, not a plain request in a calm message or a cancel not wanted (threat-check.ts isLeaveRequest)': {
    id: 'escalation-demand',
    match: [
      "Please close my account. I'm fed up with the outages.",
      "I'd like to cancel my contract, because your engineers never turn up.",
      'Cancel my plan. The app has not worked since March and nobody answers.',
      'Cancelling at the end of the month. Done.',
    ],
    allow: [
      'Please cancel my gym membership from the end of June. Member number 55120. Thank you.',
      "Hi, I'd like to cancel my magazine subscription please, no problem with it, I just have no time to read.",
      "I'm writing to formally terminate my broadband contract, account 220914. Please send the final bill.",
      'Cancel my subscription please, moving abroad.',
      "Can I skip two deliveries while I'm away? I don't want to cancel, the meals are great.",
    ],
  },
  'a contact made again, not one mentioned in passing inside a ticket (contact-check.ts)': {
    id: 'repeat-contact',
    match: [
      'RE: RE: Ticket 80213 — still the same error after the update.',
      'Ticket ref QP-55021. Nobody has called me back since Monday.',
      'I posted the forms on 3 June, claim ref HV-20913, and it still says pending.',
      'I called your billing team twice last week.',
      'Per my last email, could you confirm you received the photos?',
      'Hello again, this is my third message about the missing refund.',
      'Following up on my email from Tuesday about the broken hinge.',
      'I spoke with your colleague on Friday and she said it would be sorted.',
      'Nobody answers the phone at your depot.',
    ],
    allow: [
      'Re: [Ticket 80213] Boiler service\n\nYes, Thursday morning works for us.',
      'Hi, can I move my table for four to 8pm? Booking ref TB-4471.',
      'Can the engineer come after 3pm? Job ref EN-5520.',
      'Loved the workshop, the trainer was great. Course ref WK-2093.',
      'Ticket #61190 from March went smoothly, you fixed my login then. New question: how do I add a second user?',
      'Sorry, I typed the wrong postcode in my last message. It should be LS6 2QT.',
      'As you asked, I checked with my bank. They say the transfer left my account on the 4th.',
      "You say my insurer hasn't paid, but I rang them this morning and they said the cheque went out last week.",
      'Hello again, thanks for the new password, it works.',
      'Following up on my question about the warranty: does it cover the battery too?',
      'Thank you so much, really appreciate you chasing it with the warehouse.',
      "I'm in all day Friday, please leave it in the porch if nobody answers.",
    ],
  },
  'exasperation, not a feeling denied or "!!" on something that now works (feeling-check.ts)': {
    id: 'frustration',
    match: [
      "I'm angry that nobody told me the office was closed.",
      'It still does not work!!',
      'It worked for a day and broke again!!',
      'I am not angry, I am just disappointed.',
    ],
    allow: [
      "I'm not angry at your driver, he was polite, I just want to know where the second box went.",
      "I'm not upset, only curious why the price changed.",
      'Thank you for walking me through it, everything works now!!',
    ],
  },
  'a fix that failed, not "nothing changed" on the customer\'s own side (unresolved-check.ts)': {
    id: 'unresolved',
    match: ['You said the patch would fix it. Nothing has changed.', 'Nothing changed after the reset, the light is still red.'],
    allow: [
      'Our API calls started failing at 9am. Nothing changed on our side, is there an outage?',
      'My premium went up by £200. Nothing has changed - same house, same car, no claims. Why?',
    ],
  },
  'a channel used or sent to, not one offered for the reply (channel-check.ts)': {
    id: 'channel-switch',
    match: [
      'I called twice and was told to email, so here I am.',
      'I rang twice and nobody called me back. Please call me on 07700 900123.',
      'Your chat agent told me to call the branch.',
      'I have emailed three times; you can reach me by phone too.',
      'Hello,\n\nI emailed on 2 May and rang on 9 May, still nothing.\n\nRegards,\nPat',
      'emailed twice about the refund, no reply',
      'Third call to your helpline today, should I just give up?',
    ],
    allow: [
      'You can reach me by phone or email.',
      'Please call me on 07700 900123 after 5pm.',
      "I'd prefer a phone call if possible.",
      'Feel free to ring me at home after 6.',
      'Hello,\n\nI emailed the payroll team on 3 March and 10 March about my P60 and have had no answer.\n\nRegards,\nSam',
      'Do I have to send the form by post, or can I scan it?',
      'Could you send the contract by email rather than by courier?',
    ],
  },
};

for (const [name, { id, match, allow }] of Object.entries(cases))
  describe(name, () => {
    test.each(match)(`shows ${id}: %s`, (text) => expect(shows(text, id)).toBe(true));
    test.each(allow)(`does not show ${id}: %s`, (text) => expect(shows(text, id)).toBe(false));
  });
