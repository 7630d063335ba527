/**
 * The word families blame rules are built from, as phrase Sets (see phrase-list.ts): a rule's regex finds the
 * frame ("you", "we did", "the … you signed") and names the list that must follow it.
 */
import { PhraseList } from '../phrase-list';
import { LECTURE_VERB } from './fragments';

/**
 * What a customer did wrong or left undone, as the grammar after "you" has it. Only verbs that are a fault
 * whatever follows: "you exceeded your allowance" or "you missed the delivery" can be a neutral diagnosis.
 */
const FAULT = new PhraseList(
  [
    'failed to|neglected to|forgot to|omitted to|refused to|chose not to|decided not to|opted not to|elected not to',
    "didn't bother|did not bother|never bothered|couldn't be bothered|could not be bothered",
    'ignored|disregarded|overlooked|skipped (?:the|our|my|a|an|step|steps|this|that|it|reading)|misread|misunderstood (?:the|our|my|this|that|what)|misused|mishandled',
    'waited too long|left it too late|left it until',
  ],
  ['ignored by'],
);

/** Choices and consents a reply can hold against the customer ("you authorised this", "you accepted the quote"). */
const CHOICE = new PhraseList([
  'authori[sz]ed|approved|agreed to|consented to|accepted|signed|signed up for|signed up to|initialled|ticked|clicked|tapped|confirmed|chose|selected|picked|opted for|opted out of|opted into|requested',
  'ordered|booked|bought|purchased|paid for|paid|entered|typed|gave us|provided|submitted|returned|sent us|used|installed|enabled|disabled|changed|set|left|skipped|declined|waived|exceeded|missed|ignored|deleted|cancell?ed|renewed|upgraded|downgraded',
]);

/** Verbs of telling the customer, in the form an emphatic "did" takes ("we did send", "I did tell"). */
const INFORM_BASE = new PhraseList([
  'send|email|e-mail|text|write to|call|ring|remind|warn|tell|inform|notify|advise|alert|message|contact|mention|explain|point out|let you know|flag',
]);

/** The same verbs, past ("we reminded you twice"). */
const INFORM_PAST = new PhraseList([
  'sent|emailed|e-mailed|texted|wrote to|called|rang|reminded|warned|told|informed|notified|advised|alerted|messaged|contacted|explained (?:this|it|that) to|mentioned (?:this|it|that) to|flagged (?:this|it|that) to|made (?:this|it|that) clear to|pointed (?:this|it|that) out to',
]);

/** Things a customer is pointed to for having not read them. */
const DOCS = new PhraseList([
  'faq|faqs|manual|user manual|tutorial|guide|user guide|setup guide|size guide|quick-start guide|docs|documentation|instructions|help centre|help center|help page|help article|article|description|product description|item description|listing|terms|terms and conditions|t&cs|policy|welcome email|welcome pack|readme|release notes|our replies|my replies|my previous reply|my last reply|the email|our email|my email',
]);

/** Documents whose clauses get quoted at a customer. */
const CONTRACT = new PhraseList([
  'agreement|rental agreement|service agreement|contract|lease|tenancy agreement|terms|terms and conditions|terms of service|terms of use|t&cs|policy|policy schedule|policy wording|booking conditions|conditions of carriage|conditions of sale|conditions|proposal form|order form|quote|quotation|mandate',
]);

/** What a customer "should have" done (fragments.ts has the why of the list). */
const LECTURE = new PhraseList([LECTURE_VERB]);

export const WORD_LISTS: Readonly<Record<string, PhraseList>> = {
  'lecture-verb': LECTURE,
  fault: FAULT,
  choice: CHOICE,
  'inform-base': INFORM_BASE,
  'inform-past': INFORM_PAST,
  docs: DOCS,
  contract: CONTRACT,
};
