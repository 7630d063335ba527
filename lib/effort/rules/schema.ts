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
  examples: z.strictObject({
    /** Customer messages that must show this signal. */
    match: z.array(nonEmpty()),
    /** Customer messages that must not. */
    noMatch: z.array(nonEmpty()),
  }),
});

export type PatternSpec = z.infer<typeof patternSchema>;
export type SignalRule = z.infer<typeof signalRuleSchema>;
