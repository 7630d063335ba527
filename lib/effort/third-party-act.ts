/**
 * (h73) A third party of the customer's reporting its own act, right before it: "my employer says they emailed it
 * back", "the surgery confirms they posted it", "our GP said he rang" — their contact or channel, not the customer's.
 * Read on the text before a rule's match (ASCII lower-cased).
 */
const THIRD_PARTY_SAYS = /\b(?:my|our|the|his|her) (?:[a-z-]+ ){0,2}?(?:says?|said|confirms?|confirmed|claims?|claimed|insists?|insisted) (?:that )?(?:they|he|she)(?: have| has| had|'ve|'d)?\s+$/;

/** Whether the act at `start` is told by a third party as its own ("my employer says they …"). */
export function isThirdPartyAct(lower: string, start: number): boolean {
  return THIRD_PARTY_SAYS.test(lower.slice(Math.max(0, start - 60), start));
}
