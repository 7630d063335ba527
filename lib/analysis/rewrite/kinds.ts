/**
 * Which rewrite reshapes each built-in rule's sentence. Every rule has one (a meta-test checks it); playbook
 * rules have none: their rewrite is the team's own alternative.
 */
export type RewriteKind = 'refusal' | 'limitation' | 'redirect' | 'apology' | 'repetition' | 'blame';

export const REWRITE_KINDS: Record<string, RewriteKind> = {
  'apology-empty': 'apology',
  'apology-non-apology': 'apology',
  'apology-refusal': 'refusal',
  'apology-policy': 'refusal',
  'apology-limitation': 'limitation',
  'apology-redirect': 'redirect',
  'blame-repetition': 'repetition',
  'blame-customer-fault': 'blame',
  'blame-obligation': 'blame',
  'blame-condescension': 'blame',
  'blame-isolating': 'blame',
  'blame-accusation': 'blame',
  'blame-user-error': 'blame',
  'blame-deflection': 'blame',
  'blame-was-informed': 'blame',
  'blame-was-shown': 'blame',
  'blame-should-have': 'blame',
  'blame-next-time': 'blame',
  'blame-negligence': 'blame',
  'blame-clearly-stated': 'blame',
  'blame-terms-agreed': 'blame',
};
