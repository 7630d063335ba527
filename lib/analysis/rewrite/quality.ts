/**
 * How good the first suggestion of every flag is, measured by applying it and reading the reply again: does it
 * clear its flag, does it add one, does it keep any content word of the words it replaces, does it leave a blank.
 * Used by the suggestion-quality test and `npm run measure -- suggestions`; never by the extension.
 */
import { tagTokens, tokenize } from '../../language';
import { analyzeReply } from '../index';
import type { AnalyzeOptions, Flag } from '../types';

export interface AppliedFlag {
  id: string;
  rule: string;
  before: string;
  after: string;
  cleared: boolean;
  added: string[];
  keptWord: boolean;
  blank: boolean;
}

export interface QualityFigures {
  flags: number;
  cleared: number;
  addedFlags: number;
  keptWord: number;
  blank: number;
}

/** Words that carry the apology or the reminder itself: keeping them is not keeping the agent's content. */
const NOT_CONTENT = new Set(['sorry', 'apologize', 'apologise', 'apologies', 'apology', 'regret', 'afraid', 'unfortunately', 'sadly', 'regrettably', 'please', 'thanks', 'thank', 'hi', 'hello', 'hey', 'dear', 'again', 'already', 'explained', 'said', 'told', 'mentioned', 'stated', 'be', 'have', 'do', 'get', 'can', 'will', 'would', 'could', 'should', 'you', 'we', 'i']);

export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const t of tagTokens(tokenize(text, 0, text.length)))
    if ((t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'VERB' || t.pos === 'ADJ' || t.pos === 'NUM') && !NOT_CONTENT.has(t.lemma) && !NOT_CONTENT.has(t.norm) && t.norm.length > 1)
      out.add(t.lemma);
  return out;
}

const BLANK = /\[[^\]\n]{1,80}\]/;
/** Flags are compared by rule: the same problem re-anchored on other words in the rewrite is not a new flag. */
const key = (f: Flag) => f.rule;

/** Applies the first suggestion of each flag of `text`, one at a time, and reads the result again. */
export function applyEachFirst(id: string, text: string, options: AnalyzeOptions = {}): AppliedFlag[] {
  const flags = analyzeReply(text, options).flags;
  const out: AppliedFlag[] = [];
  for (const flag of flags) {
    const s = flag.suggestions[0];
    if (!s) continue;
    const applied = text.slice(0, s.start) + s.text + text.slice(s.end);
    const after = analyzeReply(applied, options).flags;
    const shift = s.text.length - (s.end - s.start);
    const newStart = s.start;
    const newEnd = s.start + s.text.length;
    const cleared = !after.some((f) => f.rule === flag.rule && f.start < newEnd && f.end > newStart);
    // A flag is added when the result carries more flags of a rule than the draft did.
    const had = new Map<string, number>();
    for (const f of flags) had.set(key(f), (had.get(key(f)) ?? 0) + 1);
    const added: string[] = [];
    for (const f of after) {
      const n = had.get(key(f)) ?? 0;
      if (n > 0) had.set(key(f), n - 1);
      else if (!(f.rule === flag.rule && f.start < newEnd + shift && f.end > newStart)) added.push(`${f.rule}: ${f.match}`);
    }
    const replaced = contentWords(text.slice(s.start, s.end));
    const kept = contentWords(s.text);
    out.push({
      id,
      rule: flag.rule,
      before: text.slice(s.start, s.end),
      after: s.text,
      cleared,
      added,
      keptWord: [...replaced].some((w) => kept.has(w)),
      blank: BLANK.test(s.text),
    });
  }
  return out;
}

export function figures(applied: readonly AppliedFlag[]): QualityFigures {
  return {
    flags: applied.length,
    cleared: applied.filter((a) => a.cleared).length,
    addedFlags: applied.filter((a) => a.added.length > 0).length,
    keptWord: applied.filter((a) => a.keptWord).length,
    blank: applied.filter((a) => a.blank).length,
  };
}
