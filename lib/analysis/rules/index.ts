/**
 * Every built-in wording rule, in one list. Validated (zod) and compiled once, when lib/analysis loads.
 * Import the rules only, never a file's `examples` (test data, see rules/examples.ts): this module is the engine's
 * import path, and the bundler drops the tables only while nothing here names them.
 */
import type { RuleSpec } from '../rule-schema';
import { apologyEmpty } from './apology-empty';
import { apologyLimitation } from './apology-limitation';
import { apologyNonApology } from './apology-non-apology';
import { apologyPolicy } from './apology-policy';
import { apologyRedirect } from './apology-redirect';
import { apologyRefusal } from './apology-refusal';
import { blameCustomerFault, blameObligation } from './blame-agency';
import { blameAccusation, blameCondescension, blameIsolating } from './blame-condescension';
import { blameDeflection, blameUserError } from './blame-fault';
import { blameNextTime, blameShouldHave } from './blame-lecture';
import { blameWasInformed } from './blame-informed';
import { blameWasShown } from './blame-shown';
import { blameNegligence } from './blame-negligence';
import { blameRepetition } from './blame-repetition';
import { blameClearlyStated, blameTermsAgreed } from './blame-stated';

export const RULE_SPECS: readonly RuleSpec[] = [
  apologyEmpty,
  apologyNonApology,
  apologyRefusal,
  apologyLimitation,
  apologyPolicy,
  apologyRedirect,
  blameShouldHave,
  blameNextTime,
  blameNegligence,
  blameUserError,
  blameDeflection,
  blameRepetition,
  blameClearlyStated,
  blameTermsAgreed,
  blameCondescension,
  blameIsolating,
  blameAccusation,
  blameCustomerFault,
  blameObligation,
  blameWasInformed,
  blameWasShown,
];
