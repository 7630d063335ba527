import type { RuleExamples } from '../rule-examples';
import type { RuleSpec } from '../rule-schema';
import { APOLOGY_HEAD, APOLOGY_IDIOM, APOLOGY_TRIGGERS } from './fragments';

/** An apology or expression of regret in a reply that gives the customer nothing concrete. */
export const apologyEmpty: RuleSpec = {
  id: 'apology-empty',
  category: 'apology-without-help',
  when: 'no-help',
  triggers: APOLOGY_TRIGGERS,
  patterns: [APOLOGY_HEAD],
  unless: [APOLOGY_IDIOM],
  priority: 10,
  message: 'Apology with no help: say what you did or will do about it.',
  why:
    'An apology on its own tells the customer you know something went wrong but leaves them exactly where they were; ' +
    'they still have to chase you for the fix. Ownership plus an action (and a time) is what actually reassures.',
  suggestions: [
    {
      label: 'Own it and give the action',
      scope: 'sentence',
      text: "Thanks for flagging this — I've [action you took] and I'll [next step] by [when].",
    },
    { label: 'Offer what you can do', scope: 'sentence', text: "Sorry about this — here's what I can do right now: {canDo}." },
    {
      label: 'Ask for what you need to act',
      scope: 'sentence',
      text: "Sorry about this — send me [the detail you need, e.g. your order number] and I'll [action] straight away.",
    },
  ],
};

/**
 * Whole replies: each `match` must get a flag from the rule, each `allow` must not (tests/unit/analysis/rules.test.ts).
 * Test data only: rules/index.ts imports the rules above, never this table, so it stays out of the content script.
 */
export const examples: RuleExamples = {
  'apology-empty': {
    match: [
      "I'm really sorry for the delay. We appreciate your patience!",
      'We apologise for the inconvenience. Your feedback is important to us.',
      'Please accept our apologies, Dana. The train was late because of a signal fault.',
      'Unfortunately the parcel arrived late today.',
      "We’re so sorry about this. If there's anything else, just let us know.",
      // The apology words in every form (one list, rules/fragments.ts): passive and past regret too.
      'Please note that we do not offer such services. All inconveniences regretted.',
      'We apologised for the delay in our last message. Thank you for your patience.',
      // Passing the case on with no time and no next step is not help (help-signals.ts PASSING_ON).
      "Hi Holly, I'm sorry for the hassle. I've forwarded this to our finance team. Thanks, Jake",
      "So sorry for the mix-up. I've escalated your ticket and made a note on your account.",
      'Sorry to hear that, Tom. We will look into it.',
      "Sorry you ran into this, Mo. I can pass it on to the product team.",
      'Apologies for the wait. I have raised it with our warehouse and logged a note on the order.',
      // The contraction of "is", not of "has": the result has to be there.
      "Sorry, it's not on its way yet. Thanks for your patience.",
      // A fee put on the account is no help; nor is a parcel returned to the sender.
      'Sorry, a late fee has been added to your account. Thanks for understanding.',
      'We apologise, the parcel has been returned to the sender.',
      // A fix hoped for in a later version is not a fix released.
      'Sorry for the crash. Hopefully it will be fixed in the next update.',
      // Someone else's act with no time, readiness denied, a repair hoped for, a contact with nothing to send.
      "Sorry about the missed bins. The crew will be back when they can.",
      "Sorry, the glasses aren't ready for collection yet. Thanks for your patience.",
      'Sorry for the outage. We expect it to take a while; thanks for bearing with us.',
      "We're sorry to hear this. Please reach out to us at care@example.co.uk.",
      // Chat register: a call denied, no card that will work, an offer that has ended, a question with no detail.
      'Sorry about the wait, the courier will not call you first.',
      'Sorry, no other card will work for this plan.',
      'Sorry, there was 10% off last week but the sale has ended.',
      "Sorry, what's the point of asking again.",
      // No alternative, a ticket not valid, a payment that went through twice, a condition with no result.
      'Sorry, the old layout is gone and nothing gives the same result.',
      "Sorry, your ticket isn't valid on the next service.",
      'Sorry, the payment went through twice by mistake on our side.',
      'Sorry, if you add more items you will pay more delivery.',
      // A condition that opens a sentence with no instruction after it (h76).
      'Unfortunately the file still has errors. If you sent it again, we would be none the wiser.',
      // No step that fixes it, no time for the fix, a cost not a remedy (h76).
      'Sorry, nothing works at the moment.',
      "Sorry about that. Restarting the app doesn't fix it.",
      'Sorry, the ETA is unknown.',
      "Sorry, you'll be charged the full fee.",
      // A wait with no time; word asked for with nothing offered on it; a refusal after "but if" (h76).
      "Sorry, you'll see it when it's ready.",
      "Sorry for the slow reply. If it gets worse, let me know and I won't bother you again.",
      "Sorry, we don't price match. But if you have insurance, the copay may be lower.",
    ],
    allow: [
      "I'm so sorry for the delay — I've refunded the shipping fee and your order goes out today.",
      'Apologies for the trouble. Please send me your order number so I can check what happened.',
      "Sorry about that! Go to Settings > Notifications and switch 'Daily digest' off.",
      "You won't regret upgrading — the new plan includes priority support.",
      "Sorry to hear that. Could you tell me which phone model you're using?",
      'Inconvenience regretted. We have re-sent the invoice to your registered e-mail.',
      // Advice to take a step, with or without "would": "I recommend clearing the cache".
      'Apologies for the crash. I recommend clearing the cache and restarting the app.',
      // Passing on with a time, a named next step, or a fix beside it.
      "Sorry for the wait. I've escalated it to our claims lead and I'll call you on Thursday with the decision.",
      "Sorry, I can't see billing from here. I've forwarded your request to the billing team, who'll reply within one working day.",
      "Sorry about the missed pickup. I've made a note on your order so the driver calls ahead, and rebooked it for tomorrow.",
      "Sorry for the hassle! I've refunded the side dish to your card and flagged it to the kitchen.",
      'Sorry, the sync bug is on our side. We have escalated it to engineering (ticket ENG-2210); the fix ships Tuesday.',
      // A result in the contracted present: "refund's on its way", "it's working now".
      "So sorry about the missing sauce, Mo! Refund's on its way for that item.",
      "Sorry for the outage this morning. The login page's working now.",
      // A correction given, and money put back where the customer keeps it.
      'Apologies! I sent you the wrong link earlier. This is the correct one for your invoice: billing.example.com/inv/5519.',
      'We regret that your class was cancelled at short notice. Your credit has been returned to your account.',
      // A fix already released in a version: the app developer's answer.
      "Thanks for reporting! The alarm bug was introduced in 2.3.0. It's fixed in 2.3.1, rolling out today. Sorry if you overslept.",
      'Heart rate zones were calculated wrongly for some users. Sorry about that! Fixed in v4.0.6.',
      'The crash when exporting in 4K is a known bug and the fix is included in version 2.14. Sorry for the hassle!',
      "Sorry about that! The audiobook sync bug is fixed in today's update.",
      // Repaired in the passive; ready for the customer; someone else's commitment with a time; a restoration expected by a time.
      'We apologise that the air conditioning in your room was not working properly; this has now been repaired.',
      "Sorry the glasses took longer than we said, the lab had a backlog. They're ready now, see you Saturday!",
      "Hi Tariq, we're sorry. The recycling crew missed several streets yesterday. They'll be back today before 6pm.",
      'There is a known outage in your area. Engineers are on site and we expect service back by 4pm. Sorry for the disruption.',
      // A request for the details needed, sent to our address.
      "We're sorry to hear this. Please reach out to us at care@example.co.uk with your order reference.",
      // Chat register: a named person's call, an alternative that works, an offer, the details asked for.
      "Sorry, I can't give you results over chat. The doctor will call you to go through them.",
      'Those aren\'t supported for subscriptions, sorry. A regular debit or credit card will work.',
      "We don't price match, sorry. There's 10% off for newsletter sign-ups though, if that helps.",
      "Sorry, I need to ask again - what's the email on the account?",
      "We're sorry! This feature isn't available in your region yet, but you can get the same result with the Export option under Files.",
      'We apologise for the delay, Liam. Train 1T42 is held at Leeds by a signal fault; your ticket is valid on the next two services.',
      'Hey Joe, the cancellation went through — you won\'t be billed again. Sorry to see you go!',
      'Sorry for the trouble. The promo code only works on orders over $20. If you add something small it will apply.',
      // An instruction after a condition that opens the sentence (h76).
      "Unfortunately the file still has the page numbers restarting at chapter 5. If you're using Word, check for a section break before chapter 5.",
      'Sorry for the wait. Once the email arrives, tap the link inside it to confirm.',
      // A step that fixes it as the subject, a fix expected by a time, an estimate with a time, a remedy in the
      // contracted future (h76).
      'Sorry you are seeing that error. Logging out and back in fixes it.',
      'Sorry for the crash. Until our fix goes out, exporting in 720p works reliably.',
      "We're sorry your card was declined. There's a hold while we finish maintenance, should be sorted by 11am.",
      'Hey! There is a known outage in your area. Engineers are on it, estimated fix 6pm. Sorry!',
      'So sorry about the broken eggs! Just report it in the app and you\'ll be refunded straight away.',
      // A status of the order, a fix expected by a time, an outcome with a time (h76).
      'Sorry for the mix up! Your replacement controller is out for delivery today.',
      'Sorry for the signal drop. A mast is down nearby; engineers are on site and expect it back by 6pm.',
      'We are sorry your order arrived cold. The fee goes back to your card, you will see it in 3-5 days.',
      // A visit offered on the customer's word; an alternative after a condition (h76).
      "Sorry for the slow reply. If it's a loud buzzing that doesn't stop, let me know and I'll pop round to have a listen.",
      "Sorry, we don't price match other pharmacies. But if you have insurance I can run it through and see if the copay is lower.",
    ],
  },
};
