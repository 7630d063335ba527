/**
 * Every rule file, whole: its rules and its `examples` table. For the tests only — the engine loads rules/index.ts,
 * which imports the rules and never the tables, so the examples stay out of the content script. Keep this file out
 * of the engine's import path.
 */
import type { RuleExamples } from '../rule-examples';
import type { RuleSpec } from '../rule-schema';
import * as apologyEmpty from './apology-empty';
import * as apologyLimitation from './apology-limitation';
import * as apologyNonApology from './apology-non-apology';
import * as apologyPolicy from './apology-policy';
import * as apologyRedirect from './apology-redirect';
import * as apologyRefusal from './apology-refusal';
import * as blameAgency from './blame-agency';
import * as blameCondescension from './blame-condescension';
import * as blameFault from './blame-fault';
import * as blameInformed from './blame-informed';
import * as blameLecture from './blame-lecture';
import * as blameNegligence from './blame-negligence';
import * as blameRepetition from './blame-repetition';
import * as blameShown from './blame-shown';
import * as blameStated from './blame-stated';

/** A rule file: its rule specs (every export but `examples`) and its examples table. */
export interface RuleFile {
  file: string;
  rules: RuleSpec[];
  examples: RuleExamples;
}

const file = (name: string, { examples, ...rules }: { examples: RuleExamples } & Record<string, unknown>): RuleFile => ({
  file: name,
  rules: Object.values(rules) as RuleSpec[],
  examples,
});

export const RULE_FILES: readonly RuleFile[] = [
  file('apology-empty.ts', apologyEmpty),
  file('apology-limitation.ts', apologyLimitation),
  file('apology-non-apology.ts', apologyNonApology),
  file('apology-policy.ts', apologyPolicy),
  file('apology-redirect.ts', apologyRedirect),
  file('apology-refusal.ts', apologyRefusal),
  file('blame-agency.ts', blameAgency),
  file('blame-condescension.ts', blameCondescension),
  file('blame-fault.ts', blameFault),
  file('blame-informed.ts', blameInformed),
  file('blame-lecture.ts', blameLecture),
  file('blame-negligence.ts', blameNegligence),
  file('blame-repetition.ts', blameRepetition),
  file('blame-shown.ts', blameShown),
  file('blame-stated.ts', blameStated),
];
