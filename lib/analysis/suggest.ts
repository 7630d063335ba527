/**
 * Renders a rule's suggestion templates into concrete Suggestions for one flag: picks the span or the sentence
 * to replace, puts first the agent's own sentence reshaped (rewrite/), expands `{canDo}` once per playbook option
 * that fits the ticket (or into a placeholder), fixes the first letter's case, and keeps at most three, best first.
 */
import type { SentenceRewriter, Suggestion } from './types';
import type { SuggestionTemplate } from './rule-schema';
import { CAN_DO_PLACEHOLDER } from './rules/fragments';
import type { Topic } from '../topic';
import { asOption, optionsFor } from './rewrite/offers';

export const MAX_SUGGESTIONS = 3;

export interface SuggestionSite {
  text: string;
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
  /** The playbook's "what I can do" options, as written (a topic prefix picks the tickets they fit). */
  canDo: readonly string[];
  /** The rule that flagged the words: its rewrite reshapes the agent's own sentence (rewrite/). */
  rule?: string;
  /** The sentence rewriter, when loaded (see AnalyzeOptions.rewrite). */
  rewrite?: SentenceRewriter;
  /** The text as analysed (typography folded), for reading the sentence's grammar. */
  prepared?: string;
  /** What the ticket is about, and the customer's first name, when known. */
  topic?: Topic | null;
  firstName?: string;
  /**
   * Built-in span rewrites replace a discourse marker ("as I already explained" → "to recap"): they read right only
   * where the marker stands alone, followed by punctuation, so elsewhere ("How many times do I…") they are left out.
   */
  markerSpans?: boolean;
}

/** What comes before `at` on its line: nothing or a sentence end ('start'), a comma or a word ('mid'), or other. */
function contextBefore(text: string, at: number): 'start' | 'mid' | 'other' {
  let p = at - 1;
  while (p >= 0 && (text[p] === ' ' || text[p] === '\t')) p--;
  if (p < 0 || text[p] === '\n' || text[p] === '\r' || /[.!?]/.test(text[p]!)) return 'start';
  return /[,;\p{L}\p{N}]/u.test(text[p]!) ? 'mid' : 'other';
}

/**
 * Makes a rewrite read right where it lands: a capital at a sentence start, lower case after "Hi Sam," or inside
 * a sentence (but "I", placeholders and acronyms keep theirs), and no doubled end punctuation.
 */
export function fitInto(text: string, start: number, end: number, replacement: string): string {
  let out = replacement;
  const where = contextBefore(text, start);
  if (where === 'start') out = out.charAt(0).toUpperCase() + out.slice(1);
  else if (where === 'mid' && /^[A-Z][a-z']/.test(out) && !/^I(?:'|\s|$)/.test(out)) out = out.charAt(0).toLowerCase() + out.slice(1);
  const after = text.slice(end, end + 2);
  if (/[.!?]$/.test(out) && /^[.!?,;:]/.test(after)) out = out.slice(0, -1);
  return out;
}

const isLineSpace = (c: string | undefined) => c === ' ' || c === '\t';

function standsAlone(text: string, end: number): boolean {
  let p = end;
  while (isLineSpace(text[p])) p++;
  return p >= text.length || /[,;:.!?—–\n\r]/.test(text[p]!);
}

/** The rewrite is read from typography-folded text: an agent who types curly apostrophes gets them back. */
function inTypographyOf(original: string, rewrite: string): string {
  return original.includes('\u2019') ? rewrite.replace(/(\p{L})'(\p{L})/gu, '$1\u2019$2') : rewrite;
}

export function renderSuggestions(templates: readonly SuggestionTemplate[], site: SuggestionSite): Suggestion[] {
  const out: Suggestion[] = [];
  const canDo = optionsFor(site.canDo, site.topic);
  // The agent's own sentence, reshaped, comes first: it keeps their words and reads as their reply.
  const own = site.rule && site.rewrite
    ? site.rewrite({ rule: site.rule, text: site.prepared ?? site.text, start: site.start, end: site.end, sentenceStart: site.sentenceStart, sentenceEnd: site.sentenceEnd, options: canDo, topic: site.topic, firstName: site.firstName })
    : null;
  if (own) {
    const text = inTypographyOf(site.text.slice(site.sentenceStart, site.sentenceEnd), own.text);
    out.push({ label: own.label, scope: 'sentence', start: site.sentenceStart, end: site.sentenceEnd, text: fitInto(site.text, site.sentenceStart, site.sentenceEnd, text) });
  }
  const offers = (t: SuggestionTemplate) => t.text.includes('{canDo}');
  // The team's own options are the most concrete template there is: they go first, leaving room for one other.
  const ordered = canDo.length ? [...templates.filter(offers), ...templates.filter((t) => !offers(t))] : templates;
  const hasOthers = templates.some((t) => !offers(t));
  for (const t of ordered) {
    if (t.scope === 'span' && site.markerSpans && !standsAlone(site.text, site.end)) continue;
    const options = offers(t)
      ? canDo.length
        ? canDo.slice(0, hasOthers ? MAX_SUGGESTIONS - 1 : MAX_SUGGESTIONS)
        : [CAN_DO_PLACEHOLDER]
      : [null];
    for (const option of options) {
      if (out.length === MAX_SUGGESTIONS) return out;
      const filled = option === null ? t.text : t.text.split('{canDo}').join(asOption(option));
      const label = option !== null && canDo.length ? `${t.label}: ${option}` : t.label;
      const [start, end] = t.scope === 'span' ? [site.start, site.end] : [site.sentenceStart, site.sentenceEnd];
      out.push({ label, scope: t.scope, start, end, text: fitInto(site.text, start, end, filled) });
    }
  }
  return out;
}
