/**
 * The reader passes whose finds the detector takes as they are, in the order it runs them (detect.ts), each with the
 * name the reports give its finds (train/rule-sources.ts): structure read in code rather than by a rule expression.
 * The readers whose finds go through a check first (escalation, referral, wait, frustration, sarcasm) are called by
 * detect.ts itself.
 */
import { foldTypography } from '../text/normalize';
import { readAssurances } from './assurance-reader';
import { readFixCounts } from './fix-count-reader';
import { readHandedOver } from './handed-over-reader';
import { readPromises } from './promise-reader';
import { readQuoteEcho } from './quote-echo-reader';
import { readSameFault } from './same-fault-reader';
import { readSelfHelp } from './self-help-reader';
import type { EffortSignal } from './types';

export type Reader = (text: string, prepared: string) => EffortSignal[];

export const PLAIN_READERS: readonly (readonly [name: string, read: Reader])[] = [
  // A promise that named a time, then a later now (quoted history folded when the message quotes).
  ['promise', (text, prepared) => readPromises(text, prepared, text.includes('>') ? foldTypography(text) : prepared)],
  // The customer's own try at a fix, then a state that says it did not work.
  ['self-help', readSelfHelp],
  // What the company handed over in the conversation (a link, a code, a credit) tried and failed (h66).
  ['handed-over', readHandedOver],
  // The company's fixes named as things, counted or dating the fault, with the fault still there.
  ['fix-count', readFixCounts],
  // The company's words quoted, then thrown back as a short question ('"issue resolved". resolved??').
  ['quote-echo', readQuoteEcho],
  // The company's assurance told as past, then what happened instead ("said it was approved. … never applied").
  ['assurance', readAssurances],
  // A fault named as the same one as before ("same bill error as last month"): what was done did not hold (h78).
  ['same-fault', readSameFault],
];
