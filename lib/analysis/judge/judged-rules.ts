/**
 * The flags the learned judge raises itself, when it finds a reply-level problem no rule's words caught: they point
 * at the sentence that carries it (the apology words in it, or the blaming clause), with a message, a why and
 * suggestions like every rule. Their `patterns` only document what the span is; the judge places it (apply.ts).
 */
import type { RuleSpec } from '../rule-schema';
import { apologyEmpty } from '../rules/apology-empty';
import { APOLOGY_HEAD, APOLOGY_TRIGGERS } from '../rules/fragments';

export const judgedApology: RuleSpec = {
  id: 'judged-apology',
  category: 'apology-without-help',
  when: 'always',
  triggers: APOLOGY_TRIGGERS,
  patterns: [APOLOGY_HEAD],
  priority: 5,
  message: 'Apology with no help: say what you did or will do about it.',
  why:
    'Read as a whole, this reply regrets the problem but gives the customer nothing to act on: no fix, no step, no ' +
    'commitment, no question that moves things forward. Ownership plus an action (and a time) is what reassures.',
  // The same rewrites as an empty apology found by the rules.
  suggestions: apologyEmpty.suggestions,
};

export const judgedBlame: RuleSpec = {
  id: 'judged-blame',
  category: 'customer-blame',
  when: 'always',
  triggers: ['you'],
  patterns: [String.raw`\byou\b`],
  priority: 5,
  message: 'This puts the fault on the customer: describe the problem, not their mistake.',
  why:
    'Read as a whole, this sentence makes the customer the one who failed, was told, or should have known. Even when ' +
    "it's true, it makes them defensive and doesn't fix anything; say what happened and what happens next.",
  suggestions: [
    { label: 'Describe the situation, then the fix', scope: 'sentence', text: "Here's what happened: [what happened]. To sort it, [next step]." },
    { label: 'Make it about next time, kindly', scope: 'sentence', text: 'Easy to miss — [the setting or step] is the one that matters here, and I can [help with it] now.' },
  ],
};

export const JUDGED_RULE_SPECS: readonly RuleSpec[] = [judgedApology, judgedBlame];
