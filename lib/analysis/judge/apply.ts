/**
 * Applies the learned judge to the rules' candidates: a rule's flags of a category stand only if the judge, reading
 * the whole reply, finds the problem likely enough (`keep`); a reply the judge is sure about (`add`) but no rule
 * caught gets a flag on the sentence carrying the problem. Playbook flags are the team's own and always stand.
 */
import { parseRules, type Rule } from '../rule-schema';
import { REPLY_CATEGORIES, type ReplyCategory } from '../../taxonomy';
import type { Sentence } from '../../language';
import type { ReplyJudge } from './judge';
import { JUDGED_RULE_SPECS } from './judged-rules';

export interface JudgedCandidate {
  rule: Rule;
  start: number;
  end: number;
  sentence: number;
}

let judgedRules: Map<ReplyCategory, Rule> | undefined;
const ruleFor = (c: ReplyCategory) =>
  (judgedRules ??= new Map(parseRules(JUDGED_RULE_SPECS).map((r) => [r.category, r]))).get(c)!;

const APOLOGY_WORD = /^(?:sorry|apologies|apologise|apologize|apology|regret|unfortunately|sadly|regrettably)$/;

/** The words in the carrier sentence a flag points at: the apology words, or the clause with the customer as subject. */
function spanIn(s: Sentence, category: ReplyCategory): [number, number] {
  if (category === 'apology-without-help') {
    const t = s.tokens.find((x) => APOLOGY_WORD.test(x.norm));
    if (t) return [t.start, t.end];
  } else {
    const c = s.clauses.find((x) => x.subject?.person === 2 && x.mood !== 'imperative') ?? s.clauses.find((x) => x.tokens.some((t) => t.norm === 'you' || t.norm === 'your'));
    if (c) {
      const words = c.tokens.filter((t) => t.pos !== 'PUNCT');
      if (words.length) return [words[0]!.start, words[words.length - 1]!.end];
    }
  }
  const words = s.tokens.filter((t) => t.pos !== 'PUNCT' && t.pos !== 'SYM' && t.pos !== 'INTJ');
  return words.length ? [words[0]!.start, words[words.length - 1]!.end] : [s.start, s.end];
}

/**
 * Past this length the rules decide alone: no reply is this long (2,000 words are ~12,000 characters), and reading
 * a huge or hostile paste sentence by sentence would cost more than the 50 ms an analysis may take.
 */
export const MAX_JUDGED_CHARS = 30_000;

export function applyJudgement<C extends JudgedCandidate>(
  text: string,
  candidates: readonly C[],
  judge: ReplyJudge,
  disabled: ReadonlySet<string>,
): (C | JudgedCandidate)[] {
  if (text.length > MAX_JUDGED_CHARS) return [...candidates];
  const builtIn = candidates.filter((c) => !c.rule.id.startsWith('playbook:'));
  const verdict = judge.judge(text, builtIn.map((c) => ({ rule: c.rule.id, category: c.rule.category })));
  const dropped = new Set<ReplyCategory>();
  const added: JudgedCandidate[] = [];
  for (const category of REPLY_CATEGORIES) {
    const p = verdict.probability[category];
    const flagged = builtIn.some((c) => c.rule.category === category);
    if (flagged && p < judge.keep(category)) dropped.add(category);
    const rule = ruleFor(category);
    if (!flagged && p >= judge.add(category) && !disabled.has(rule.id)) {
      const carrier = verdict.carrier(category);
      if (!carrier) continue;
      const [start, end] = spanIn(carrier.sentence, category);
      added.push({ rule, start, end, sentence: carrier.index });
    }
  }
  return [...candidates.filter((c) => c.rule.id.startsWith('playbook:') || !dropped.has(c.rule.category)), ...added].sort(
    (x, y) => x.start - y.start || x.end - y.end,
  );
}
