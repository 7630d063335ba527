/**
 * What a ticket is about, as data: each topic's cue words (regex sources over lower-cased, typography-folded
 * text) with a weight. A cue in the subject counts double. The examples below are tests, never imported by the
 * classifier, so they stay out of the content script.
 */
export const TOPICS = ['refund', 'delivery', 'billing', 'account-access', 'bug', 'cancellation'] as const;
export type Topic = (typeof TOPICS)[number];

export interface TopicSpec {
  id: Topic;
  /** [regex source, weight]: a strong cue (the topic's own word) weighs 3, a hint 1. */
  cues: readonly (readonly [string, number])[];
}

export const TOPIC_SPECS: readonly TopicSpec[] = [
  {
    id: 'refund',
    cues: [
      [String.raw`\brefund(?:s|ed|ing)?\b`, 3],
      [String.raw`\bmoney back\b|\breimburs\w*`, 3],
      [String.raw`\b(?:my|our|the) money\b`, 2],
      [String.raw`\b(?:return(?:ed|ing|s)?|send (?:it|them) back)\b`, 1],
      [String.raw`\bcredit(?:ed)? (?:back|to my)\b|\bchargeback\b`, 2],
    ],
  },
  {
    id: 'delivery',
    cues: [
      [String.raw`\b(?:deliver(?:y|ed|ies)?|shipping|shipment|shipped|dispatch(?:ed)?|parcel|package|courier|tracking)\b`, 3],
      [String.raw`\b(?:arriv(?:e|ed|al)|in transit|carrier|post office|order(?:ed)? (?:hasn't|has not|never|still)|where is my order)\b`, 2],
      [String.raw`\b(?:delay(?:ed)?|late|lost|missing)\b`, 1],
    ],
  },
  {
    id: 'billing',
    cues: [
      [String.raw`\b(?:charge[ds]?|charging|billed|billing|invoice[ds]?|overcharged|double charged|payment(?:s)?|subscription fee|late fee)\b`, 3],
      [String.raw`\b(?:card|bank statement|price|pricing|fee|plan|receipt|vat|tax)\b`, 1],
    ],
  },
  {
    id: 'account-access',
    cues: [
      [String.raw`\b(?:log ?in|login|log-in|sign ?in|locked out|password|2fa|two-factor|verification code|account (?:is )?(?:locked|suspended|disabled|hacked))\b`, 3],
      [String.raw`\b(?:can't|cannot|unable to) (?:access|get into|log|sign)\b|\breset (?:my|the) password\b|\busername\b`, 2],
      [String.raw`\baccount\b`, 1],
    ],
  },
  {
    id: 'bug',
    cues: [
      [String.raw`\b(?:bug|crash(?:es|ed|ing)?|error(?: message)?|glitch|broken|not working|doesn't work|does not work|stopped working|won't (?:load|open|sync))\b`, 3],
      [String.raw`\b(?:app|update|sync(?:ing)?|notifications?|freez(?:e|es|ing)|frozen|blank screen|issue)\b`, 1],
    ],
  },
  {
    id: 'cancellation',
    cues: [
      [String.raw`\b(?:cancel(?:l?ed|l?ing|lation)?|unsubscribe|terminate (?:my|the)|close my account|end my subscription)\b`, 3],
      [String.raw`\b(?:auto-?renew(?:al|ed)?|renewal|stop (?:the|my) (?:plan|subscription))\b`, 2],
    ],
  },
];
