/**
 * Regex source fragments shared by several rule families and by the help judgment. Every quantifier here is
 * bounded or applies to a plain character class, so no combination can backtrack catastrophically.
 */
import { CUSTOMER_ROLE_PATTERN } from '../../language/roles';

const INTENSIFIER = String.raw`(?:so|very|really|truly|deeply|terribly|extremely|incredibly|awfully|sincerely|genuinely|super|most|immensely|profoundly)`;
const APOLOGY_ADJ = String.raw`(?:sincere|sincerest|deepest|heartfelt|humble|humblest|profound|profuse|unreserved)`;

/**
 * The apology words, one source for the rules' apology head (below) and the judge's apology signal
 * (judge/signals.ts): words of regret, which can take what is regretted as their complement ("sorry you…", "we
 * regret that…", "inconvenience regretted"), and sentence adverbs of regret, which frame a statement.
 */
export const REGRET_WORD = String.raw`(?:sorry|apolog(?:y|ies)|apologi[sz](?:e|ed|ing)|regret(?:s|ted)?)`;
export const REGRET_ADVERB = String.raw`(?:unfortunately|sadly|regrettably)`;

/** "I'm so sorry", "we do apologise", "please accept our apologies", "regrettably", "I'm afraid", "unfortunately". */
export const APOLOGY_HEAD = String.raw`\b(?:(?:(?:i|we)(?:'m|'re|\s+am|\s+are)\s+(?:${INTENSIFIER}\s+){0,2})?sorry\b|(?:(?:i|we)\s+(?:do\s+|${INTENSIFIER}\s+|would like to\s+|want to\s+|must\s+){0,2})?apologi[sz](?:e|ed|ing)\b|(?:(?:please\s+)?accept\s+)?(?:my|our)\s+(?:${APOLOGY_ADJ}\s+)?apolog(?:y|ies)\b|apologies\b|(?:(?:i|we)\s+(?:${INTENSIFIER}\s+)?)?regret(?:s|ted)?\b|(?:i'm|we're|i am|we are)\s+(?:${INTENSIFIER}\s+)?afraid\b(?!\s+of\b)|${REGRET_ADVERB}\b)`;

/** An apology used as an idiom, not as regret towards the customer. */
export const APOLOGY_IDIOM = String.raw`\b(?:won't|will not|never|not)\s+regret\b|\bno regrets\b|\bsorry to (?:bother|interrupt|trouble) you\b|\bbetter safe than sorry\b`;

export const APOLOGY_TRIGGERS = ['sorry', 'apolog*', 'regret*', 'afraid', 'unfortunately', 'sadly'];

/** Verbs of doing something the customer "should" have done: the lecture family. Never receive/get/see states. */
export const LECTURE_VERB = String.raw`(?:re-?read|read|checked|check|looked|look|followed|follow|contacted|contact|emailed|email|called|call|asked|ask|told|tell|let us know|backed up|back up|saved|save|updated|update|waited|wait|paid (?:more )?attention|pay (?:more )?attention|known|know|noticed|notice|reviewed|review|double-?checked|double-?check|used|done|tried|try|reached out|kept|made sure|make sure|cancell?ed|cancel|return|returned|submit|send|sent|register|inform|informed|pay|paid|book|booked|selected|select|entered|logged out|turned off|reported|provided|filled (?:in|out)|submitted|chosen|chose|opened|clicked|realized|realised|thought|bought|ordered|installed|come to us|gone|downloaded|registered|signed up|been more careful|been careful|written|mentioned|listened|researched|googled)`;

/** "Can't" in all its forms, for the refusal family. */
export const CANNOT = String.raw`(?:can't|cannot|can not|couldn't|could not|won't be able to|will not be able to|am not able to|are not able to|aren't able to)`;

/** Things customers are told to go and contact instead of being helped. */
export const ELSEWHERE = String.raw`(?:carrier|courier|bank|card issuer|issuer|provider|operator|manufacturer|retailer|reseller|seller|merchant|store|shop|airline|isp|network|department|dept|team|support|partner|vendor|developer|insurer|insurance company|landlord|post office|delivery company|shipping company|help ?(?:site|centre|center|desk|page|section)|customer (?:service|care|support)|local \w+|branch|authorities|police|apple|google|amazon|microsoft|app store|play store|hotline|call cent(?:er|re))`;

export const CAN_DO_PLACEHOLDER = '[what you can do: refund, replacement, workaround]';

/** Whom we address when we tell every customer what to do: "the form asks applicants to…", "we ask authors to…". */
export const ADDRESSEES = String.raw`(?:all\s+)?(?:${CUSTOMER_ROLE_PATTERN}s|applicants|authors|patients|everyone)`;
