import type { RuleExamples } from '../rule-examples';
import type { RuleSpec } from '../rule-schema';

/**
 * An apology welded to a product limitation ("unfortunately that isn't supported", "no plans to add it"). Unlike a
 * refusal, a limitation is redeemed by any real help — a workaround the customer can follow is exactly that.
 */
export const apologyLimitation: RuleSpec = {
  id: 'apology-limitation',
  category: 'apology-without-help',
  when: 'welded',
  redeemedBy: 'any',
  triggers: ['way', 'possible', 'supported', 'option', 'compatible', 'plans', 'works', 'how it is', 'support'],
  patterns: [
    String.raw`\bthere(?:'s|\s+is|\s+was)\s+no\s+(?:easy\s+|other\s+|simple\s+)?way\s+(?:to|for\s+(?:me|us)\s+to)\b`,
    String.raw`\b(?:isn't|is not|aren't|are not|wasn't|was not|not)\s+(?:currently\s+|yet\s+|really\s+)?(?:possible|supported|an option|compatible)\b`,
    String.raw`\b(?:there\s+are|we\s+have)?\s*no\s+(?:current\s+|immediate\s+)?plans\s+to\b`,
    String.raw`\bthat's\s+(?:just\s+)?(?:how|the way)\s+it\s+(?:is|works)\b`,
    String.raw`\b(?:does\s+not|doesn't|do\s+not|don't)\s+(?:currently\s+|yet\s+)?support\b`,
  ],
  priority: 65,
  message: "Apology for a limitation with nothing else: add the workaround or the closest thing you can offer.",
  why:
    'A customer told "unfortunately that isn\'t supported" is left with a dead end. Even when the product can\'t do it, ' +
    'a workaround, an alternative or an honest next step (a feature request you file for them) keeps them moving.',
  suggestions: [
    { label: 'Give the workaround', scope: 'sentence', text: "That isn't supported yet, but here's a workaround: [steps]." },
    { label: 'Offer what you can do', scope: 'sentence', text: "That isn't possible right now — here's what I can do instead: {canDo}." },
    {
      label: 'File it for them',
      scope: 'sentence',
      text: "That isn't supported yet; I've logged it as a feature request (ref [number]) and I'll let you know when it changes.",
    },
  ],
};

/**
 * Whole replies: each `match` must get a flag from the rule, each `allow` must not (tests/unit/analysis/rules.test.ts).
 * Test data only: rules/index.ts imports the rules above, never this table, so it stays out of the content script.
 */
export const examples: RuleExamples = {
  'apology-limitation': {
    match: [
      'Unfortunately, exporting to PDF is not possible at the moment.',
      "Sorry, there are no plans to add a desktop version.",
      "We apologise, but the app doesn't support Apple Watch.",
      "I'm afraid that's just how it works.",
    ],
    allow: [
      "Unfortunately PDF export isn't supported yet — as a workaround, use Print and choose 'Save as PDF'.",
      "Sorry, 4K isn't supported on that model. Go to Settings > Video and pick 1080p and it will play smoothly.",
      'It is not possible to lose data this way: every change is saved.',
      'Good news: that is now supported in version 3.',
    ],
  },
};
