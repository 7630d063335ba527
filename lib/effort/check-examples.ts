/**
 * The checks' examples (wait-check.ts, threat-check.ts, channel-check.ts, contact-check.ts, unresolved-check.ts…),
 * by family: messages the whole detector must, or must not, show the signal for. Data, not test code: the unit test
 * runs them, and the scorer's threshold chooser (`measure:effort:cv -- --thresholds`) keeps every threshold above the
 * probability the scorer gives a must-not example, as it does for the rules' examples.
 */
import type { EffortSignalId } from '../taxonomy';

export interface CheckExample {
  id: EffortSignalId;
  match: string[];
  allow: string[];
}

export const CHECK_EXAMPLES: Readonly<Record<string, CheckExample>> = {
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
  // (h52) precision on app reviews, complaint narratives and live chat: who speaks, who acts, what is negated
  'escalation: words quoted from others, a crime reported to the police, a claim the company will open, rights known (threat-check.ts, h52)': {
    id: 'escalation-demand',
    match: [
      'I told them "I want a manager on this call now" and they hung up.',
      'If this is not fixed by Friday I will report you to the FTC.',
      'Your driver damaged my fence and I filed a police report against your driver.',
      "I'll open a dispute with my bank if the refund is not back by Monday.",
      'Charging me twice and refusing to refund is a violation of my rights.',
    ],
    allow: [
      'The council sent a notice saying "failure to pay will be passed to our attorney" but I paid in March, receipt attached.',
      'My shed was broken into last week and the bikes were stolen. I filed a police report the next morning. Can you tell me what the claim needs?',
      'The shop said they would open a claim with the courier and get back to me.',
      'Cash refund please, not credit. I know my rights.',
    ],
  },
  'frustration: the company\'s words quoted back (feeling-check.ts, h52)': {
    id: 'frustration',
    match: [
      'Why does every reply begin with "we understand your frustration"? Clearly nobody does.',
      'I am so frustrated with this app.',
    ],
    allow: ['The reply only said "we understand your frustration and have passed this on." Could you tell me the next step?'],
  },
  'long wait: years of custom, a wait not needed, a point in a story after a comma (wait-check.ts, h52)': {
    id: 'long-wait',
    match: [
      'After 2 years still no refund for the cancelled course.',
      'I have been waiting 2 years for this refund.',
      '90 days later, I still have not received the title.',
    ],
    allow: [
      'After 12 years with the same gym, we are moving to the coast. Please close the membership.',
      'Renewed the policy online in 3 clicks, no need to call or wait on hold. Lovely.',
      'Handed back the van at the end of the hire. 3 weeks later, the rental firm sent me a bill for a scratch.',
    ],
  },
  'channel switch: a channel not needed, a thing on hold, the other side reaching the customer, a chat dropped (channel-check.ts, h52)': {
    id: 'channel-switch',
    match: [
      'I sent a letter to your head office on 3 June.',
      'I was on hold for 40 minutes before anyone answered.',
      'I called twice and your agent hung up on me both times.',
      'Waited on the phone line for 30 minutes and then got disconnected.',
    ],
    allow: [
      'Switched my tariff in the app, no need to go to a store or sit on hold. Thank you.',
      'The upload failed twice and now my application is on hold.',
      'The letting agency sent a letter saying the rent goes up in May. Is that allowed mid-contract?',
      'A collection agency calls me six times a day and hangs up when I answer. I owe them nothing.',
      'oops, got disconnected. can you see what I typed before?',
    ],
  },
  'repeat contact: what a friend or a relative said (contact-check.ts, h52)': {
    id: 'repeat-contact',
    match: ['Your agent told me the fee would be waived, and it was not.'],
    allow: ['My sister told me the fee can be waived for students. How do I apply?'],
  },
  // (h73) precision on helpdesks in unusual trades: whose act, a plan or preference, a term the trade defines
  'channel switch: a channel preferred for the reply, a third party\'s own act (channel-check.ts, h73)': {
    id: 'channel-switch',
    match: ['I emailed it back on the 2nd and rang twice since.', 'My employer says they emailed me the form, so I emailed it to you twice.'],
    allow: [
      "Hello, do you have any quieter sessions for older people? I don't use the internet much so a phone call would be easier for me if someone could ring. My number is 01632 960554. Thank you, Doreen",
      "My referencing has been stuck for 9 days. My employer says they emailed it back on the 2nd. Can I send it to you directly?",
    ],
  },
  'repeat contact: what relatives were told, tickets held for an event (contact-check.ts, h73)': {
    id: 'repeat-contact',
    match: ['Your office told us 11 and then 11.30.', 'I have opened 4 tickets about this and nobody answers.'],
    allow: [
      'Please can you confirm the time of the service on Monday? Some family members were told 11 and some 11.30.',
      'hi i have 4 tickets for the friday but only 3 of us can go now, can i resell the 4th through you',
    ],
  },
  'unresolved: a third party\'s own contact, a contact that never reached anyone (unresolved-check.ts, h73)': {
    id: 'unresolved',
    match: ["I called on Monday and was told it would be fixed, but it still doesn't work."],
    allow: [
      "My referencing has been stuck on \"awaiting employer reference\". My employer says they emailed it back on the 2nd. I'm going to lose the flat if this doesn't move.",
    ],
  },
  'frustration: a scam done by someone else or asked about (feeling-check.ts, h73)': {
    id: 'frustration',
    match: ['This company is a scam. They charged me twice and refused a refund.'],
    allow: ['Got an email saying my ticket was "reissued". I didn\'t ask for anything to be reissued. Is this a scam or legit?'],
  },
  'long wait: a place in a term the trade defines (wait-reader.ts, h73)': {
    id: 'long-wait',
    match: ['3 weeks in and still no engineer.'],
    allow: ["I'd like to know what it costs to end my lease early. 18 months in on a 36. VW ID.3"],
  },
  'long wait: a stretch with no number told of a thing\'s state, nothing waited for (wait-check.ts, h73)': {
    id: 'long-wait',
    match: ['Still no refund after weeks of chasing.', "I've been waiting for weeks for the engineer."],
    allow: [
      "Street light outside 9 Ferndale Close has been flickering for weeks, now it's out completely.",
      "Flew with you again this weekend and it was honestly the best flight I've had in ages. Crew were brilliant.",
      'is the oak bookshelf coming back in stock? been watching it for weeks',
    ],
  },
  // (h80) precision on messages to technical support desks: what the number counts, whose errand, a machine's behaviour
  'repeat contact: a machine\'s rate, an error\'s name, mail handled as items, complaints the customer received, a ticket closed as sorted (contact-check.ts, h80)': {
    id: 'repeat-contact',
    match: ['I have made two complaints and sent 5 emails about this.', 'Ticket 4471902 was resolved but now the same error is back.'],
    allow: [
      'Getting 429 Too Many Requests on /v2/orders after about 60 calls a minute. Docs say our plan allows 300/min. Was the limit changed?',
      "Our store shows the wrong currency at checkout since we installed your app. We've had two complaints and a refund today.",
      'Our mailbox is 98% full. I have deleted many emails but the quota has not moved. How do we empty it properly?',
      'please close my ticket 81204, all sorted now',
    ],
  },
  'channel switch: calls as a rate, a phone as a device, an errand for one\'s own people, a decision sent by email, the customer\'s own site\'s form, channels offered (channel-check.ts, h80)': {
    id: 'channel-switch',
    match: ['Your chat bot told me to email, so here I am.', 'I have filled in your contact form twice and rang once.'],
    allow: [
      'Getting 429 errors after about 60 calls a minute. Was the limit changed?',
      "We're locked out of our registrar account. The 2FA was on the phone of a former employee.",
      'Hi, my mum owns the shop and asked me to email. The internet box keeps flashing orange.',
      'I need access to the Legal shared folder, Margaret approved it by email yesterday (forwarding now)',
      'we moved the shop website to your hosting last month and the contact form emails go to spam for everyone now.',
      "I'd like to be added as an authorised contact so I can deal with things going forward. The practice owner, Mr Alan Kirkwood, is happy to confirm this by phone or email, whichever you need.",
    ],
  },
  'long wait: a fault after a set time, an event\'s length, a rate\'s week (wait-check.ts, h80)': {
    id: 'long-wait',
    match: ['The call dropped after 40 minutes on hold and nobody rang back.', "I've been waiting 3 weeks now for the replacement."],
    allow: [
      'Our VoIP handsets keep dropping calls after exactly 30 minutes. Is there a setting?',
      'Your outage yesterday lasted 3 hours 40 minutes. Please send a post-incident report.',
      'Can you help me install the printer at home? I am working from home 2 days a week now.',
      'The POS terminal keeps freezing on the payment screen. This is the replacement you sent three weeks ago after the first one did the same.',
    ],
  },
  'unresolved: "nothing happens" as a step of the fault (unresolved-check.ts, h80)': {
    id: 'unresolved',
    match: ['Reported a harassing user 6 times. Nothing happens.'],
    allow: ['I installed the Outlook app like the guide said but it keeps asking me to "register the device" and then nothing happens. Is there something I\'m missing?'],
  },
  'frustration: "exhausted" said of things or options (feeling-check.ts, h80)': {
    id: 'frustration',
    match: ["I'm exhausted by this. Nobody has helped."],
    allow: [
      "Your API returned 500s overnight. Our retries were exhausted and ~340 invoices didn't go out. Can we replay them?",
      'I have exhausted all other options, so I am writing to you with the claim details.',
    ],
  },
  'unresolved: asking whether the agent is still there (unresolved-check.ts, h52)': {
    id: 'unresolved',
    match: ['I reinstalled it like you said and the error is still there.'],
    allow: ['hello? are you still there'],
  },
};
