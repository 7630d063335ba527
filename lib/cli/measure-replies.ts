/**
 * `npm run measure`: the wording engine's precision and recall per category on the labeled corpus, on the frozen
 * test split (never tuned on) and, apart, on the items that may have shaped rules or weights — each figure says
 * which. A reply is predicted positive for a category when it has at least one flag of it.
 */
import { analyzeReply } from '../analysis';
import { shippedJudge } from '../analysis/judge';
import { precisionRecall, type PrecisionRecall } from '../learn/metrics';
import { splitOf } from '../learn/split';
import { REPLY_CATEGORIES } from '../taxonomy';
import { corpusMissing, corpusReplies, type LabeledReply } from './corpus';

export interface MeasuredRow extends PrecisionRecall {
  category: string;
  items: number;
}

export function measure(items: readonly LabeledReply[], predict: (text: string) => Set<string>): MeasuredRow[] {
  const predicted = items.map((i) => predict(i.text));
  return REPLY_CATEGORIES.map((category) => ({
    category,
    items: items.length,
    ...precisionRecall(
      predicted.map((p) => p.has(category)),
      items.map((i) => i.labels.includes(category)),
    ),
  }));
}

/** Categories the rules alone flag (the engine before the judge, and while the judge loads). */
export const ruleCategories = (text: string) => new Set(analyzeReply(text).flags.map((f) => f.category as string));
/** Categories the shipped engine flags: rules + learned judge. */
export const engineCategories = (text: string) => new Set(analyzeReply(text, { judge: shippedJudge() }).flags.map((f) => f.category as string));

function main() {
  const missing = corpusMissing('replies.dev.jsonl', 'replies.train.jsonl');
  if (missing) {
    console.error(missing);
    process.exit(2);
  }
  const all = corpusReplies();
  const groups: [string, LabeledReply[]][] = [
    ['frozen test split (dev + train; never tuned on)', all.filter((i) => splitOf(i.id) === 'test')],
    ['  of which from replies.train (never seen by any rule)', all.filter((i) => splitOf(i.id) === 'test' && i.file === 'replies.train.jsonl')],
    ['  of which from replies.dev (their phrasings shaped the rules before the split)', all.filter((i) => splitOf(i.id) === 'test' && i.file === 'replies.dev.jsonl')],
    ['rest of replies.dev (shaped the rules)', all.filter((i) => splitOf(i.id) === 'rest' && i.file === 'replies.dev.jsonl')],
    ['rest of replies.train (tuning/training side)', all.filter((i) => splitOf(i.id) === 'rest' && i.file === 'replies.train.jsonl')],
  ];
  for (const [name, items] of groups) {
    console.log(`\n${name}: ${items.length} replies`);
    const row = (label: string, r: MeasuredRow) => ({ engine: label, category: r.category, positives: r.positives, tp: r.tp, fp: r.fp, fn: r.fn, P: r.precision, R: r.recall });
    const before = measure(items, ruleCategories);
    const after = measure(items, engineCategories);
    console.table(before.flatMap((b, i) => [row('rules alone', b), row('rules + judge', after[i]!)]));
  }
}

if (process.argv[1] && /measure-replies\.ts$/.test(process.argv[1])) main();
