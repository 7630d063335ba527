/**
 * A rule file (rules/*.ts) holds two exports: the rule spec (signalRuleSchema, validated when the detector compiles
 * its rules) and `examples`, a table keyed by signal id of customer messages that must show the signal (`match`)
 * and must not (`allow`). The examples are test data: their schema lives in ../rule-examples.ts, and only the
 * tests import the tables (through rules/examples.ts), so the bundler drops them from the content script.
 */
import * as z from 'zod/mini';
import '../../zod-locale';
import { EFFORT_SIGNALS } from '../../taxonomy';

/**
 * A pattern is a regular-expression source matched case-insensitively on word edges. `{{NAME}}` inserts a
 * shared fragment from fragments.ts. The object form is for patterns that need something else: no word edges
 * (punctuation, emoji, hashtags), case-sensitive matching (all-caps shouting), or their own `unless`.
 */
const nonEmpty = () => z.string().check(z.minLength(1));

export const patternSchema = z.union([
  nonEmpty(),
  z.strictObject({
    re: nonEmpty(),
    caseSensitive: z.optional(z.boolean()),
    wordEdges: z.optional(z.boolean()),
    /** The match is dropped when the sentence around it matches one of these (case-insensitive). */
    unless: z.optional(z.array(nonEmpty())),
    /**
     * For a pattern whose first words cannot be read from its source (it starts with `[A-Z]`, `\w`…): words
     * or symbols, one of which every match contains. Only the text around them is searched.
     */
    triggers: z.optional(z.array(nonEmpty())),
  }),
]);

export const signalRuleSchema = z.strictObject({
  id: z.enum(EFFORT_SIGNALS),
  /** What the customer does, in the taxonomy's words. */
  summary: nonEmpty(),
  patterns: z.array(patternSchema).check(z.minLength(1)),
  /** Sentence-level exceptions for every plain pattern of the rule. */
  unless: z.optional(z.array(nonEmpty())),
  // No examples here (strict: a spec carrying them is refused): they sit beside the rule in the same file, in a
  // separate `examples` table keyed by signal id (schema: ../rule-examples.ts, checked by the tests), which the
  // detector never imports, so they don't ship.
});

export type PatternSpec = z.infer<typeof patternSchema>;
export type SignalRule = z.infer<typeof signalRuleSchema>;
