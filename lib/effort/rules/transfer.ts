import type { RuleExamples } from '../rule-examples';
import type { SignalRule } from './schema';

export const transfer: SignalRule = {
  id: 'transfer',
  summary: 'was passed between people, teams or departments',
  patterns: [
    // passed on to another person or desk, not a thing moved: "We were sent to another hotel", "same-day transfers to
    // another bank" (h62)
    String.raw`(?:transferred|transfered|transferring|transfers|passed|passing|bounced|bouncing|shuffled|shunted|handed|punted|kicked|shifted|redirected|re-?routed|routed|forwarded|referred|sent|send|sends|directed|pointed) (?:me|us|my (?:call|case|ticket|complaint|issue|query|request|claim|chat|email)|my \w+)? ?(?:around|back and forth|from (?:one|department|person|team|agent|rep|desk)|between|(?:back )?to (?:(?:another|a different|the other|other|yet another) (?:department|team|dept|desk|agent|rep|representative|person|advisor|adviser|specialist|line|number|queue|branch|office|section|company|colleague)s?\b|someone else|\w+ (?:department|team|dept|desk|support))|over to|off to|along|on to|onto|elsewhere|from pillar to post)`,
    String.raw`(?:sent|transferred|transfered|passed|referred|directed|redirected|forwarded|pointed|bounced|handed|put) (?:me|us) (?:back )?(?:over )?to (?:\w+ ){0,2}?(?:billing|sales|tech(?:nical)? support|support|customer (?:service|care)|accounts?|returns|claims|collections|retention|department|dept|team|desk|manager|supervisor|specialist|someone|somebody|you|you guys|them|carrier|bank|manufacturer|seller|merchant|store|branch|another|other)`,
    // a loan or an account moved to a new servicer is a sale of the debt, not the customer passed on: "My student loans were
    // transferred to a new servicer" (h62)
    String.raw`(?<!\b(?:loans?|mortgages?|accounts?|debts?|policy|policies|servicing) )(?:got|get|gets|getting|been|was|were|keep getting|kept getting|keep being|kept being|being|am|i'm|they) (?:just |constantly |repeatedly |continuously )?(?:transferred|transfered|transferring me|bounced|passed around|passed along|passed on|shuffled|handed off|handed over|redirected|shunted|pushed around|sent around|sent back and forth|ping[- ]?ponged)`,
    String.raw`(?:transferred|transfered|transferring|transfering|transfereing) (?:me|us|my call)|(?:\d+|two|three|four|five|six|several|multiple|many) different (?:people|persons|agents|reps|representatives|advisors|advisers|departments|teams|employees)`,
    String.raw`run-?arounds?|run arounds?|runaround|ping[- ]?pong(?:ed|ing)?|(?:going|go|went|sent|bounced|passed) (?:around )?(?:round )?in circles|from pillar to post|(?:handed|passed|bounced|sent) (?:back and forth|round and round)`,
    String.raw`from (?:rep|agent|person|department|dept|team|desk|one (?:person|agent|rep|department|team|desk)|queue|advisor) to (?:rep|agent|person|department|dept|team|desk|another|the next|queue|advisor)`,
    String.raw`(?:spoke|spoken|speaking|talked|talking|dealt|chatted|gone through|went through|go through|going through|been through|passed through|handled by|been passed to)(?: to| with)? (?:\d+|two|three|four|five|six|seven|several|multiple|many|different|numerous|various|countless|a (?:dozen|few)|half a dozen|at least \w+) (?:different )?(?:agents|reps|representatives|people|persons|departments|depts|teams|advisors|advisers|associates|employees|operators|supervisors|staff members|queues|customer service (?:agents|reps|people))`,
    String.raw`different (?:answers?|stories|story|information|responses?|explanations?) (?:from|every time|each time)|(?:every|each) (?:agent|rep|representative|person|department|team) (?:i (?:spoke|talk|speak)|says|tells|gives|said|told)|another (?:department|team)'?s? (?:job|problem|responsibility|issue)`,
    String.raw`(?:told|asked|instructed|said|says) (?:me |us )?to (?:contact|call|email|e-mail|reach out to|speak to|talk to|go to|try) (?:another|a different|the other|other|your|the|their)? ?(?:\w+ )?(?:department|team|dept|company|carrier|bank|manufacturer|seller|merchant|branch|agent|rep|desk|line|sales|billing|support|tech support|customer service|courier|insurer)|not (?:my|our|their|his|her) department|wrong department|(?:different|other|multiple|several|\d+|three|two) (?:departments|queues)`,
    String.raw`(?:send|sent|sends|sending|transfer\w*|pass\w*|bounc\w*|kick\w*) (?:me|us) (?:to|on to|onto|over to) (?:someone|somebody|another|a different)`,
    // "the loans queue, the cards queue and now the fraud queue": a list of queues
    { triggers: ['queue'], re: String.raw`\b\w+ queues?,? (?:the |then |and |and then |now )?\w+ queue` },
    // transferred as the next step of a call: "placed on hold for 47 minutes, then transferred to the fraud department",
    String.raw`(?:then|and then|before being|only to be|and was|and got) (?:transferred|transfered|bounced|passed|handed|shunted|shuffled|redirected) (?:to|over to|back to|around) (?:the |another |a different |a |yet another )?(?:\w+ )?(?:department|dept|team|desk|agent|rep|representative|person|queue|line|specialist|unit)`,
    // natural text (issue 12's sixth pass): each side sends the customer to the other — "Front desk says call corporate. Corporate says talk to front desk."
    String.raw`(?:each|every) (?:one|of them|side|party) (?:tells|told|says|said|keeps telling) (?:me |us )?(?:to )?(?:contact|call|talk to|ask|go to|speak to|email) the other`,
    String.raw`(?:says|said|say) (?:to )?(?:call|contact|talk to|ask|go to|take it up with|speak to|email) (?:the |your |their )?\w+(?: \w+)?[.,;] (?:and )?(?:the |their |your )?\w+(?: \w+)? (?:says|said|say) `,
    String.raw`(?:says|said|say) (?:the )?\w+(?: \w+)? (?:handles|must handle|has to handle|should handle|is responsible for) (?:it|that|this)[.,;] (?:and )?(?:the )?\w+(?: \w+)? (?:says|said|say) `,
    // a new person every time: "Every call I get a different person", "my adjuster has changed 3 times"
    String.raw`(?:every|each) (?:call|time)(?: i call)?,? (?:i (?:get|got|speak to|talk to) )?(?:a )?(?:different|new) (?:person|agent|rep|representative|adjuster|caseworker)|(?:adjuster|agent|rep|case ?worker|case manager|point of contact|contact person)s? (?:has |have )?changed (?:{{COUNT}} times|again)`,
    // issue 12's ninth pass: answers counted against the people who gave them — "4 chat agents tell me 4 different
    // things", "Three agents, three different answers", "each time different answer"
    String.raw`(?:{{COUNT}}) (?:different )?(?:[\w-]+ )?(?:agents|reps|representatives|people|advisors|advisers|calls|chats|employees|staff)(?: (?:tell|told|telling|gave|give|giving) (?:me|us))?,? (?:{{COUNT}}) different (?:answers|things|stories|explanations|reasons|responses|versions)|(?:each|every) (?:time|call|one),? (?:a |i get a |i got a )?different (?:answer|story|explanation|reason|response|version)\b`,
    // h43: new people counted over a stretch, or one more person who says otherwise — "three different account managers
    // in 6 months", "then a different rep said there's no case on file", "I keep getting a new agent"
    String.raw`(?:{{COUNT}}|several|multiple) (?:different |new )(?:account managers?|case ?workers?|case handlers?|case managers?|adjusters?|advisers?|advisors?|agents?|reps?|engineers?|contacts?) (?:in|since|over|within) (?:(?:the )?(?:last|past) )?(?:\d{1,2}|a|one|two|three|four|five|six|a few) (?:days?|weeks?|months?|years?)|(?:then|now) (?:a |another |yet another )?(?:different|new) (?:rep|agent|advis[eo]r|person|representative|team|department) (?:said|says|told|tells|claims|claimed)|keep (?:getting|being given) (?:a )?(?:new|different) (?:agent|rep|person|advis[eo]r)`,
  ],
};

/**
 * Customer messages: each `match` must show the signal, each `allow` must not (tests/unit/effort/rules.test.ts).
 * Test data only: rules/index.ts imports the rule above, never this table, so it stays out of the content script.
 */
export const examples: RuleExamples = {
  'transfer': {
    match: [
      // h62
      'They sent me to another department, who sent me back to the first.',
      "We've had three different account managers in 6 months, nobody calls.",
      'Support said it was escalated, then a different rep said there is no case on file.',
      'I keep getting a new agent who starts from zero.',
      'Front desk says call corporate. Corporate says talk to front desk.',
      'I had 5 chat agents tell me 5 different things about the fee.',
      'Two reps, two different answers, no refund.',
      'I rang the number 4 times, each time different answer.',
      'The store says talk to the finance company, the finance company says the store must submit a return.',
      'Emailed, chatted, called. Each one tells me to contact the other.',
      'The store says corporate handles it, corporate says the store handles it.',
      'Every call I get a different person who has to look into it.',
      'My adjuster has changed 3 times.',
      'I was placed on hold for 47 minutes, then transferred to the fraud department.',
      'Sat in the loans queue, then cards queue, then got cut off.',
      'Three different people told me three different things.',
      "Everyone who answers sends me to someone else.",
      'You transferred me three times and the line went dead.',
      'Support sent me to billing and billing sent me back to support.',
      "I've been bounced around between departments for a week.",
      'Every agent I spoke to gave me a different answer.',
      'I feel like I am getting the runaround.',
    ],
    allow: [
      'My student loans were transferred to a new servicer last summer and my autopay stopped.',
      // h62: a thing sent elsewhere, not the customer passed on
      'We arrived at 9pm, you had given our room away and we were sent to another hotel 25 minutes away.',
      'Is there a cutoff time for same-day transfers to another bank?',
      'We have three different account managers for our three regions, all great.',
      'Can a different agent take over while Sam is on leave?',
      'The agent said to call back tomorrow and it was fixed.',
      'Every call I get is from a spam number.',
      'The bank says the money arrived. Thanks for checking.',
      'The money was then transferred to my savings account.',
      "Please send me the invoice.",
      'How do I transfer my data to a new phone?',
      'I need to make a bank transfer to pay the invoice.',
      'Can you send me the invoice as a PDF?',
      'My flight has a transfer in Frankfurt.',
      'I passed the verification step but the app froze.',
      'We tried three different colours and love them all.',
      'Each time a different courier brings it, which is fine.',
      'The agent said it was approved, and it was, thanks.',
    ],
  },
};
