/**
 * Nouns that name the customer by their role: "the account holder failed to…", "passengers are required to…". One
 * list for the judge's grammar signals and the rules' patterns (`CUSTOMER_ROLE_PATTERN`). Its own module with no
 * other imports, so the rules (in the content script) take these words and not the reader's lexicon.
 */
export const CUSTOMER_ROLES: readonly string[] = [
  'customer', 'user', 'buyer', 'purchaser', 'passenger', 'traveller', 'traveler', 'guest', 'tenant', 'cardholder', 'member',
  'subscriber', 'client', 'policyholder', 'owner', 'player', 'student', 'sender', 'recipient',
];
/** Roles written as two words, "<thing> holder": "account holder", "card holder", "policy holder". */
export const CUSTOMER_ROLE_HOLDERS: readonly string[] = ['account', 'card', 'policy'];
/** The roles as a regular-expression group, singular: "(?:customer|user|…|account holder|…)". */
export const CUSTOMER_ROLE_PATTERN = String.raw`(?:${[...CUSTOMER_ROLES, ...CUSTOMER_ROLE_HOLDERS.map((w) => String.raw`${w}\s+holder`)].join('|')})`;
