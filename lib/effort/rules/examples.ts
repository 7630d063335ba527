/**
 * Every signal rule file, whole: its rule and its `examples` table. For the tests only — the detector loads
 * rules/index.ts, which imports the rules and never the tables, so the examples stay out of the content script.
 * Keep this file out of the detector's import path.
 */
import type { RuleExamples } from '../rule-examples';
import * as channelSwitch from './channel-switch';
import * as escalationDemand from './escalation-demand';
import * as frustration from './frustration';
import * as longWait from './long-wait';
import * as repeatContact from './repeat-contact';
import * as repeatedInformation from './repeated-information';
import type { SignalRule } from './schema';
import * as transfer from './transfer';
import * as unresolved from './unresolved';

/** A rule file: its rule specs (every export but `examples`) and its examples table. */
export interface RuleFile {
  file: string;
  rules: SignalRule[];
  examples: RuleExamples;
}

const file = (name: string, { examples, ...rules }: { examples: RuleExamples } & Record<string, unknown>): RuleFile => ({
  file: name,
  rules: Object.values(rules) as SignalRule[],
  examples,
});

export const RULE_FILES: readonly RuleFile[] = [
  file('channel-switch.ts', channelSwitch),
  file('escalation-demand.ts', escalationDemand),
  file('frustration.ts', frustration),
  file('long-wait.ts', longWait),
  file('repeat-contact.ts', repeatContact),
  file('repeated-information.ts', repeatedInformation),
  file('transfer.ts', transfer),
  file('unresolved.ts', unresolved),
];
