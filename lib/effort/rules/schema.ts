import { z } from 'zod';
import { EFFORT_SIGNALS } from '../../taxonomy';

/**
 * A pattern is a regular-expression source matched case-insensitively on word edges. `{{NAME}}` inserts a
 * shared fragment from fragments.ts. The object form is for patterns that need something else: no word edges
 * (punctuation, emoji, hashtags), case-sensitive matching (all-caps shouting), or their own `unless`.
 */
export const patternSchema = z.union([
  z.string().min(1),
  z
    .object({
      re: z.string().min(1),
      caseSensitive: z.boolean().optional(),
      wordEdges: z.boolean().optional(),
      /** The match is dropped when the sentence around it matches one of these (case-insensitive). */
      unless: z.array(z.string().min(1)).optional(),
      /**
       * For a pattern whose first words cannot be read from its source (it starts with `[A-Z]`, `\w`…): words
       * or symbols, one of which every match contains. Only the text around them is searched.
       */
      triggers: z.array(z.string().min(1)).optional(),
    })
    .strict(),
]);

export const signalRuleSchema = z
  .object({
    id: z.enum(EFFORT_SIGNALS),
    /** What the customer does, in the taxonomy's words. */
    summary: z.string().min(1),
    patterns: z.array(patternSchema).min(1),
    /** Sentence-level exceptions for every plain pattern of the rule. */
    unless: z.array(z.string().min(1)).optional(),
    examples: z
      .object({
        /** Customer messages that must show this signal. */
        match: z.array(z.string().min(1)),
        /** Customer messages that must not. */
        noMatch: z.array(z.string().min(1)),
      })
      .strict(),
  })
  .strict();

export type PatternSpec = z.infer<typeof patternSchema>;
export type SignalRule = z.infer<typeof signalRuleSchema>;
