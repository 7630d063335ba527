/** Display names for the taxonomy's ids and the log's event kinds, shared by the dashboard, settings and macro audit. */
import type { EventRow } from '@/lib/db/logged-event';
import type { FlagState } from '@/lib/messages/log-events';
import { ADAPTERS } from '../../lib/sites/registry';
import type { EffortSignalId, ReplyCategory } from '@/lib/taxonomy';
import { t, type MessageKey } from '../../lib/i18n';

const CATEGORY: Record<ReplyCategory, MessageKey> = {
  'apology-without-help': 'categoryApologyWithoutHelp',
  'customer-blame': 'categoryCustomerBlame',
};
export const categoryLabel = (c: ReplyCategory) => t(CATEGORY[c]);

const TYPE: Record<EventRow['type'], MessageKey> = {
  flag: 'eventTypeFlag',
  'reply-sent': 'eventTypeReplySent',
  effort: 'eventTypeEffort',
  'adapter-health': 'eventTypeAdapterHealth',
};
export const eventTypeLabel = (type: EventRow['type']) => t(TYPE[type]);

const STATE: Record<FlagState, MessageKey> = {
  shown: 'flagStateShown',
  fixed: 'flagStateFixed',
  applied: 'flagStateApplied',
  dismissed: 'flagStateDismissed',
  sent: 'flagStateSent',
};
export const flagStateLabel = (s: FlagState) => t(STATE[s]);

const SIGNAL: Record<EffortSignalId, MessageKey> = {
  'repeat-contact': 'signalRepeatContact',
  'repeated-information': 'signalRepeatedInformation',
  transfer: 'signalTransfer',
  'channel-switch': 'signalChannelSwitch',
  'long-wait': 'signalLongWait',
  'escalation-demand': 'signalEscalationDemand',
  unresolved: 'signalUnresolved',
  frustration: 'signalFrustration',
};
/** Thread-structure signals (hand-offs, reopened…) are not taxonomy ids: they show as they are logged. */
export const signalLabel = (s: string) => (s in SIGNAL ? t(SIGNAL[s as EffortSignalId]) : s);

const HELPDESK_NAMES = new Map(ADAPTERS.map((a) => [a.id, a.name]));
/** Every helpdesk an event can name: the filter offers them all (the log keeps no per-helpdesk tally). */
export const HELPDESK_IDS = [...HELPDESK_NAMES.keys(), 'generic'];
export const helpdeskLabel = (id: string) => (id === 'generic' ? t('helpdeskGeneric') : (HELPDESK_NAMES.get(id) ?? id));

/** The built-in rules by the names a lead reads (the ids stay in exports and the CLI). */
const RULE: Record<string, MessageKey> = {
  'apology-empty': 'ruleApologyEmpty',
  'apology-non-apology': 'ruleApologyNonApology',
  'apology-refusal': 'ruleApologyRefusal',
  'apology-limitation': 'ruleApologyLimitation',
  'apology-policy': 'ruleApologyPolicy',
  'apology-redirect': 'ruleApologyRedirect',
  'blame-should-have': 'ruleBlameShouldHave',
  'blame-next-time': 'ruleBlameNextTime',
  'blame-negligence': 'ruleBlameNegligence',
  'blame-user-error': 'ruleBlameUserError',
  'blame-deflection': 'ruleBlameDeflection',
  'blame-repetition': 'ruleBlameRepetition',
  'blame-clearly-stated': 'ruleBlameClearlyStated',
  'blame-terms-agreed': 'ruleBlameTermsAgreed',
  'blame-condescension': 'ruleBlameCondescension',
  'blame-isolating': 'ruleBlameIsolating',
  'blame-accusation': 'ruleBlameAccusation',
  'blame-customer-fault': 'ruleBlameCustomerFault',
  'blame-obligation': 'ruleBlameObligation',
  'blame-was-informed': 'ruleBlameWasInformed',
  'blame-was-shown': 'ruleBlameWasShown',
  // Raised by the learned judge (lib/analysis/judge/judged-rules.ts) when no rule's words caught the problem.
  'judged-apology': 'ruleJudgedApology',
  'judged-blame': 'ruleJudgedBlame',
};
/** A rule's name: built-in rules by name, a playbook phrase's rule (`playbook:<phrase>`) by its phrase, else its id. */
export function ruleLabel(id: string): string {
  if (id in RULE) return t(RULE[id]!);
  if (id.startsWith('playbook:')) return t('rulePlaybook', { phrase: id.slice('playbook:'.length).replace(/-/g, ' ') });
  return id;
}
