/**
 * A team playbook's phrases become rules of their own (`playbook:<slug>`), flagged wherever they occur. Compiled
 * once per playbook object and cached.
 */
import { foldTypography } from '../text/normalize';
import { playbookSchema, type Rule } from './rule-schema';
import type { Playbook } from './types';

export interface PlaybookRule {
  rule: Rule;
  re: RegExp;
}

const cache = new WeakMap<Playbook, PlaybookRule[]>();

export function playbookSlug(phrase: string): string {
  return (
    foldTypography(phrase)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48) || 'phrase'
  );
}

function phraseRegex(phrase: string): RegExp {
  const words = foldTypography(phrase).trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const body = words.join('\\s+');
  const head = /^\w/.test(phrase.trim()) ? '\\b' : '';
  const tail = /\w$/.test(phrase.trim()) ? '\\b' : '';
  return new RegExp(`${head}${body}${tail}`, 'gi');
}

export function compilePlaybook(playbook: Playbook): PlaybookRule[] {
  const hit = cache.get(playbook);
  if (hit) return hit;
  const parsed = playbookSchema.parse(playbook);
  const used = new Map<string, number>();
  const rules = parsed.phrases.map((p): PlaybookRule => {
    const base = `playbook:${playbookSlug(p.phrase)}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    const rule: Rule = {
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
    return { rule, re: phraseRegex(p.phrase) };
  });
  cache.set(playbook, rules);
  return rules;
}
