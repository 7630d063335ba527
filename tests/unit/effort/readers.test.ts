/**
 * The effort detector's reader passes (structure read in code, not by rule expressions): each with messages that
 * must show its signals and messages that must not, as the rule files' examples are.
 */
import { describe, expect, test } from 'vitest';
import { detectEffortSignals } from '../../../lib/effort';
import { readPromises } from '../../../lib/effort/promise-reader';
import { readReferrals } from '../../../lib/effort/referral-reader';
import { readSelfHelp } from '../../../lib/effort/self-help-reader';
import { readHandedOver } from '../../../lib/effort/handed-over-reader';
import { readFixCounts } from '../../../lib/effort/fix-count-reader';
import { readSameFault } from '../../../lib/effort/same-fault-reader';
import { readQuoteEcho } from '../../../lib/effort/quote-echo-reader';
import { readAssurances } from '../../../lib/effort/assurance-reader';
import { readEscalation } from '../../../lib/effort/escalation-reader';
import { readWaits } from '../../../lib/effort/wait-reader';
import { readFrustration } from '../../../lib/effort/frustration-reader';
import { readSarcasm } from '../../../lib/effort/sarcasm-reader';
import { readRhetoric, RHETORIC_SHAPES } from '../../../lib/effort/rhetoric-reader';
import { prepareText } from '../../../lib/effort/detect';

const promises = (text: string) => readPromises(text, prepareText(text)).map((s) => s.id).sort();

describe('promise then now (promise-reader.ts)', () => {
  const both = [
    "The voucher was promised 'within 14 working days' back in March. It is June.",
    "Was told the parcel would be 'sent out today'. That was last Tuesday.",
    'my repeat order was supposed to ship on the 4th and its the 13th. cat is hungry',
    'the shop said the cashback would arrive in 2 statements. it has been 5.',
    "Your team said 'next update' 2 updates ago",
    'The email say money back in 3-5 days but it is now 12 days.',
    'the fitter was supposed to come between 9 and 1. its 5pm. no call.',
    'I got a letter that my deposit would be returned within 10 days. It\'s day 21. Any news?',
    'The release of the hold was due on XX/XX/XXXX. It is now XX/XX/XXXX and it still says pending.',
    "Every time they say it'll come off next bill. Its been 3 bills.",
    "The rep said he'd escalate it. That was 3 weeks ago.",
    'The shop agreed in writing to refund the deposit. It has been 45 days.',
    // h43: dates read as numbers, a promise's date plus the time it gave, a short piece between, "N Mondays ago"
    "The courier said it would arrive 24 November. It's now 7 December.",
    "On 14 Feb your agent said the refund would be back within 5 working days. It's now 3 March.",
    "I was told on 3 March 'refund approved, 5-7 business days'. Ref R-1. Today is 28 March.",
    'He said the part would be in on Monday. That was 3 Mondays ago.',
    // the now told first
    'Any update on my refund? It has been 3 weeks and the agent said 5-7 working days.',
    // h69: the now in the promise's own sentence, time gone by since a promise, the now first, a bare count after
    'The credit you promised "within 3-5 working days" is now on day 9',
    'you have promised a delivery "today" four days in a row now',
    "Hello? It's been a week since you said you'd call me back",
    'It has been 3 weeks since the agent said the replacement would ship within 2 days.',
    'day 3 of "we\'ll sort it within 24 hours"',
    'they promised a refund in 48h. 6 days ago.',
    'the seller said the money would be in my account in 2-3 business days. 8 days, nothing.',
  ];
  const unresolvedOnly = [
    // a weekday as now: a broken promise, not a long wait
    'I phoned on Monday and was told someone would call back within 24 hours. It is Friday.',
  ];
  const none = [
    "They said 5-7 days. It's been 3 days, just checking in.",
    "The courier said delivery by the 20th. It's the 18th, is it on track?",
    "I will call you tomorrow. It's the 3rd today.",
    'They said it takes 2 weeks. It is a lovely product though.',
    'Will it arrive by the 14th? It is the 9th now.',
    'The agent said my card would arrive within 5 days and it came in 3, thanks!',
    'Delivery was promised for March. It is February, just planning ahead.',
    'My friend said your app is great. It has been 2 years and I love it.',
    'I said I would think about it. It has been 2 weeks, is the offer still open?',
    'The agent approved the upgrade. It has been 3 days of fast internet, thanks!',
    // h43: a date not yet past, with or without the time the promise gave
    "The courier said it would arrive 24 November. It's now 20 November, is it on track?",
    "On 14 Feb you said the refund would take 30 days. It's now 3 March, so still in time.",
    "You said the sale starts 2 May. It's now 1 May, can I preorder?",
    'On 14 Feb you said the refund would take 30 days. It has been 10 days.',
    'It has been 3 days and the agent said 5-7 working days, so all fine.',
    'It has been 3 days and the agent said 5-7 working days.',
    // h69: still in time, no promise, or a day that is not a now
    'The credit you promised "within 10 working days" is now on day 4',
    'It has been 2 days since the agent said the refund would take 5 days.',
    "It's been 3 days since you told me to restart it, all working now",
    'It has been 2 hours since you said you would call.',
    'day 2 of "we will ship within 5 days"',
    'day 3 of my holiday and the hotel is lovely',
    'They said 5-7 days. 3 days later.',
    'I said I would wait. 5 days ago.',
    'the gym is open three days in a row this week',
  ];
  test.each(both)('unresolved and long wait: %s', (text) => expect(promises(text)).toEqual(['long-wait', 'unresolved']));
  test.each(unresolvedOnly)('unresolved only: %s', (text) => expect(promises(text)).toEqual(['unresolved']));
  test.each(none)('neither: %s', (text) => expect(promises(text)).toEqual([]));

  test('offsets point into the original text', () => {
    const text = "Told it\u2019ll be \u201csent over\u201d. That was yesterday.";
    for (const s of detectEffortSignals(text)) expect(text.slice(s.start, s.end)).toBe(s.match);
    expect(promises(text)).toEqual(['long-wait', 'unresolved']);
  });
});

describe('a promise the customer quotes, then their own now (promise-reader.ts, bottom-post.ts)', () => {
  const ids = (text: string) => [...new Set(detectEffortSignals(text).filter((s) => s.id === 'unresolved' || s.id === 'long-wait').map((s) => s.id))].sort();
  test.each([
    "> Your refund will appear within 5-7 working days.\n\nThat was 3 October. It's December.",
    'On Tue, 3 Oct, Billing wrote:\n> Your refund will appear within 5-7 working days.\n\nThat was 3 October. It is now 2 December.',
  ])('both: %s', (text) => expect(ids(text)).toEqual(['long-wait', 'unresolved']));
  test.each([
    '> Your refund will appear within 5-7 working days.\n\nThanks, it arrived today.',
    // the now inside the quote is not the customer's
    'Thanks, all good now!\n\n> Your refund will appear within 5-7 working days.\n> That was 3 October. It is December.',
    // a reply written above the quote: the quote stays unread
    'Thanks, all good now!\n\nOn Tue, 3 Oct, Billing wrote:\n> Is it still not working after 3 weeks?',
  ])('neither: %s', (text) => expect(ids(text)).toEqual([]));
  test('a reply written under a marked quote is read, the quote is not', () => {
    const text = 'Hi,\n\nOn Mon, 6 May, Support wrote:\n> Sorry it is still not working.\n\nThe boiler is still not working.';
    const found = detectEffortSignals(text).filter((s) => s.id === 'unresolved');
    expect(found.length).toBeGreaterThan(0);
    for (const s of found) expect(s.start).toBeGreaterThan(text.indexOf('\n\nThe boiler'));
  });
});

describe('the customer tried a fix and it did not work (self-help-reader.ts)', () => {
  const selfHelp = (text: string) => readSelfHelp(text, prepareText(text)).map((s) => s.id);
  test.each([
    'Changed the batteries, still nothing.',
    'We changed the paper roll, same.',
    "I tried the pairing steps from the help page but it doesn't find the reader at all.",
    'Tried everything you said, nothing works.',
    'the scanner says paper jam but there is no paper inside. already turned it off and on.',
    "my watch doesn't sync with the app anymore, tried unpairing, restarting, everything",
    'ok did the clean reinstall like the help page said. still crashes on export',
    "Cannot log in. Reset password, get the email, click link, 'link expired'.",
    "Speed drops every evening. I've done the tests, rebooted the router, used a cable.",
    'Reinstalled. Won\'t open.',
    // (h54) a fix done with a count of times, a suggested fix done already or again, tries counted by their alternatives
    'The app keeps logging me out. Support said "clear the cache." Done that twice now.',
    'Keeps asking me to verify my email. Did it 4 times.',
    'i already did that twice',
    'Speaker has no sound after the update. Tried 3 cables and 2 TVs.',
    'The payment page says declined but the card works elsewhere. I try 3 different card.',
    'Rebooted the router 3 times today and the wifi still drops.',
    // (h66) a follow-up: what the try led to, the list of tries as the reply, a checklist answered
    "ya i did the update. now the controller won't pair at all",
    "I did exactly what you said, logged out of all devices. Now I'm locked out of the only one I use.",
    "Already tried incognito. And a different browser. And my husband's laptop.",
    "i did try a different cable. and a different outlet. and a different tv. it's the box",
    'Yes I restarted the tablet. Yes I updated the app. Yes the wifi is fine.',
  ])('unresolved: %s', (text) => expect(selfHelp(text)).toEqual(['unresolved']));
  test.each([
    'I restarted the app and it works now, thanks!',
    'Tried the new menu, nothing to complain about, lovely food.',
    'Already updated my address in settings, just checking the invoice will use it.',
    'I changed my address last month. Can you update the invoice?',
    'Tried on the jacket in store and loved it. Can I order it in blue?',
    'Should I reset the router? It keeps dropping.',
    'They said "the price changed" and offered less. Same day.',
    'pls reset my 2FA, changed phones and didn\'t back up the codes',
    'We have checked the settings in our account and nothing has been changed on our side.',
    'I was charged a fee. I did not agree to any of this.',
    'my router admin password reset not working, please advise',
    'Tried on phone and laptop, the code says invalid.',
    'My premium went up by £200. Nothing has changed - same house, same car, no claims. Why?',
    // (h54) the act itself tried again, not a fix; a fix that went through in the end; "did it" with no count
    'Locker 4 won\'t open. tried like 6 times, the screen says code invalid',
    "I can't see my salary. The account number is correct, checked 3 times.",
    'I restarted it twice and it finally connected, thanks.',
    'Did it! Thanks for the help.',
    'I did that already, thanks, it worked!',
    // (h66) a list of tries that worked, one checklist answer, a "now" that is no failure
    'Already tried incognito. And a different browser. That worked, thanks!',
    'Yes I restarted the tablet. The order came through after that.',
    'I did the update. Now I just need the receipt emailed.',
    // (h80) the act itself tried again, counted in times after "tried"
    'Our payroll run failed with "Tax code service unavailable", we\'ve tried 4 times since 8am. Is this a known issue?',
  ])('none: %s', (text) => expect(selfHelp(text)).toEqual([]));
});

const handedOver = (text: string) => readHandedOver(text, prepareText(text)).map((s) => s.id);

describe('what the company handed over, tried and failed (handed-over-reader.ts)', () => {
  test.each([
    'Followed the link you sent but it takes me to a page that says 404. Is there another link?',
    'i never agreed to auto top up. the menu you described to turn it off isnt there on my app',
    'The credit you applied disappeared from my account this month?',
    'Ok, password reset email arrived but the link says expired. I clicked it within a minute.',
    "the replacement card turned up this morning, which is great, but it won't activate.",
    'the tracking number you gave me doesn\'t exist on the courier website',
    'The fix you sent did nothing.',
  ])('unresolved: %s', (text) => expect(handedOver(text)).toEqual(['unresolved']));
  test.each([
    "Thanks for the link. Let me know if the file doesn't come through, the connection here is rubbish",
    'the code you sent worked, thanks!',
    'My link says expired, can you send me a new one?',
    'The replacement card arrived today, all good.',
    'the link you sent: does it expire? I will use it tonight',
  ])('none: %s', (text) => expect(handedOver(text)).toEqual([]));
});

const referrals = (text: string) => readReferrals(text, prepareText(text)).map((s) => s.id);

describe('two parties each sending the customer elsewhere (referral-reader.ts)', () => {
  const match = [
    'The help bot told me to ring, the phone line told me to use the help bot.',
    'At the shop they say it must be done online. Online they say go to the shop.',
    'I was told to contact the airline. The airline told me to contact you.',
    'The lender says that is the dealer\u2019s problem, the dealer says the lender has to fix it.',
    'My old bank says they forwarded it. The new bank says they never got it.',
    'the driver on the phone told me to DM here. DM here told me to call. So which one',
    'When I asked to close the add-on they said I had to contact the insurer. The insurer says the seller has to cancel it.',
  ];
  const allow = [
    'The agent said to restart the router and it works now.',
    'Support said to call back tomorrow, then support said to call back on Monday.',
    "Chat said 'soon', email said 'soon'.",
    'I told them my address and they said thanks.',
    'The app says my order is out for delivery. The driver said he is 5 minutes away.',
    'My wife told me to call you because the app says my card expired.',
  ];
  test.each(match)('transfer: %s', (text) => expect(referrals(text)).toEqual(['transfer']));
  test.each(allow)('no transfer: %s', (text) => expect(referrals(text)).toEqual([]));
});

const waits = (text: string) => readWaits(text, prepareText(text)).map((s) => s.id);

describe('a stretch of time attached to a state that is not right (wait-reader.ts)', () => {
  const match = [
    'Opened a ticket, got an auto-reply, no answer for 3 weeks.',
    "The landlord team haven't replied in 12 days.",
    'been on the chat for 40 min and counting',
    "It's been in your garage 2 weeks.",
    'the lift in our block has been broken for 9 days',
    'the status say "in review" since 20 days.',
    'I try for 2 months to update my phone number.',
    'Four weeks. Still no card.',
    '@RailCo 6 hours at the station. No buses.',
    'router light red. 4th day.',
    '8 weeks for a sofa, and it came in the wrong colour',
    'I asked for my deposit back in April. Its August.',
    // h50: the chat named with "in this", and a later clause that does not undo the wait
    "I've been in this chat for an hour now.",
    'been on chat for 45 min, two agents, each one wants my postcode',
  ];
  const allow = [
    "I've been a member for 6 years and love the app.",
    'No problems for 3 years until this week.',
    "I'm travelling for 3 weeks, can you pause my box?",
    'Waited 10 minutes at the desk, fine.',
    'I had this kettle for 2 years and now the switch is loose.',
    'Does the free trial last 30 days?',
    'Our shop is closed for 2 weeks in August.',
    'The outage lasted for 2 hours but it is back now, thanks.',
    'I have not used the card in 6 months, is it still active?',
    '2 weeks ago I ordered a lamp and it arrived today.',
    'It was good for a week, then it got slow.',
    "I've never been bored in almost five years.",
    'The refund should arrive in about four hours.',
    'Booked in March for a stay in June. Its April, can I change the room?',
    // h50
    'I use the chat every week for 10 minutes, no complaints.',
  ];
  test.each(match)('long wait: %s', (text) => expect(waits(text)).toEqual(['long-wait']));
  test.each(allow)('no long wait: %s', (text) => expect(waits(text)).toEqual([]));
});

const frustrations = (text: string) => readFrustration(text, prepareText(text)).map((s) => s.id);

describe('exasperation told by shape (frustration-reader.ts)', () => {
  const match = [
    // a plain word in capitals inside lower-case text
    'you kept $2,340 of MY money and gave no reason',
    'an early termination fee on a contract that ENDED in May',
    'The flight was cancelled by YOU. I want cash, not a voucher.',
    'This is my FOURTH email about the broken chairs.',
    'still waiting for the refund for a flight in JUNE. it is november.',
    "I shouldn't have to chase YOU for an update.",
    // a word said again as a sentence of its own
    'my claim has been under review since august. august.',
    "I've sent the readings four times. Four. And the bill is still estimated.",
    'the "instant" refund has been processing for 9 days. instant.',
    'Locked out again after your fix. Same error. Same everything.',
    'they said it is with the team. Which team.',
    // a flat verdict after the story
    'I was told 3 times a manager would call me. Not once.',
    'Chat agent said she would escalate it. That was 19 days ago. Nothing.',
    'your tech did not show up. Again. Second time in a row.',
    'The rep said the fee would be waived. Clearly not.',
    'Every time I call they say the profile is updated. You haven\'t.',
    'Now I have to drive to a depot 25 minutes away? No.',
    // h79: giving up or leaving, said flat; "Bye." and "Wow." only with no thanks or cheer
    "Ok @BaltoraAirways, I'm going to the ombudsman. Been polite for a month, nothing. Enough.",
    'After 2 hours in your finance office I was told the rate had expired. Walked out. You lost a sale.',
    'porting my number out. 9 years a customer. Not one issue fixed on the first try. Bye.',
    // h55: a plain verb or pointer raised, a superlative of the bad
    "Tell me what I can actually DO to reach someone. it won't even do that.",
    'Still the SLOWEST network in the country.',
    // h55: a word said three times or more in a row
    'Lag lag lag lag lag. Galaxy A14.',
    'your "instant" reload took 4 days. cool cool cool',
    "@BritLinkCare @BritLinkCare @BritLinkCare anyone?? DM'd you yesterday, nothing",
  ];
  const none = [
    // acronyms, a message in capitals, happy capitals, a run of capitals, a form field
    'is the new season out in the US too?',
    'PLEASE CALL ME BACK ABOUT MY ORDER',
    // h79: a sign-off or surprise in a glad message
    'All sorted now, thanks so much for your help. Bye.',
    'The parcel came a day early. Wow. Thank you!',
    'THANK YOU so much, the ONE thing I needed!',
    'All of MY ORDERS ARE LATE',
    '[TYPE YOUR QUESTION HERE] my printer shows an alignment error',
    // labels and values, a pronoun's story, a verdict as the first sentence
    'Can I have the wifi password for the room? Room 412.',
    'Please update my number. Account 40021983.',
    'I asked them to fix it. They said they would. They didn\'t. So I wrote again.',
    'No. I meant the other address.',
    'Use DNS 8.8.8.8. Works for me.',
    'The total was {$2,300.00}. The warranty was {$279.00}.',
    'Permit no. RZ-0419. How do I appeal?',
    // h55: laughter, cheer, masks, cc lists, words quoted
    'ha ha ha, the new ad is great',
    'yes yes yes, it finally works',
    'Contact XXXX XXXX XXXX XXXX regarding the account.',
    '@user @user @user Good morning pie makers! Day 7 of tasting today',
    'Most buttons are unlabeled, it just reads "button, button, button". Please add labels.',
  ];
  test.each(match)('frustration: %s', (text) => expect(frustrations(text)).toEqual(['frustration']));
  test.each(none)('none: %s', (text) => expect(frustrations(text)).toEqual([]));
  test('offsets point into the original text', () => {
    const text = 'It was \u201cdelivered\u201d. Delivered where?? Not here.';
    for (const s of readFrustration(text, prepareText(text))) expect(text.slice(s.start, s.end)).toBe(s.match);
  });
});
const sarcasm = (text: string) => readSarcasm(text, prepareText(text)).map((s) => s.id);

describe('praise said about a failure (sarcasm-reader.ts, h55)', () => {
  const match = [
    // praise alone, in a message that tells a failure
    'Parcel arrived soaked through, box split open, charger missing. Great packaging, really top notch 👍',
    'Love paying £60 a month for internet that dies every time it rains. Fantastic value.',
    "The 'upgrade' made the app slower than before. Congrats.",
    'Yeah sure, blame the customer. Very professional.',
    '@DashDishEats the driver ate my fries. I can literally see the bag was opened. 10/10 experience',
    'yay the app ate my draft again. love it here',
    'Nice one. Third replacement kettle, third one that trips the fuse.',
    'Gotta love a "next day delivery" that\'s on day six. Brilliant.',
    "And we're back to the bot. Wonderful.",
    '10/10 would sit on a delayed train with no heating again.',
    // praise that opens on "another" the company's
    "@NimbusJet great, another 'we value your feedback' email. I want my $340 back",
    'Wonderful. Another "we apologise for any inconvenience".',
    // thanks for what was done to the customer's thing, then praise alone; curiosity feigned after a failure
    'Thanks @ParcelCo for sending my $400 graphics card in a single layer bubble wrap envelope. Great care 👍 https://t.co/x',
    'Does that kind of thing usually happen twice? Just curious. Because this is the second time we have been delayed.',
  ];
  const none = [
    // no failure told, a failure mended, someone praised, praise cheered, thanks, praise naming more than its thing
    'Arrived a day early. Great service 👍',
    'Lost my bag but you found it in an hour. Great job.',
    'The flight was late but the crew were lovely. Great service.',
    'Trustpilot ★★★★★ Ordered a sofa, it arrived 2 days early, they carried it up without complaining. 10/10.',
    'Love it!! My dog food shows up right before we run out, never think about it anymore',
    'My order was delayed. Thanks.',
    'The parcel was late. The driver was great though.',
    'Great, another question: do you ship to Norway?',
    'Great.',
    'Thank you @AlaskaAir for listening and helping when I had an issue today. Great customer service.',
    'Thanks for sending my order so quickly. Great service.',
    'Do you ship to Norway? Just curious.',
  ];
  test.each(match)('frustration: %s', (text) => expect(sarcasm(text)).toEqual(['frustration']));
  test.each(none)('none: %s', (text) => expect(sarcasm(text)).toEqual([]));
  test('offsets point into the original text', () => {
    const text = 'It was \u201cdelivered\u201d to the wrong door. Stellar work, team.';
    for (const s of readSarcasm(text, prepareText(text))) expect(text.slice(s.start, s.end)).toBe(s.match);
  });
});

describe('praise said about the failure the detector found (sarcasm-reader.ts, h79)', () => {
  const shown = (text: string) => readSarcasm(text, prepareText(text), true).map((s) => s.id);
  test.each([
    "@Helixnet_Care DM'd you 5 days ago. Seen. No reply. Classy.",
    'gate agent sent me to the transfer desk, transfer desk sent me back to the gate. three desks, zero answers. brilliant.',
  ])('frustration: %s', (text) => {
    expect(sarcasm(text)).toEqual([]);
    expect(shown(text)).toEqual(['frustration']);
  });
  test.each([
    // thanks in earnest; a failure mended; the company's claim scare-quoted is no mending
    'A quick thank you to the team. I applied on 2 March and had my passport on 16 March. Great work.',
    'It was late twice but you sorted it in an hour. Great job.',
  ])('none: %s', (text) => expect(shown(text)).toEqual([]));
  test('a claim quoted from the company does not read as the failure mended', () => {
    const text = '@BudgetBird "your issue has been resolved" - my double charge is still on my statement. Great job. Truly.';
    expect(sarcasm(text)).toEqual(['frustration']);
  });
});

describe('frustration told by a count or a question that wants no answer (rhetoric-reader.ts, h79)', () => {
  const rhetoric = (text: string) => readRhetoric(text, prepareText(text)).map((s) => s.id);
  for (const shape of RHETORIC_SHAPES) {
    test.each(shape.must)(`${shape.name}: %s`, (text) => expect(readRhetoric(text, prepareText(text), [shape]).map((s) => s.id)).toEqual(['frustration']));
    test.each(shape.mustNot)(`not ${shape.name}: %s`, (text) => expect(rhetoric(text)).toEqual([]));
  }
  test('offsets point into the original text', () => {
    const text = 'Sent the documents \u201cagain\u201d. 3rd time.';
    const found = readRhetoric(text, prepareText(text));
    expect(found).toHaveLength(1);
    for (const s of found) expect(text.slice(s.start, s.end)).toBe(s.match);
  });
});

describe('a dated act or state, then nothing since or a later date as now (wait-reader.ts, h43)', () => {
  const waits = (text: string) => readWaits(text, prepareText(text)).map((s) => s.id);
  test.each([
    'No heating since 4 December. It is now the 19th.',
    'I emailed the office on 24 November and 30 November. No reply.',
    'I sent you a message on 15 November and got no answer.',
    'App is broken. Emailed support on the 2nd, 8th and 15th. Not a single reply.',
    'I sent all documents on 29 April. Your website says under review since then.',
    'I returned the kettle on 16 Nov. Where is my refund?',
  ])('long wait: %s', (text) => expect(waits(text)).toEqual(['long-wait']));
  test.each([
    'I sent the form on 3 May. It is now the 4th, just checking.',
    'I ordered on 3 May, can I change the address?',
    'I called on 3 March and they fixed it, thanks.',
    'Since 4 December we have loved the service.',
    'I paid on the 2nd. It is the 3rd today.',
  ])('none: %s', (text) => expect(waits(text)).toEqual([]));
});


describe('a weekday or a clock time gone by, then a later one as now; a state since a date (wait-reader.ts, h55)', () => {
  const waits = (text: string) => readWaits(text, prepareText(text)).map((s) => s.id);
  test.each([
    'I was told on the phone on Friday that somebody will call me back "by Monday latest". It\'s Wednesday.',
    'I was told by the driver on Monday that the boxes would come "tomorrow or Wednesday". It\'s Friday now.',
    'That\'s what your colleague wrote me. On Monday. It\'s Friday. Hello?',
    'bag didn\'t make it. filed a report at the desk Monday. Friday now, tracker still says located',
    'I was promised a callback "within the hour" by Jake at 11:15. It is now 16:40.',
    'my sofa was supposed to arrive between 8 and 12. it\'s 4:45. no call no text.',
    'We landed at 9pm. Bags came out at 11:20pm. Really?',
    'Ordered at 7:40pm, food showed up at 9:15 stone cold.',
    'My travel insurance claim has been "pending documents" since 9 September.',
    'I have requested a re-inspection and have heard nothing in 5 weeks.',
    'I called in May about dropped calls. I called in June. Each time: "a tower upgrade is scheduled." It\'s September.',
    'The servicer said it was "in process" for 4 months.',
    'hi so I deposited 0.15 ETH like 3 hours ago, tx shows confirmed on etherscan but my balance is still 0.',
    'me again\nstill nothing\nsame order, same problem, 3rd day',
    'Queued at the airport desk for two and a half hours to rebook.',
  ])('long wait: %s', (text) => expect(waits(text)).toEqual(['long-wait']));
  test.each([
    // a deadline, a day or an hour too soon, a time still ahead, the customer's own coming, a state since a weekday
    'The woman on your helpline said she would credit my account by Monday. It is Thursday and nothing.',
    'I called on Monday. It\'s Tuesday, any news?',
    "I'll be home on Monday. It's Friday now so no rush.",
    "Shop opens at 9am, it's 8:30 now, can I pre-order?",
    'Ordered at 7:40pm, food showed up at 8:10, great.',
    'Delivery was left at the door at 9am and I came home at 6pm, but the ice packs were melted.',
    'My app is not receiving new mail since Sunday!',
    'I have been a customer since June and love it.',
    'I changed nameservers to the ones in your guide 2 days ago but the site still shows the parking page.',
    'I deposited 50 dollars 20 minutes ago and it is still pending, is that normal?',
    'Can I get it delivered, 3 days?',
  ])('none: %s', (text) => expect(waits(text)).toEqual([]));
});

describe('a quoted status held a stretch; a stretch said as where things stand now (wait-reader.ts, h78)', () => {
  const waits = (text: string) => readWaits(text, prepareText(text)).map((s) => s.id);
  test.each([
    "@MeridianInsure claim has now been 'with underwriting' for 5 weeks. The underwriters don't do phones.",
    "My order has shown 'out for delivery' for 4 days. No updates, no courier contact.",
    '@Hearthly my thermostat has been "updating firmware" for 6 hours. it\'s 58 degrees in my house.',
    'hello team i am facing one issue from last 20 days in your app. my cashback is not credited.',
    'I wrote already two emails and filled the formular. It is now 4 weeks. Please answer.',
    'I have since called twice and was told it was "with an assessor". It is now six and a half weeks.',
    'It is now 7 weeks and I have received neither the deposit nor a list of deductions.',
    'I chased on 16 October and 30 October. It is now over three months since I moved out.',
    // contacts dated in a list, a week or more first to last
    "Wrote to them on the 2nd, on the 9th and on the 15th about a meter reading that's obviously wrong.",
    '@IndusSkyways ticket no 88231 raised on 2nd, reminder on 9th, reminder on 16th. refund amount Rs 18,400',
    "I've called the plan on 2 April, 16 April, 29 April and 14 May. Every time I spell out the number.",
    'I emailed on the 28th, the 2nd and the 9th.',
    // a status quoted, or a thing lost or not come, since a weekday
    'order number is 114-3392817-5520431. tracking has said "out for delivery" since tuesday',
    '@SkyvaleAir bag lost since friday. Desk at the airport said call, call centre said use the web form.',
    'My luggage did not arrive from flight NW 213 since Sunday',
    // the act a stretch ago told with no subject, then what is still not so
    '@BritLinkCare moved house 3 weeks ago, still no broadband at the new place.',
    '@GrindhouseGames purchased the season pass 10 days ago, still not in my library.',
    // a stretch told as "later", with the thing still not so
    'My order was refunded according to 2 different agents. 21 days later, no money.',
    'Installed the beta they told me to try. Month later, same freeze on the payment screen.',
    "They said it's a known issue, fixed soon. 6 weeks and 3 reports later, same thing.",
    "Two weeks and 4 emails later the gold coins I bought still aren't in my account.",
  ])('long wait: %s', (text) => expect(waits(text)).toEqual(['long-wait']));
  test.each([
    // the customer's own words quoted, a status since a date (h73's labels), a time still ahead, a distance, a short stretch, custom
    "I said 'thanks' for 2 days and nobody noticed.",
    'My visa application was submitted on 2 May. Status shows "sent to embassy" since 5 May. My trip is on 1 June.',
    'It is now 2 weeks until my flight, can I still change the name?',
    "The show was moved to a different venue. It's now an hour further for us and we can't make it.",
    "It's now 20 minutes, is the chat still open?",
    'I have been a customer from last 5 years and love the app.',
    // dates of charges, contacts within a few days, contacts to come
    'yes, the charge of 89.99 appears on my statement on the 6th AND the 7th. Same merchant reference.',
    'I emailed on the 3rd, the 4th and the 5th, thanks for sorting it.',
    'I will call on the 3rd, the 5th and the 12th to check the readings.',
    // a fault since a weekday
    "work laptop can't connect at home since Tuesday",
    'I have been locked out of my account since Monday when I updated to the new iPhone!',
    'Deposited 50 dollars 20 minutes ago and it is still pending, is that normal?',
    'Moved house 3 weeks ago and everything works at the new place, thanks!',
    'We filed a claim. Three months later we got a letter that our policy will not be renewed.',
    'Ordered on Monday. 2 days later it arrived, thanks!',
  ])('none: %s', (text) => expect(waits(text)).toEqual([]));
});

describe('the company\'s words quoted, then thrown back as a question (quote-echo-reader.ts)', () => {
  const echo = (text: string) => readQuoteEcho(text, prepareText(text)).map((s) => s.id);
  test.each([
    '@PizzaRun chat closed after 3 msgs with "issue resolved". resolved?? how',
    'they emailed "we\'ve refunded you in full." refunded? my bank shows nothing',
    'Asked for a callback, got "I\'ll note that request." Noted where?',
    'letter says "no response from customer". What response?? nobody asked me anything',
    'the bank says "your dispute was reviewed". reviewed by who?',
    "Pay button -> 'card declined'. Different card -> 'card declined'. ok",
    'chat said "tomorrow", then the phone said "tomorrow" lol',
    // (h78) a claim of done quoted, then what is so instead
    '@BudgetBird "your issue has been resolved" - my issue being a double charge that is still very much on my statement',
    "@RoverEats when your support agent said 'refund processed' did he mean processed into the void? 12 days. nothing.",
    'The refund was "processed" 12 days ago. Nothing on my card.',
    "My order was refunded 'successfully' according to 2 different agents. 21 days later, no money.",
    'Support said "should be fixed in the next firmware". Next firmware came out. Not fixed.',
  ])('unresolved: %s', (text) => expect(echo(text)).toEqual(['unresolved']));
  test.each([
    'the app says "pending". what does pending mean?',
    'Service desk says "next slot is the 28th". Seriously?',
    'Your site says "free returns". Is that for sale items too?',
    'It says "delivered" and it was, thanks! Can I rate the driver?',
    'Delivered where?? the app says "delivered"',
    'the app now says "delivered". Delivered where?? Not to my house.',
    'It says "something went wrong". What went wrong?',
    "I'd like the 'blue' one, not the 'red' one, thanks",
    'The sign said "open" and the door said "push". Lovely shop.',
    'The refund was "processed" yesterday and it is on my card already, thanks!',
    'If it\'s not "fixed" by Friday can I get a refund?',
    "Loyalty card linked 'successfully' in March. Points started showing… never. It's September.",
    'The tracking says "delivered" but nothing came. Can you open a claim with the courier?',
  ])('none: %s', (text) => expect(echo(text)).toEqual([]));
});

describe("the company's assurance told as past, then what happened instead (assurance-reader.ts, h50)", () => {
  const assured = (text: string) => readAssurances(text, prepareText(text)).map((s) => s.id);
  test.each([
    'The woman on the phone said the late fee was waived. This month the fee is back on my statement and they now say it was never waived.',
    'Your agent told me the replacement was approved. Two weeks later I got an email saying the claim was rejected.',
    'I was promised a callback from a manager. Not once has anyone called.',
    'The store confirmed the order was cancelled, but then they charged my card anyway.',
    'I was told by Priya in billing that the credit would be applied. My new statement shows it was never applied.',
    '@GlowNet support said the outage was fixed. It was not fixed, the router is still red.',
    // the customer's request, then the company going on as before
    'I mailed them the paid-in-full letter last month. They are still calling my mother.',
    'We told the agency in writing to use email only, but they keep ringing the office.',
    "I've unsubscribed from the offers twice. The emails still arrive every morning.",
    "I cancelled the gym membership in May. They're still charging me.",
    // (h54) a flat contrary opening the next sentence, the customer left out of "and was told", a promise of an act,
    // the company's message saying what would happen, the promised act that never came
    'I was told by the rep that my account would be placed in forbearance. It was not.',
    'I rang on Monday and was told an engineer would come out. Nobody came.',
    'The agency agreed to settle the debt for $900. They now say the settlement was never approved.',
    'Your last email saying a courier would collect it by Friday. No one has been in touch.',
    'i ask for manager, they say manager will call back in 24 hours. Nobody call.',
    'I was told a replacement would be sent. The replacement came today with the same fault.',
    'My booking was confirmed twice, by phone and online, and nobody came to meet me.',
    "I've replied STOP four times. It's still coming every day.",
    'I cancelled the plan in March. You still charge me every month.',
    'Customer relations said it was escalated, then a different agent said there is no case on file.',
    // (h54) an expectation the company set, then a later now; charging that goes on after the customer stopped it
    'It was supposed to arrive today by 8pm. Now it has moved to next week.',
    "I've now been charged for three weeks after I paused the box.",
    'You have been billing me a rental for a router I returned in 2023.',
    'I froze my membership in January, you kept charging me through April.',
    // (h54) any party of the company's saying what would happen, a bare role, a promise quoted without a saying verb,
    // a status in scare quotes, an amount that does not end the sentence
    'The marketplace said they would refund after investigating. After 3 weeks they denied it.',
    'technician visited and said fixed. NOT FIXED.',
    'Your plumber came once, said the part is ordered, nobody has called since.',
    "Called 6 times. Each time 'it's been found and will be delivered tomorrow'. It hasn't.",
    'The cheque has been "mailed" twice. Never arrived.',
    'The refund was "processed" on the 2nd. My bank says nothing has come in.',
    'I was promised a credit of {$40.00} twice by two different reps, neither credit appeared.',
    // (h54) a fix told as done, told again and again; "I've been told" read as the customer told
    "I've been told it's fixed four times now.",
    "I've been told a new router would be sent. Nothing has arrived.",
    // (h54) what is, set against what was told
    'The credit shown is not the same as what I was told I would be issued.',
    'The bill is more than I was quoted on the phone.',
  ])('unresolved: %s', (text) => expect(assured(text)).toEqual(['unresolved']));
  test.each([
    'The agent said the refund was approved and it arrived the next day. Thank you!',
    'I was told I had to call the claims line, so here I am. My policy number is 4471.',
    'The rep told me to restart the router. It works now.',
    'If the bank said it was approved, why was it denied?',
    'Can you confirm the payment was received? My reference is 88120.',
    'My landlord said the boiler would be serviced next week.',
    // a later bill or a next step is not read as the promise broken
    'The agent confirmed my new address was saved. Then I got a bill for the new plan with the right address on it.',
    'I sent the form on Monday. They still honour the old price, which is great.',
    'I asked about the family plan. It keeps the same number, right?',
    // (h54) told with the customer left out, but nothing promised; a promise kept; a present "they say" with nothing after
    'I called and was told the loan was rolled over. I have asked for the agreement twice.',
    'The agent agreed to look into it and called me back the next day with a fix. Thank you!',
    'I was told an engineer would come on Monday. He came and it works now.',
    'They say the parcel will arrive tomorrow. Nobody needs to sign for it.',
    'The confirmation saying my order would ship on Friday was right: it arrived Saturday.',
    'The agent said the claim was logged. I have a note of the reference, thanks.',
    // (h54) one charge after a cancel (a billing error to put right), an expectation met, a question
    'I was charged for a trial I cancelled on day 6 of 7.',
    'The parcel was due to arrive Monday and it arrived Monday. Great service.',
    'I was charged after I cancelled? Is that normal?',
    // (h54) the customer's own lender, a status in quotes that came, a quoted promise with nothing after
    'My lender told me I was pre-approved. Two days before closing they denied the loan.',
    'The parcel was "dispatched" on Monday and arrived on Tuesday. Thanks!',
    "Each time 'it will be there tomorrow'. Fingers crossed.",
    'Is the price different from what I was quoted if I pay monthly?',
  ])('none: %s', (text) => expect(assured(text)).toEqual([]));
});

describe("escalation told by the customer's coming act (escalation-reader.ts, h54)", () => {
  const escalation = (text: string) => readEscalation(text, prepareText(text)).map((s) => s.id);
  test.each([
    // custom taken elsewhere
    "Nine years a customer and this is how you treat me? I'll be moving my savings elsewhere.",
    'Alarm still does not stop. If this goes on I will have to find a new calendar app.',
    "We're taking all twelve licences somewhere else at renewal.",
    'time to find a new broadband provider',
    // an ultimatum
    "I'll give you until Friday. After that I'm going to the ombudsman.",
    'If I do not hear back by 24 May I will start a dispute with the deposit scheme.',
    'You have until the end of the week, otherwise I am cancelling.',
    // someone above asked after
    'Sent the statements three times. Any advice on who to escalate to?',
    'Who do I complain to about this?',
    'Who is above you?',
    'I want this looked at by someone who can decide.',
    // h75: where or how to complain asked; the message itself sent above, asked of the agent
    'A few of us lost 20 mins. Where do we complain about this? Is it special consideration?',
    'How do I escalate this?',
    "I am not paying for work I can't see evidence of. Please pass this to your branch manager.",
    'Could you please pass this to a team leader. The adjuster has not replied in 3 weeks.',
    'Kindly forward my complaint to the complaints department.',
    // others told, as the customer's own coming act
    "I'll be telling everyone exactly why.",
    "Guess I'll let Trustpilot know how this went.",
    // a bad rating announced, who is above demanded by name
    'Expect a one-star review from me and everyone in my family.',
    'Give me the name of your complaints manager.',
    // a demand with its "or else"
    'Refund me by Friday or I walk.',
    "I want this fixed today, otherwise I'm taking it further.",
    // the escalation already asked for, told by what came of it
    'I have been told twice a manager would call me back. Nothing.',
    'The agent refused to get me a supervisor and hung up.',
    'I asked for a manager and was told no manager was available.',
    // a third party copied in
    "I have copied in the council's housing team.",
    'We have copied our Data Protection Officer, who will decide whether to report this.',
  ])('escalation-demand: %s', (text) => expect(escalation(text)).toEqual(['escalation-demand']));
  test.each([
    "I won't be moving my account elsewhere, you've been great.",
    "The first person said they'd pass my complaint to a supervisor.",
    'I will pass this to my manager and get back to you.',
    'Where do I send the form? How do I appeal the parking fine?',
    'Please pass this to the engineer when he arrives.',
    'Should I move my savings elsewhere or keep them here?',
    'My husband will find a new charger, thanks.',
    'I will have to find another time to call, sorry.',
    'Please reply by Monday. Thanks!',
    "If I don't hear back by Friday I'll be happy to call you instead.",
    "I'm looking for a new phone case for the X2.",
    'Who do I send the form to?',
    'My manager will call you tomorrow about the invoice.',
    'I have copied you in on the email to our accountant.',
    'I will have to find a new password, I forgot the old one.',
    'Who is the best person to send the invoice to?',
    "I'll tell my husband the parcel is on its way, thanks.",
    'Someone who can help with the router would be great.',
    'Could you give me the name of your manager? I want to send her a thank you card.',
    '1 star until the sync is fixed.',
    'Send me the form or I can come in to pick it up.',
    "I'm moving to a new flat on 1 March. Can I take my broadband with me?",
    'I need the form by Monday or I will miss the deadline.',
    'Please call me back, or I can call you tomorrow.',
  ])('none: %s', (text) => expect(escalation(text)).toEqual([]));
});

describe("the company's fixes named as things, counted or dating the fault (fix-count-reader.ts, h54)", () => {
  const fixes = (text: string) => readFixCounts(text, prepareText(text)).map((s) => s.id);
  test.each([
    "Three engineers have come out and it's still dropping.",
    '4 replacements, same fault.',
    'Two technicians in a month. The boiler still cuts out every night.',
    'The line drops every night since the engineer visit.',
    'our panels have been producing basically nothing since the inverter swap on the 3rd',
    'The tap is leaking again after your plumber\'s repair.',
    // (h78) a fix named as a thing, then the same fault or a failure of the thing itself
    'The replacement gearbox you sent for our conveyor (order 40081) has the wrong output shaft.',
    '@Auralink_Support you sent a replacement. replacement has the exact same fault. left earcup dead.',
    'Pigeons nesting under the panels again. The mesh you fitted last spring has come away on the left side.',
    'The new router you sent has the exact same drop-outs.',
    "Got the replacement part you sent but it's the wrong size, so the washer still leaks.",
  ])('unresolved: %s', (text) => expect(fixes(text)).toEqual(['unresolved']));
  test.each([
    'Two engineers came and it works now, thank you.',
    'Three engineers are booked for Friday.',
    'Will a second engineer visit if the first cannot fix it?',
    'The line has been dropping since Monday.',
    'Slow since the update, is there a fix?',
    'No problems at all since the repair, thanks!',
    'If the replacement doesn\'t fit, can I return it for free?',
    'The seller shipped a replacement the same day without asking me to send the broken one back.',
    'Ordered a replacement card 5 weeks ago through the app, still nothing in the post.',
    'The replacement you sent works perfectly, thank you.',
    'Will the replacement have the same fault as the first one?',
  ])('none: %s', (text) => expect(fixes(text)).toEqual([]));
});

describe('a fault named as the same one as before (same-fault-reader.ts, h78)', () => {
  const same = (text: string) => readSameFault(text, prepareText(text)).map((s) => s.id);
  test.each([
    'Is not working after your technician come. Same problem like before.',
    "Got the refund but it's £20 short, the same mistake as the first time.",
    "@TelvoraMobile same bill error as last month. £34 roaming charge and I haven't left the country.",
    'Same crash as before when I open the statements tab.',
    'The seat reservation which I paid is not there anymore. Same problem like last time',
  ])('unresolved: %s', (text) => expect(same(text)).toEqual(['unresolved']));
  test.each([
    "Good morning, I'd like to order 200 business cards with the same design as last time.",
    'On hold again. 40 mins. Same queue as yesterday.',
    'Thanks, Ruth. Confirmed: same card as before, ending 0931.',
    'Is it the same issue as last time? The light is orange.',
    "It's not the same problem as before, this time the screen is fine but there's no sound.",
  ])('none: %s', (text) => expect(same(text)).toEqual([]));
});
