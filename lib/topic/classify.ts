/**
 * classifyTopic: what a ticket is about, from its subject and thread (or, with neither, the reply itself), by
 * the weighted cues of topics.ts. A topic wins with a score of at least MIN_SCORE and a clear lead over the
 * runner-up; otherwise the ticket has no topic and suggestions stay general.
 */
import { foldTypography } from '../text/normalize';
import { TOPIC_SPECS, type Topic } from './topics';

export const MIN_SCORE = 3;
/** Cues counted per topic and text: a long thread saying "late" thirty times is not thirty times more about delivery. */
const MAX_HITS_PER_CUE = 3;
/** Only the start of a long thread is read: the topic is set early, and hostile text stays cheap. */
const MAX_CHARS = 20_000;

const compiled = new Map<string, RegExp>();
const regex = (source: string) => {
  let re = compiled.get(source);
  if (!re) compiled.set(source, (re = new RegExp(source, 'g')));
  return re;
};

function score(text: string, weight: number, into: Map<Topic, number>): void {
  if (!text) return;
  const lower = foldTypography(text.slice(0, MAX_CHARS)).toLowerCase();
  for (const spec of TOPIC_SPECS) {
    let s = 0;
    for (const [source, w] of spec.cues) {
      const re = regex(source);
      re.lastIndex = 0;
      let n = 0;
      while (n < MAX_HITS_PER_CUE && re.exec(lower)) n++;
      s += n * w * weight;
    }
    if (s) into.set(spec.id, (into.get(spec.id) ?? 0) + s);
  }
}

export interface TopicInput {
  subject?: string;
  /** The customer's messages (the agent's own replies say less about what the customer asked). */
  thread?: readonly string[];
  /** Used only when subject and thread say nothing: the reply being written. */
  reply?: string;
}

export function classifyTopic(input: TopicInput): Topic | null {
  const scores = new Map<Topic, number>();
  score(input.subject ?? '', 2, scores);
  for (const m of input.thread ?? []) score(m, 1, scores);
  if (scores.size === 0 && input.reply) score(input.reply, 1, scores);
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < MIN_SCORE) return null;
  if (second && second[1] * 1.25 > best[1]) return null;
  return best[0];
}
