/**
 * The judge's grammar signals, read from sentence structure (lib/analysis/judge/signals.ts): each case is a sentence
 * and the signals it must, and must not, carry. The last block checks what the engine then decides on whole replies.
 */
import { describe, expect, test } from 'vitest';
import { analyzeReply } from '../../../lib/analysis';
import { shippedJudge } from '../../../lib/analysis/judge';
import { combineSignals, sentenceSignals } from '../../../lib/analysis/judge/signals';
import { featuresFor } from '../../../lib/analysis/judge/features';
import { readSentence } from '../../../lib/language';

const signalsOf = (text: string) => sentenceSignals(readSentence(text, 0, text.length));

const CASES: { text: string; has: string[]; not?: string[] }[] = [
  // An instruction put in the first person by a verb of advising.
  { text: 'We only ask that you directly connect a device to the modem to test.', has: ['instruction'] },
  { text: 'I recommend that you reset the router.', has: ['instruction'] },
  { text: 'We suggest you clear the cache.', has: ['instruction'] },
  { text: 'We ask for your patience.', has: [], not: ['instruction'] },
  // Wanting to act is a commitment; wanting to apologise or thank is not.
  { text: 'Our team would like to escalate this for you.', has: ['commitment'] },
  { text: "We'd like to take a further look into this with you!", has: ['commitment'] },
  { text: 'We would like to apologize for the delay.', has: ['apology'], not: ['commitment'] },
  { text: "I'd like to thank you for your patience.", has: [], not: ['commitment'] },
  // Promising to pass words on is not acting on the problem.
  { text: "I'll add your feedback to my list.", has: ['commitment:feedback'], not: ['commitment'] },
  { text: 'We will pass your suggestions on to the team.', has: ['commitment:feedback'], not: ['commitment'] },
  { text: "We'll refund the order today.", has: ['commitment'] },
  // Sent to a place to read or write elsewhere, whatever the verb; a passive imperative informs.
  { text: 'Please check our website for updates.', has: ['imperative:look-elsewhere'], not: ['instruction'] },
  { text: 'Please use the contact form on our site.', has: ['imperative:look-elsewhere'], not: ['instruction'] },
  { text: 'Please check our status page for updates.', has: ['imperative:look-elsewhere'], not: ['instruction'] },
  { text: 'Please open our Billing page and tap Cancel.', has: ['instruction'], not: ['imperative:look-elsewhere'] },
  { text: 'Open the form in the Settings menu and tick the box.', has: ['instruction'] },
  { text: 'Please be advised that our office is closed on Monday.', has: ['imperative:courtesy'], not: ['instruction'] },
  // A promise to do better in general, or "as soon as possible" with no act, is not a commitment to act.
  { text: 'We will improve our service in future.', has: ['commitment:vague'], not: ['commitment'] },
  { text: "We'll get to your message as soon as possible.", has: ['commitment:vague'], not: ['commitment'] },
  { text: "We'll get back to you as soon as we can.", has: ['commitment:vague'], not: ['commitment'] },
  { text: "We'll call you back as soon as the part arrives.", has: ['commitment'], not: ['commitment:vague'] },
  // Sent to us (our own channel) or sent elsewhere.
  { text: 'Please reach us here.', has: ['imperative:to-us'], not: ['imperative:redirect'] },
  { text: 'Please contact our billing team.', has: ['imperative:to-us'] },
  { text: 'Please reach out to them directly at the following link.', has: ['imperative:redirect'], not: ['imperative:to-us'] },
  { text: 'Contact the carrier about delivery issues.', has: ['imperative:redirect'] },
  // A verb joined by "and" to a clause with a subject shares it: not an instruction to appreciate or hope.
  { text: 'We truly value you as a customer and appreciate your patience.', has: [], not: ['instruction'] },
  { text: 'We apologize and hope you understand.', has: ['apology'], not: ['instruction', 'imperative:courtesy'] },
  { text: 'We will refund the order and send you a prepaid label.', has: ['commitment'] },
  { text: "I've refunded the charge and sent a new label.", has: ['done:by-us'] },
  // Taking in what came is not acting on it; a "no" inside a phrase does not negate the act.
  { text: "We've reviewed your request.", has: ['taken-in'], not: ['done:by-us'] },
  { text: 'We have received your message.', has: ['taken-in'], not: ['done:by-us'] },
  { text: 'The courier has booked a redelivery for tomorrow at no charge.', has: ['done:passive', 'fix-done'] },
  { text: 'No refund or exchange.', has: [], not: ['instruction'] },
  // Closings, courtesy and names are not instructions.
  { text: 'Have a nice day!', has: ['imperative:courtesy'], not: ['instruction'] },
  { text: 'Have a look at the settings page first.', has: ['instruction'] },
  { text: 'Hope you find what you need!', has: ['imperative:courtesy'], not: ['instruction'] },
  { text: 'Hi Mark, thanks for writing in.', has: [], not: ['instruction'] },
  { text: '@user We cannot change that. ^Care', has: ['refusal'], not: ['instruction'] },
  // Lectures, waiting and advice to go elsewhere are imperatives that move nothing forward.
  { text: 'Read the contract next time.', has: ['imperative:lecture'], not: ['instruction'] },
  { text: 'Please check your order carefully before confirming it.', has: ['imperative:lecture'], not: ['instruction'] },
  { text: 'Please stop contacting us about this.', has: ['imperative:lecture'], not: ['imperative:to-us'] },
  { text: 'Please try again later.', has: ['imperative:later'], not: ['instruction'] },
  { text: 'Try again after restarting the app.', has: ['instruction'] },
  { text: 'We recommend you contact the property.', has: ['imperative:redirect'], not: ['instruction'] },
  { text: 'You can see our article about backups here.', has: ['customer:can:look-elsewhere'], not: ['customer:can'] },
  { text: 'You can change the card under Billing.', has: ['customer:can'] },
  // Help no list knows: an instruction after a purpose clause, a diagnostic question about the customer's things.
  { text: 'To fix this issue, upgrade the firmware and reset your device.', has: ['instruction'] },
  { text: 'Is your game a disc or a digital version?', has: ['question:to-customer'] },
  { text: 'Is there something I can help with?', has: ['question:anything-else'], not: ['question:to-customer'] },
  { text: 'The supplier has now rectified the issue.', has: ['done:passive'] },
  // Blame in words no rule has: the customer as the subject of a failure, also after "I think…"; what was stated.
  { text: "I'm guessing you didn't enable backup.", has: ['customer:failed'] },
  { text: 'Unfortunately, we think you missed the whole point of the app.', has: ['apology', 'customer:failed'] },
  { text: 'I see that you have not verified your email.', has: ['customer:failed'], not: ['refusal'] },
  { text: 'You ignored the update notice for three months.', has: ['customer:failed'] },
  { text: "Didn't you see the little X icon?", has: ['question:to-customer:negative'] },
  // A yes/no question about a step already taken diagnoses; a reproach or a wh-question does not.
  { text: '@user Have you checked the cable?', has: ['question:to-customer', 'question:diagnostic'] },
  { text: 'Have you even read the manual?', has: ['question:to-customer'], not: ['question:diagnostic'] },
  { text: 'What have you tried?', has: [], not: ['question:diagnostic'] },
  { text: 'If you have not cancelled in time, you will be charged accordingly.', has: ['customer:condition-failed'] },
  { text: 'This is mentioned in the help.', has: ['reminder:stated'], not: ['done:passive'] },
  { text: 'As stated in our terms, the deposit is not refundable.', has: ['reminder:as-told'] },
  { text: 'As we explained by email, the fee stands.', has: ['reminder:as-told'] },
  // Sent to read elsewhere; a refusal without a person; "you could have…" reproaches like "you should have…".
  { text: 'Please see this article for more information.', has: ['imperative:look-elsewhere'], not: ['instruction'] },
  { text: 'Sorry, that is not possible.', has: ['apology', 'refusal'] },
  { text: 'That is possible from the app.', has: [], not: ['refusal'] },
  { text: 'You could have simply told me.', has: ['customer:should-have'], not: ['customer:can'] },
  { text: 'You could have been charged twice.', has: [], not: ['customer:should-have', 'customer:can'] },
  // Harm reported in the passive is not a fix done by someone.
  { text: 'The box was damaged in transit.', has: [], not: ['done:passive'] },
  { text: 'The parcel has been lost by the courier.', has: [], not: ['done:passive'] },
  { text: 'The parcel has been found and re-sent.', has: ['done:passive'] },
  // A fix told as a fact by anyone (a third party too, in the simple past), read through noun compounds and "re-" verbs;
  // not one under a condition, a setback, or words passed on.
  { text: 'The courier collected it yesterday and delivered it this morning.', has: ['done:by-other:past', 'fix-done'] },
  { text: 'The billing team has reversed the charge.', has: ['done:passive', 'fix-done'] },
  { text: 'The wrong fee has been removed from your account.', has: ['done:passive', 'fix-done'] },
  { text: 'The lab re-ran the test on Monday.', has: ['done:by-other:past', 'fix-done'] },
  { text: 'Your refund was approved by the bank today.', has: ['done:passive', 'fix-done'], not: ['customer:failed'] },
  { text: 'Your parcel did not arrive on time.', has: [], not: ['customer:failed', 'fix-done'] },
  { text: 'If the bank reversed it, you will see the money tomorrow.', has: [], not: ['fix-done', 'done:by-other:past'] },
  { text: 'The bank declined the payment.', has: [], not: ['fix-done'] },
  { text: 'The sync stopped because you logged out.', has: [], not: ['fix-done', 'done:by-other:past'] },
  { text: 'The app crashed overnight.', has: [], not: ['fix-done', 'done:by-other:past'] },
  { text: 'The bank stopped the payment.', has: ['done:by-other:past', 'fix-done'] },
  { text: 'Your feedback has been forwarded to the team.', has: ['passed-on'], not: ['done:passive', 'fix-done'] },
  // The customer or their thing as the cause, without a failure verb; not exoneration, not our own fault.
  { text: "It's your VPN that blocks the app, not our servers.", has: ['customer:at-fault'] },
  { text: 'The problem is your old router.', has: ['customer:at-fault'] },
  { text: 'This is caused by your antivirus.', has: ['customer:at-fault'] },
  { text: 'The error comes from the plugin you added.', has: ['customer:at-fault'] },
  // Verbs of causing the lexicon knows (kill, drain, wipe…): "kills" was a plural noun, so the clause had no verb.
  { text: 'Your battery saver kills the app in the background.', has: ['customer:at-fault'] },
  { text: "This isn't your fault.", has: [], not: ['customer:at-fault'] },
  { text: 'The problem was on our side, not yours.', has: [], not: ['customer:at-fault'] },
  { text: 'Your order is on its way.', has: [], not: ['customer:at-fault'] },
  // The agent saying it again; thanking again is not.
  { text: 'For the third time, the code has expired.', has: ['reminder:repeat'] },
  { text: 'As I said in my last email, the fee stands.', has: ['reminder:repeat'] },
  { text: "I've answered this already.", has: ['reminder:repeat'] },
  { text: 'I have to repeat myself here.', has: ['reminder:repeat'] },
  { text: 'Once again, thank you for your patience.', has: [], not: ['reminder:repeat'] },
  // One list of apology words: a word of regret takes what it regrets ("sorry you…", inflected too: "we regretted that
  // you…"), so the customer's failure after it is not a failure; a sentence adverb of regret frames the failure instead.
  { text: "Sorry you didn't enter the code in time.", has: ['apology'], not: ['customer:failed-act'] },
  { text: 'We regretted that you missed the webinar.', has: ['apology'], not: ['customer:failed-act'] },
  { text: 'Unfortunately you missed the deadline.', has: ['apology', 'customer:failed-act'] },
  { text: 'All inconveniences regretted.', has: ['apology'] },
  // The customer named by role fails as "you" do, and their own act is not a fix by someone else; a role noun that
  // names a thing ("the user guide"), or someone of ours, is not the customer.
  { text: 'The account holder failed to update the payment card before the renewal date.', has: ['customer:failed', 'customer:failed-act'], not: ['fix-done', 'done:by-other:past'] },
  { text: 'The user deleted the folder themselves.', has: [], not: ['fix-done', 'done:by-other:past'] },
  { text: 'The passenger did not check in online.', has: ['customer:failed'] },
  { text: 'The user guide was updated last week.', has: ['done:passive'], not: ['customer:failed'] },
  { text: 'Our member of staff has refunded the order.', has: ['fix-done'], not: ['customer:failed'] },
  // Closing the ticket is not help, whatever reason comes with it; closing something for the customer's sake is read
  // the same (the judge weighs what else the reply does).
  { text: 'I have closed your ticket as the issue is outside our control.', has: ['passed-on'], not: ['done:by-us', 'fix-done'] },
  { text: 'We closed the case yesterday.', has: ['passed-on'], not: ['done:by-us:past'] },
  { text: 'I have refunded the order.', has: ['done:by-us', 'fix-done'], not: ['passed-on'] },
  // A done act under once/if/when is the condition a refusal in the same sentence hangs on, not a fix.
  { text: "Sorry, we can't change the address once an order has been dispatched.", has: ['refusal', 'refusal:condition'], not: ['done:passive'] },
  { text: 'Once the parcel has been scanned, the tracking link will update.', has: ['done:passive'], not: ['refusal:condition'] },
  // A reduced "as" clause of telling inside a clause is a reminder of what the customer was told; "as" + another verb is not.
  { text: 'The subscription will renew into a yearly plan as stated on the upgrading screen.', has: ['reminder:as-told'] },
  { text: 'The fee applies, as clearly mentioned before.', has: ['reminder:as-told'] },
  { text: 'Your order will ship as planned.', has: [], not: ['reminder:as-told'] },
  // Blame in the passive, no one named: a failure verb, a step the customer owed left undone, a step done wrongly. Not
  // under a condition, not done by someone named, not a step the customer did not owe; and no fix.
  { text: 'That step was skipped, so the battery calibration is off.', has: ['customer:failed-passive'] },
  { text: 'Clearly the instructions were not followed.', has: ['customer:failed-passive'] },
  { text: 'The wrong PIN was entered five times.', has: ['customer:failed-passive'], not: ['fix-done', 'done:passive'] },
  { text: 'The PIN was entered and the card was unlocked.', has: [], not: ['customer:failed-passive'] },
  { text: 'Your parcel was missed by the courier.', has: [], not: ['customer:failed-passive'] },
  { text: "If the form wasn't submitted, we can't process it.", has: [], not: ['customer:failed-passive'] },
  { text: "Your refund hasn't been processed yet.", has: [], not: ['customer:failed-passive'] },
  // What is shown where the customer could read it: a verb of telling, or of putting up with the place; the clitic
  // "'s" before such a participle with no object is "is". A verb of putting with no place, or "to you", is a fix.
  { text: "That's explained on our plans page.", has: ['reminder:stated'], not: ['done:passive', 'fix-done'] },
  { text: "It's posted on the door and in the app.", has: ['reminder:stated'], not: ['fix-done'] },
  { text: 'Instructions for this are printed on the back of the box.', has: ['reminder:stated'] },
  { text: 'The delivery fee is shown at checkout before you confirm the order.', has: ['reminder:stated'] },
  { text: 'Your refund has been posted to your account.', has: ['done:passive', 'fix-done'], not: ['reminder:stated'] },
  { text: "He's explained the fix to the team.", has: [], not: ['reminder:stated'] },
  { text: 'The prices ended at midnight as advertised.', has: ['reminder:as-told'] },
  // A text as the subject of a verb of saying: what was written down, quoted back. Not a status report, not a person,
  // not "it" (which may be what the customer typed: "it says gmial.com").
  { text: 'The instructions say DO NOT microwave the container.', has: ['reminder:written'] },
  { text: 'The manual covers this on page 2.', has: ['reminder:written'] },
  { text: 'The tracking says it was delivered.', has: [], not: ['reminder:written'] },
  { text: 'It says gmial.com.', has: [], not: ['reminder:written'] },
  { text: 'The agent said we would call.', has: [], not: ['reminder:written'] },
  { text: 'Does the error say payment declined?', has: [], not: ['reminder:written'] },
  { text: 'Perhaps next time read the product description before ordering.', has: [], not: ['reminder:written'] },
  // An instruction for "this time" says the last time was wrong; "after this time" is a time of day.
  { text: 'Please save the backup codes this time!', has: ['imperative:lecture'], not: ['instruction'] },
  { text: 'Please try again after this time.', has: ['instruction'], not: ['imperative:lecture'] },
  // An emphatic "did" insisting that word was sent is a reminder of what the customer was told; sending goods is not.
  { text: 'Well, we did send three reminders before the domain expired.', has: ['reminder:told'] },
  { text: 'I did email you about this.', has: ['reminder:told'] },
  { text: 'I did send the refund yesterday.', has: [], not: ['reminder:told'] },
  { text: 'We sent three reminders before the domain expired.', has: [], not: ['reminder:told'] },
  { text: 'We do advise our call charges online.', has: ['reminder:told'] },
  { text: 'We do appreciate your patience.', has: [], not: ['reminder:told'] },
  // A manner adverb asks for care in a step still ahead ("once you approve"); otherwise it lectures.
  { text: "Please check the spelling carefully, once you approve we can't change it.", has: ['instruction'], not: ['imperative:lecture'] },
  { text: 'Please read the instructions carefully.', has: ['imperative:lecture'] },
  { text: 'Next time, read it carefully when you order.', has: ['imperative:lecture'] },
  // "and not" before a noun phrase contrasts two things; the cause is still asserted.
  { text: 'This problem is caused by your device and not BC.', has: ['customer:at-fault'] },
  { text: "This isn't caused by your device.", has: [], not: ['customer:at-fault'] },
  // A yes/no question doubting the customer's own act is condescension; a wh-question, a request or a question of
  // intent is not.
  { text: 'Did you even read the email we sent?', has: ['question:doubting'] },
  { text: 'Did you actually plug it into the wall socket?', has: ['question:doubting'] },
  { text: 'What did you actually see on the screen?', has: [], not: ['question:doubting'] },
  { text: 'Could you actually send me a screenshot?', has: [], not: ['question:doubting'] },
  { text: 'Did you really mean to cancel?', has: [], not: ['question:doubting'] },
  // Word sent in the passive, a telling verb with its particle, "as it says", a thing in two places, word received.
  { text: 'A text was sent when you arrived explaining the daily rate.', has: ['reminder:stated'], not: ['fix-done'] },
  { text: 'Your refund was sent yesterday.', has: ['done:passive', 'fix-done'], not: ['reminder:stated'] },
  { text: 'This is set out in our fair usage policy on the plan page.', has: ['reminder:stated'] },
  { text: "It isn't possible to change the username, as it says on the screen.", has: ['reminder:as-told'] },
  { text: "It's in the onboarding and in the Help section.", has: ['reminder:stated'] },
  { text: "It's in the warehouse.", has: [], not: ['reminder:stated'] },
  { text: 'You received an email with the reason on the date of suspension.', has: ['customer:was-told'] },
  { text: "You'll receive an email shortly.", has: [], not: ['customer:was-told'] },
  { text: 'You received the parcel on Monday.', has: [], not: ['customer:was-told'] },
  // An expected state is not a lecture.
  { text: 'You should have received an email by now.', has: ['customer:expected'], not: ['customer:should-have'] },
  { text: 'You should have read the guide.', has: ['customer:should-have'] },
  // What the customer should see or receive is an outcome to expect, not a duty; a step they should take is one.
  { text: 'You should see the refund for the oat milk in the app now.', has: ['expected-outcome'], not: ['customer:obligation'] },
  { text: 'You should receive a confirmation email shortly.', has: ['expected-outcome'], not: ['customer:obligation'] },
  { text: 'You should restart the app before you log in again.', has: ['customer:obligation'], not: ['expected-outcome'] },
  { text: "You shouldn't see this message again.", has: [], not: ['expected-outcome'] },
  // Help shapes the apology model reads (helpShapes): an act with a time, someone else's promise, an outcome to expect.
  { text: "We'll look into it and get back to you by Friday.", has: ['help:timed'] },
  { text: 'The technician will call you tomorrow at 10 am.', has: ['help:by-other', 'help:timed'] },
  { text: 'Your refund will be processed within 5 days.', has: ['help:by-other', 'help:timed'] },
  { text: 'Someone will be in touch.', has: ['help:by-other'], not: ['help:timed'] },
  { text: 'We will look into it.', has: ['commitment'], not: ['help:timed'] },
  { text: "I'm going to stay on it until it's fixed.", has: ['commitment'], not: ['help:timed'] },
  { text: 'We add Spanish in next version.', has: ['help:timed'] },
  { text: 'You will see it in 3-5 days.', has: ['help:outcome'] },
  { text: "You'll be charged a prorated amount today.", has: ['help:timed'] },
  { text: "You won't see the refund before Monday.", has: [], not: ['help:outcome', 'help:timed'] },
  { text: 'Please note that you can disable the reminder in Settings.', has: ['help:you-can'] },
  { text: 'I hope you can enjoy our app again in the future.', has: [], not: ['help:you-can'] },
  // A remedy we promise on the case (help:remedy), with or without a time; not feedback sent on, not a refusal.
  { text: "We'll reprint and send it again in a stronger tube.", has: ['help:remedy'] },
  { text: 'I will refund the delivery fee.', has: ['help:remedy'] },
  { text: 'We will send your feedback to the team.', has: [], not: ['help:remedy'] },
  { text: 'We will not refund the fee.', has: [], not: ['help:remedy'] },
  { text: 'We refunded the fee.', has: [], not: ['help:remedy'] },
  // Help told as information (informationHelp): an act on the case going on now, what arrives by a time, a fault gone.
  { text: "We're updating it now.", has: ['help:under-way'] },
  { text: 'Our engineers are working on a fix.', has: ['help:under-way'] },
  { text: 'Your order is being prepared now and should ship tomorrow.', has: ['help:under-way', 'help:due'] },
  { text: "There's a fix rolling out tonight.", has: ['help:under-way', 'help:due'] },
  { text: 'The crew are repairing the line today.', has: ['help:under-way', 'help:due'] },
  { text: 'The crew are repairing the line.', has: [], not: ['help:under-way'] },
  { text: 'Your claim is being processed in order of receipt.', has: [], not: ['help:under-way'] },
  { text: "We're experiencing delays.", has: [], not: ['help:under-way'] },
  { text: 'All our agents are currently assisting other customers.', has: [], not: ['help:under-way'] },
  { text: 'Our team are working hard to resolve issues as quickly as possible.', has: [], not: ['help:under-way'] },
  { text: "We're working hard to improve.", has: [], not: ['help:under-way'] },
  { text: 'We understand this is frustrating.', has: [], not: ['help:under-way'] },
  { text: "Sorry it's taking a bit longer than usual.", has: ['apology'], not: ['help:under-way'] },
  { text: "We're looking into it.", has: [], not: ['help:under-way'] },
  { text: "We're not changing the price.", has: [], not: ['help:under-way'] },
  { text: 'Yours is still on the van and should be with you today.', has: ['help:due'], not: ['customer:obligation'] },
  { text: 'The parcel should arrive by Friday.', has: ['help:due'] },
  { text: "The parcel shouldn't arrive before Friday.", has: [], not: ['help:due'] },
  { text: 'The offer should end on Sunday.', has: [], not: ['help:due'] },
  { text: 'A 4-hour delivery slot should mean 4 hours, not 9.', has: [], not: ['help:due'] },
  { text: 'You should update the app by Friday.', has: ['customer:obligation'], not: ['help:due'] },
  { text: 'Engineers are on it, estimated fix 6pm.', has: ['help:due'] },
  // Where the customer's thing is, with a time (h76); not a setback with a time.
  { text: 'Your replacement controller is out for delivery today.', has: ['help:due'] },
  { text: 'Your flight is delayed until 9pm tonight.', has: [], not: ['help:due'] },
  { text: 'Your order is not with the courier today.', has: [], not: ['help:due'] },
  { text: 'Your parcel is at the depot.', has: [], not: ['help:due'] },
  // A document given with the reply (h76), in the present passive; not a past or a condition.
  { text: "You don't need to do anything — the new appointment letter is attached.", has: ['help:enclosed'] },
  { text: 'Your invoice is enclosed.', has: ['help:enclosed'] },
  { text: 'The form was attached to your first email.', has: [], not: ['help:enclosed'] },
  { text: 'If the letter is attached, please sign it.', has: [], not: ['help:enclosed'] },
  { text: 'The letter is not attached.', has: [], not: ['help:enclosed'] },
  { text: 'Engineers are on it.', has: [], not: ['help:due'] },
  { text: "It's back up now.", has: ['help:restored'] },
  { text: "Everything's back up.", has: ['help:restored'] },
  { text: 'The app is working again.', has: ['help:restored'] },
  { text: 'Everything should be back to normal.', has: ['help:restored'] },
  { text: "It isn't back up yet.", has: [], not: ['help:restored'] },
  { text: 'It was back up for an hour.', has: [], not: ['help:restored'] },
  { text: "If it's working again, let us know.", has: [], not: ['help:restored'] },
  // A step of the customer's with what it opens: the way round a refusal.
  { text: 'If you upgrade, the setting appears straight away under Security > SSO > Attribute mapping.', has: ['help:if-you'] },
  { text: 'Payments will start going through again once you complete it.', has: ['help:if-you'] },
  { text: 'If you cancel, your data is deleted after 30 days.', has: [], not: ['help:if-you'] },
  { text: 'If you miss the payment, the account is suspended.', has: [], not: ['help:if-you'] },
  { text: 'If you need anything else, the team is here to help.', has: [], not: ['help:if-you'] },
  { text: 'If it happens again, please raise a new ticket.', has: [], not: ['help:if-you'] },
  { text: 'If you exceed the limit, the requests fail.', has: [], not: ['help:if-you'] },
  { text: "It's re-enabled now.", has: ['help:restored'] },
  { text: 'Your account is unlocked now, so you can sign in again straight away.', has: ['help:restored'] },
  { text: 'Your line is live now.', has: ['help:restored'] },
  { text: 'The account is locked now.', has: [], not: ['help:restored'] },
  { text: 'Your account was unlocked yesterday.', has: [], not: ['help:restored'] },
  { text: "It's unlocked the door now.", has: [], not: ['help:restored'] },
  { text: 'The site might be live again if the fix works.', has: [], not: ['help:restored'] },
  { text: 'Until their fix comes out, turning off "Auto sleep detection" in the app stops it.', has: ['help:workaround'] },
  { text: 'Clearing the cache should sort it.', has: ['help:workaround'] },
  { text: 'Using a VPN blocks it.', has: [], not: ['help:workaround'] },
  { text: "Turning it off didn't help.", has: [], not: ['help:workaround'] },
  { text: "Report it in the app and you'll be refunded straight away.", has: ['help:outcome'] },
  { text: "You'll be charged the full amount.", has: [], not: ['help:outcome'] },
  { text: 'You will be contacted by our team.', has: [], not: ['help:outcome'] },
  // "Nothing we can do": the limit an apology hides behind.
  { text: "Unfortunately there's nothing we can do about it.", has: ['limit:nothing-we-can'] },
  { text: 'There is nothing wrong with your account.', has: [], not: ['limit:nothing-we-can'] },
  // A closing wish on a weekday is not an instruction.
  { text: 'Have a wonderful Thursday!', has: ['imperative:courtesy'], not: ['instruction'] },
];

describe('grammar signals', () => {
  for (const c of CASES)
    test(c.text, () => {
      const got = signalsOf(c.text);
      for (const s of c.has) expect(got, `${s} in ${got.join(' ')}`).toContain(s);
      for (const s of c.not ?? []) expect(got, `${s} in ${got.join(' ')}`).not.toContain(s);
    });
});

describe('help told as information counts as help for an apology, not for blame', () => {
  test('an apology with only an information reading after it is apology+help; any-help is left to the other readings', () => {
    const got = combineSignals([['apology'], ['help:under-way']]);
    expect(got).toContain('apology+help');
    expect(got).not.toContain('apology-alone');
    expect(got).toContain('no-help');
    expect(combineSignals([['apology'], ['help:by-other']])).toContain('apology-alone');
  });
});

describe('a refusal with a way round it', () => {
  test('is help:way-round when the customer can do something, or a step of theirs opens a way', () => {
    expect(combineSignals([['apology', 'refusal'], ['help:if-you']])).toContain('help:way-round');
    expect(combineSignals([['apology'], ['customer:can'], ['apology', 'refusal']])).toContain('help:way-round');
    expect(combineSignals([['apology', 'refusal'], ['customer:can:look-elsewhere']])).not.toContain('help:way-round');
    expect(combineSignals([['apology'], ['help:if-you']])).not.toContain('help:way-round');
  });
});

describe('help shapes are read by the apology model only', () => {
  test('the blame model never sees help: or limit: features', () => {
    const features = ['apology', 'help:timed', 'after-apology:help:timed', 'limit:nothing-we-can', 'after-apology:limit:nothing-we-can', 'w1:sorry'];
    expect(featuresFor(features, 'customer-blame')).toEqual(['apology', 'w1:sorry']);
    expect(featuresFor(features, 'apology-without-help')).toEqual(features.filter((f) => !f.startsWith('w1:')));
  });
});

describe('the engine with the shipped judge', () => {
  const judge = shippedJudge();
  const categories = (text: string) => new Set(analyzeReply(text, { judge }).flags.map((f) => f.category));

  test('an apology followed by a promise to pass feedback on is still an apology without help', () => {
    expect(categories("Apologies you didn't like the new layout. I'll add your feedback to my list.")).toContain('apology-without-help');
  });

  test('an apology followed by a fix another team or company made is help; a setback they made is not', () => {
    expect(categories('Sorry about the wait. The warehouse has re-shipped your order and it arrives on Friday.')).not.toContain('apology-without-help');
    expect(categories('Sorry, the supplier has discontinued that model and there is nothing more we can do.')).toContain('apology-without-help');
  });

  test('the customer\'s own thing named as the cause, with no help, is blame; with a fix it is a diagnosis', () => {
    expect(categories("It's your router that blocks the connection, not our servers.")).toContain('customer-blame');
    expect(categories('Your router blocks port 5060 by default. To open it, go to Settings > Firewall and allow VoIP.')).not.toContain('customer-blame');
  });

  test('an apology followed by help told as information (a fix in place, work under way, a workaround) is help', () => {
    for (const text of [
      'Sorry about the outage this morning! Everything is back up now.',
      'Sorry about the crashes. Our developers are working on a fix.',
      'Sorry about the disconnects. Switching off battery saver in the app stops them.',
    ])
      expect(categories(text), text).not.toContain('apology-without-help');
    for (const text of ['Sorry for the wait. We\'re experiencing high demand.', "Sorry about the disconnects. It's a known issue."])
      expect(categories(text), text).toContain('apology-without-help');
  });

  test('an apology followed by closing the ticket is an apology without help', () => {
    expect(categories('We apologise for the trouble with your recent order. I have closed your ticket as the issue is outside our control.')).toContain('apology-without-help');
  });

  test('the customer named by role as the one who failed is blame', () => {
    expect(categories('The account holder failed to update the payment card before the renewal date, so the subscription lapsed.')).toContain('customer-blame');
  });

  test('an apology followed by advice or an escalation is help', () => {
    for (const text of [
      'Sorry for the delay! Our team would like to escalate this for you, send us your order number here.',
      "We're sorry. I recommend that you reset the router by holding the button for 10 seconds.",
    ])
      expect(categories(text), text).not.toContain('apology-without-help');
  });
});
