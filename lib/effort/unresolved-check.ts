/**
 * A check on the unresolved rules' matches (issue 12's eleventh pass, precision on helpdesk mail): "nothing changed"
 * said of the customer's own side, to show a change is the company's, is no fix that failed. Dropped: "Nothing
 * changed on our side. Is there an incident?", "Nothing has changed — same car, same address, no claims" (kept:
 * "They said it would be fixed. Nothing has changed.", "Nothing changed after the update"). (h52) A question whether the
 * agent is still there: "are you still there" (kept: "the error is still there").
 */
import { afterMarkBefore } from './match-span';
import { isThirdPartyAct } from './third-party-act';

const NOTHING_CHANGED = /^nothing(?: has|'s| had)? changed$/;
const OWN_SIDE = /^\s*(?:on|at|from|with) (?:my|our) (?:side|end|part|account|details|setup|set-up|usage)\b|^\s*[-—–,:;]+\s*(?:same|i|we|my|our)\b/;

/** Whether an unresolved rule's match between `start` and `end` of `lower` stays (see above). */
export function isUnresolved(lower: string, start: number, end: number): boolean {
  const match = lower.slice(start, end);
  // (h52) a question whether the agent is still there, not a problem that stays: "are you still there", "is anyone
  // still there?" (kept: "the error is still there")
  if (/^still there\b/.test(match) && /\b(?:are|r) (?:you|u)\s+$|\b(?:is|are) (?:anyone|anybody|someone|somebody|the (?:same )?(?:agent|person|rep))\s+$/.test(lower.slice(afterMarkBefore(lower, start - 1, '.!?\n', 40), start))) return false;
  // (h73) whose act: a third party's own contact, as it reports it ("my employer says they emailed it back on the 2nd"),
  // or a contact that never reached anyone ("his countersignatory could not be contacted") is no fix of ours that failed
  if (/^(?:called|phoned|rang|e-?mailed|contacted|messaged|sent)\b/.test(match)) {
    if (isThirdPartyAct(lower, start)) return false;
    if (/\b(?:not|never|n't) (?:be|been|being) $/.test(lower.slice(Math.max(0, start - 20), start))) return false;
  }
  // (h80) a step of the fault itself, not a report that changed nothing: "it keeps asking me to register the device and
  // then nothing happens", "when I click Save nothing happens" (kept: "Reported a harassing user 6 times. Nothing
  // happens.", "when I report it nothing changes")
  if (/^nothing happens$/.test(match) && /\b(?:(?:and )?then|when (?:i|we|you) (?:click|press|tap|hit|select|open|enter|type|submit|try to \w+)(?: [\w'"]+){0,3}|after (?:i |we )?(?:click|press|tap)\w*(?: [\w'"]+){0,3})\s+$/.test(lower.slice(Math.max(0, start - 50), start))) return false;
  if (NOTHING_CHANGED.test(match)) return !OWN_SIDE.test(lower.slice(end, end + 30));
  return true;
}
