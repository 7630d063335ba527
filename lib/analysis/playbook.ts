/**
 * A team playbook's phrases become rules of their own (`playbook:<slug>`), flagged wherever they occur, all
 * found in one pass over the text. Compiled once per playbook object and cached.
 */
import { foldTypography } from '../text/normalize';
import { PhraseAutomaton } from './phrase-automaton';
import { playbookSchema, type Rule } from './rule-schema';
import type { Playbook } from './types';

export interface CompiledPlaybook {
  rules: Rule[];
  /** Phrase i of the automaton is rules[i]'s phrase. */
  automaton: PhraseAutomaton;
}

export interface PlaybookMatch {
  rule: Rule;
  start: number;
  end: number;
}

const cache = new WeakMap<Playbook, CompiledPlaybook>();

export function playbookSlug(phrase: string): string {
  return (
    foldTypography(phrase)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48) || 'phrase'
  );
}

export function compilePlaybook(playbook: Playbook): CompiledPlaybook {
  const hit = cache.get(playbook);
  if (hit) return hit;
  const parsed = playbookSchema().parse(playbook);
  const used = new Map<string, number>();
  const rules = parsed.phrases.map((p): Rule => {
    const base = `playbook:${playbookSlug(p.phrase)}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return {
      id: n === 1 ? base : `${base}-${n}`,
      category: p.category,
      when: 'always',
      redeemedBy: 'strong',
      triggers: ['playbook'],
      patterns: [p.phrase],
      sequences: [],
      unless: [],
      priority: 90,
      message: `Your team's playbook says: instead of "${p.phrase}", try "${p.alternative}".`,
      why: p.why ?? 'Your team flagged this wording in its playbook.',
      suggestions: [{ label: 'Use the playbook wording', scope: 'span', text: p.alternative }],
    };
  });
  const compiled = { rules, automaton: new PhraseAutomaton(parsed.phrases.map((p) => foldTypography(p.phrase))) };
  cache.set(playbook, compiled);
  return compiled;
}

/** Where the playbook's phrases occur in `text`, rule by rule in playbook order, at most `maxPerRule` each. */
export function findPlaybookPhrases(playbook: Playbook, text: string, disabled: ReadonlySet<string>, maxPerRule: number): PlaybookMatch[] {
  const { rules, automaton } = compilePlaybook(playbook);
  return automaton
    .findAll(text, maxPerRule)
    .filter((m) => !disabled.has(rules[m.phrase]!.id))
    .map((m) => ({ rule: rules[m.phrase]!, start: m.start, end: m.end }));
}
