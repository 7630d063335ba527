/**
 * The shape of a wording rule, checked with zod when the rules load.
 *
 * zod/v3 rather than zod or zod/mini: in node both v4 entry points eagerly load ~60 locale modules (~55 ms cold
 * on the 2-core box), which alone would blow the engine's 20 ms import budget; the v3 entry loads in ~11 ms.
 */
import { z } from 'zod/v3';
import { REPLY_CATEGORIES } from '../taxonomy';

/**
 * A regex source. Its syntax is checked when compile.ts builds the rule's regex (building it twice would double
 * the load time); tests/unit/analysis/rules.test.ts checks that no pattern can match the empty string.
 */
const regexSource = z.string().min(1);

export const suggestionTemplateSchema = z.object({
  label: z.string().min(1),
  /** 'span' replaces the flagged words, 'sentence' the sentence around them. `{canDo}` expands once per playbook option. */
  scope: z.enum(['span', 'sentence']),
  text: z.string().min(1),
});

export const ruleSpecSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'rule ids are kebab-case'),
  category: z.enum(REPLY_CATEGORIES),
  /**
   * When a match becomes a flag:
   * - 'always': whatever else the reply says;
   * - 'no-help': only when the reply as a whole offers no concrete help (see context.ts);
   * - 'apology-no-help': the same, and only when the reply also apologises somewhere;
   * - 'welded': only when an apology sits in the same or a neighbouring sentence and the reply offers no
   *   alternative, action, commitment or request that moves things forward.
   */
  when: z.enum(['always', 'no-help', 'apology-no-help', 'welded']),
  /** For 'welded' rules: what redeems the reply — only an alternative/action/commitment/request ('strong'), or any help ('any'). */
  redeemedBy: z.enum(['strong', 'any']).default('strong'),
  /** Words (lower case; `word*` = any word starting so) one of which every match contains: the pre-filter runs a rule only on sentences holding one. */
  triggers: z.array(z.string().regex(/^[a-z][a-z'&-]*(?: [a-z'&-]+)*\*?$/, 'a lower-case word or phrase, * for a word start')).min(1),
  /** Regex sources, matched case-insensitively against one sentence of typography-folded text (`^` = sentence start). */
  patterns: z.array(regexSource).min(1),
  /** Regex sources: a match in a sentence that also matches one of these is not flagged (exonerations, idioms). */
  unless: z.array(regexSource).default([]),
  /** Higher wins when two flags of one category overlap. */
  priority: z.number().int().min(0).max(100),
  message: z.string().min(1).refine((s) => !s.includes('\n'), 'message is one line'),
  why: z.string().min(1),
  suggestions: z.array(suggestionTemplateSchema).min(1).max(3),
  /** Whole replies: each `match` must get a flag from this rule, each `allow` must not. */
  examples: z.object({
    match: z.array(z.string().min(1)).min(2),
    allow: z.array(z.string().min(1)).min(2),
  }),
});

export type RuleSpec = z.input<typeof ruleSpecSchema>;
export type Rule = z.output<typeof ruleSpecSchema>;
export type SuggestionTemplate = z.output<typeof suggestionTemplateSchema>;

export const playbookSchema = z.object({
  phrases: z.array(
    z.object({
      phrase: z.string().trim().min(1).max(200),
      category: z.enum(REPLY_CATEGORIES),
      alternative: z.string().min(1),
      why: z.string().optional(),
    }),
  ),
  canDo: z.array(z.string().trim().min(1)),
});

/** Validates rule data; throws one error listing every problem, with the rule id. */
export function parseRules(specs: readonly RuleSpec[]): Rule[] {
  const out: Rule[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const spec of specs) {
    const parsed = ruleSpecSchema.safeParse(spec);
    const id = (spec as { id?: string }).id ?? '(no id)';
    if (!parsed.success) {
      problems.push(`${id}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
      continue;
    }
    if (seen.has(id)) problems.push(`${id}: duplicate rule id`);
    seen.add(id);
    out.push(parsed.data);
  }
  if (problems.length) throw new Error(`Invalid wording rules:\n${problems.join('\n')}`);
  return out;
}
