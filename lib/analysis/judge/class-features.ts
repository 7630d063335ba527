/**
 * Word classes as judge features (lib/language/word-classes): a word the judge never saw in training carries no
 * weight of its own, but its class does, learned from the words of that class it did see. Each class is tied to the
 * role its word plays in the clause (lib/language), not read as a bag: a bag of every content word's class learned
 * our own writing's wording and cost the grouped cross-validation (see PASSES.md, pass h71).
 * - `cv:imp:<k>`, `co:imp:<k>`, `cv:pair:<k>:<k'>`: the verb, the object and the two together of an instruction
 *   ("*reinstall* the *firmware*");
 * - `cv:we:<k>`: the verb of a first-person clause, not negated, not subordinate ("we'll *replace* it");
 * - `cv:you:<k>`, `cv:you-neg:<k>`: the verb of a statement whose subject is the customer ("you *skipped* the step",
 *   "you didn't *enable* backup"); the customer's own thing as subject ("your card") is not the customer.
 */
import { wordClass } from '../../language/word-classes';
import type { Clause, Sentence, Token } from '../../language';

const classOf = (t: Token): number | undefined => wordClass(t.norm) ?? wordClass(t.lemma);

/** The first noun after the verb, before another verb or a clause break: the thing an instruction acts on. */
function objectOf(c: Clause): Token | undefined {
  const at = c.verb ? c.tokens.indexOf(c.verb) : -1;
  if (at < 0) return undefined;
  for (let k = at + 1; k < c.tokens.length; k++) {
    const t = c.tokens[k]!;
    if (t.pos === 'NOUN') return t;
    if (t.pos === 'VERB' || t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.pos === 'CCONJ') return undefined;
  }
  return undefined;
}

/** The role a clause gives its verb, or null when it is none of those above. */
function roleOf(c: Clause): string | null {
  if (c.mood === 'imperative' && !c.lead) return 'imp';
  const person = c.subject?.owned ? 3 : c.subject?.person;
  if (person === 1 && !c.negated && !c.lead) return 'we';
  if (person === 2 && c.mood !== 'question') return c.negated ? 'you-neg' : 'you';
  return null;
}

/** The class features of one clause, and of the clause embedded in it ("I'm guessing you didn't…"). */
function clauseClasses(c: Clause, out: string[]): void {
  const role = roleOf(c);
  if (role && c.verb?.pos === 'VERB') {
    const k = classOf(c.verb);
    if (k !== undefined) out.push(`cv:${role}:${k}`);
    if (role === 'imp') {
      const o = objectOf(c);
      const ko = o && classOf(o);
      if (ko !== undefined) out.push(`co:imp:${ko}`);
      if (ko !== undefined && k !== undefined) out.push(`cv:pair:${k}:${ko}`);
    }
  }
  if (c.embedded) clauseClasses(c.embedded, out);
}

/** A sentence's class features, each once. */
export function sentenceClasses(s: Sentence): string[] {
  const out: string[] = [];
  for (const c of s.clauses) clauseClasses(c, out);
  return [...new Set(out)];
}

export const isClassFeature = (f: string) => f.startsWith('cv:') || f.startsWith('co:');

/**
 * Which class features each category's model reads. Chosen on the grouped cross-validation of the natural read sets
 * (PASSES.md, pass h71): the apology model reads only an instruction's classes (what the customer is asked to do is
 * help whatever its verb); the first-person and customer-subject classes moved it toward our own writing. The blame
 * model reads them all.
 */
export const READS_CLASSES: Readonly<Record<'apology-without-help' | 'customer-blame', (f: string) => boolean>> = {
  'apology-without-help': (f) => /^(?:cv:imp:|co:imp:|cv:pair:)/.test(f),
  'customer-blame': () => true,
};
