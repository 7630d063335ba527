import { channelSwitch } from './channel-switch';
import { escalationDemand } from './escalation-demand';
import { frustration } from './frustration';
import { longWait } from './long-wait';
import { repeatContact } from './repeat-contact';
import { repeatedInformation } from './repeated-information';
import type { SignalRule } from './schema';
import { transfer } from './transfer';
import { unresolved } from './unresolved';

/**
 * One rule per effort signal of the taxonomy, in the taxonomy's order.
 * Import the rules only, never a file's `examples` (test data, see rules/examples.ts): this module is the detector's
 * import path, and the bundler drops the tables only while nothing here names them.
 */
export const SIGNAL_RULES: readonly SignalRule[] = [
  repeatContact,
  repeatedInformation,
  transfer,
  channelSwitch,
  longWait,
  escalationDemand,
  unresolved,
  frustration,
];
