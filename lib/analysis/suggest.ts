/**
 * Renders a rule's suggestion templates into concrete Suggestions for one flag: picks the span or the sentence
 * to replace, expands `{canDo}` once per playbook option (or into a placeholder), fixes the first letter's case,
 * and keeps at most three, best first.
 */
import type { Suggestion } from './types';
import type { SuggestionTemplate } from './rule-schema';
import { CAN_DO_PLACEHOLDER } from './rules/fragments';

export const MAX_SUGGESTIONS = 3;

export interface SuggestionSite {
  text: string;
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
  canDo: readonly string[];
}

function matchCase(replacement: string, original: string, atSentenceStart: boolean): string {
  const first = replacement.charAt(0);
  if (atSentenceStart || /^[A-Z]/.test(original)) return first.toUpperCase() + replacement.slice(1);
  return replacement;
}

export function renderSuggestions(templates: readonly SuggestionTemplate[], site: SuggestionSite): Suggestion[] {
  const out: Suggestion[] = [];
  const offers = (t: SuggestionTemplate) => t.text.includes('{canDo}');
  // The team's own options are the most concrete rewrite there is: they go first, leaving room for one other.
  const ordered = site.canDo.length ? [...templates.filter(offers), ...templates.filter((t) => !offers(t))] : templates;
  const hasOthers = templates.some((t) => !offers(t));
  for (const t of ordered) {
    const options = offers(t)
      ? site.canDo.length
        ? site.canDo.slice(0, hasOthers ? MAX_SUGGESTIONS - 1 : MAX_SUGGESTIONS)
        : [CAN_DO_PLACEHOLDER]
      : [null];
    for (const option of options) {
      if (out.length === MAX_SUGGESTIONS) return out;
      const filled = option === null ? t.text : t.text.split('{canDo}').join(option);
      const label = option !== null && site.canDo.length ? `${t.label}: ${option}` : t.label;
      if (t.scope === 'span') {
        const original = site.text.slice(site.start, site.end);
        out.push({ label, scope: 'span', start: site.start, end: site.end, text: matchCase(filled, original, site.start === site.sentenceStart) });
      } else {
        out.push({ label, scope: 'sentence', start: site.sentenceStart, end: site.sentenceEnd, text: filled });
      }
    }
  }
  return out;
}
