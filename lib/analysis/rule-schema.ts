/**
 * The shape of a wording rule, checked with zod when the rules load.
 *
 * zod/mini, like the rest of the project: the functional API tree-shakes to a few KB. It carries no English
 * messages of its own, so every check whose message a rule author needs to read states it here; the others
 * report "Invalid input" with the path, which parseRules prints.
 *
 * A rule file (rules/*.ts) holds two exports: the rule specs (this schema, validated when the engine loads) and
 * `examples`, a table keyed by rule id of whole replies each rule must flag (`match`) and must not (`allow`).
 * The examples are test data: their schema (`ruleExamplesSchema`) lives in rule-examples.ts, and only the tests
 * import the tables (through rules/examples.ts), so the bundler drops them from the content script.
 */
import * as z from 'zod/mini';
import { REPLY_CATEGORIES } from '../taxonomy';

const text = () => z.string().check(z.minLength(1, 'must not be empty'));
const nonEmpty = (s: string) => s.length > 0;
const TRIGGER = /^[a-z][a-z'&-]*(?: [a-z'&-]+)*\*?$/;

/**
 * One check over a whole list of strings instead of one per item: a rule carries dozens of triggers and patterns,
 * and zod's per-item machinery is most of the engine's load time.
 */
const everyItem = (ok: (s: string) => boolean, message: string) => z.refine<string[]>((items) => items.every(ok), message);

/**
 * The schemas, built on first use: building them runs zod's constructors for every field, which cost the engine's
 * import a few milliseconds on every page although only parseRules (tests, the judge's rules) and a team playbook
 * ever read them.
 */
function buildSchemas() {
  /**
   * A regex source. Its syntax is checked when compile.ts builds the rule's regex (building it twice would double
   * the load time); tests/unit/analysis/rules.test.ts checks that no pattern can match the empty string.
   */
  const regexSource = text();

  const suggestionTemplateSchema = z.object({
    label: text(),
    /** 'span' replaces the flagged words, 'sentence' the sentence around them. `{canDo}` expands once per playbook option. */
    scope: z.enum(['span', 'sentence']),
    text: text(),
  });

  /**
   * A regex followed by a word list: `re` matches, the longest phrase of the named list (rules/word-lists.ts, a Set
   * lookup) follows it, then `after` (a regex, optional) matches from there. This keeps big families of verbs or
   * nouns out of the regexes, which V8 would otherwise compile as alternations of hundreds of branches.
   */
  const sequenceSchema = z.object({
    re: regexSource,
    then: z.string().check(z.regex(/^[a-z][a-z-]*$/, 'the name of a word list in rules/word-lists.ts')),
    after: z.optional(regexSource),
  });

  const ruleSpecSchema = z.object({
    id: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/, 'rule ids are kebab-case')),
    category: z.enum(REPLY_CATEGORIES),
    /**
     * When a match becomes a flag:
     * - 'always': whatever else the reply says;
     * - 'no-help': only when the reply as a whole offers no concrete help (see context.ts; for a blame rule, no help
     *   of any kind: with instructions next to it, an obligation or a diagnosis is neutral);
     * - 'apology-no-help': the same, and only when the reply also apologises somewhere;
     * - 'welded': only when an apology sits in the same or a neighbouring sentence and the reply offers no
     *   alternative, action, commitment or request that moves things forward.
     */
    when: z.enum(['always', 'no-help', 'apology-no-help', 'welded']),
    /** For 'welded' rules: what redeems the reply — only an alternative/action/commitment/request ('strong'), or any help ('any'). */
    redeemedBy: z._default(z.enum(['strong', 'any']), 'strong'),
    /** Words (lower case; `word*` = any word starting so) one of which every match contains: the pre-filter runs a rule only on sentences holding one. */
    triggers: z
      .array(z.string())
      .check(z.minLength(1, 'at least one trigger'), everyItem((t) => TRIGGER.test(t), 'each a lower-case word or phrase, * for a word start')),
    /** Regex sources, matched against one sentence of typography-folded text lower-cased in ASCII (`^` = sentence start). */
    patterns: z._default(z.array(z.string()).check(everyItem(nonEmpty, 'no empty pattern')), []),
    /** Regex + word list (+ regex) matches, run like patterns; a rule has at least one pattern or sequence. */
    sequences: z._default(z.array(sequenceSchema), []),
    /** Regex sources: a match in a sentence that also matches one of these is not flagged (exonerations, idioms). */
    unless: z._default(z.array(z.string()).check(everyItem(nonEmpty, 'no empty pattern')), []),
    /** Higher wins when two flags of one category overlap. */
    priority: z.int().check(z.gte(0), z.lte(100)),
    message: text().check(z.refine((s) => !s.includes('\n'), 'message is one line')),
    why: text(),
    suggestions: z.array(suggestionTemplateSchema).check(z.minLength(1, 'at least one suggestion'), z.maxLength(3, 'at most 3 suggestions')),
    // No examples here: they sit beside the rules in the same file, in a separate `examples` table keyed by rule id
    // (schema: rule-examples.ts, checked by the tests), which the engine never imports, so they don't ship.
  }).check(z.refine((r) => r.patterns.length + r.sequences.length > 0, 'patterns: at least one pattern or sequence'));

  const playbookSchema = z.object({
    phrases: z.array(
      z.object({
        phrase: z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(200, 'at most 200 characters')),
        category: z.enum(REPLY_CATEGORIES),
        alternative: text(),
        why: z.optional(z.string()),
      }),
    ),
    canDo: z.array(z.string().check(z.trim(), z.minLength(1, 'must not be empty'))),
  });
  return { suggestionTemplateSchema, sequenceSchema, ruleSpecSchema, playbookSchema };
}

type Schemas = ReturnType<typeof buildSchemas>;
let schemas: Schemas | undefined;
const built = (): Schemas => (schemas ??= buildSchemas());

/** The schema of a rule spec (built on first call). */
export const ruleSpecSchema = (): Schemas['ruleSpecSchema'] => built().ruleSpecSchema;
/** The schema of a team playbook (built on first call). */
export const playbookSchema = (): Schemas['playbookSchema'] => built().playbookSchema;

export type RuleSpec = z.input<Schemas['ruleSpecSchema']>;
export type Rule = z.output<Schemas['ruleSpecSchema']>;
export type Sequence = z.output<Schemas['sequenceSchema']>;
export type SuggestionTemplate = z.output<Schemas['suggestionTemplateSchema']>;

/**
 * A rule the project ships, as parseRules returns it (the schema's defaults filled), without running zod: validating
 * the built-in rules on every import cost milliseconds of each page's first analysis. Only for rules the tests
 * validate (tests/unit/analysis/rules.test.ts checks the built-in rules parse to exactly this); anything from
 * outside goes through parseRules.
 */
export function withDefaults(spec: RuleSpec): Rule {
  return {
    ...spec,
    redeemedBy: spec.redeemedBy ?? 'strong',
    patterns: spec.patterns ?? [],
    sequences: spec.sequences ?? [],
    unless: spec.unless ?? [],
  } as Rule;
}

/** Validates rule data; throws one error listing every problem, with the rule id. */
export function parseRules(specs: readonly RuleSpec[]): Rule[] {
  const out: Rule[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const spec of specs) {
    const parsed = ruleSpecSchema().safeParse(spec);
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
