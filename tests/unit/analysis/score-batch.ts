/**
 * Scores labeled batches the way accuracy.test.ts does, one table per file, with each miss:
 * `npx tsx tests/unit/analysis/score-batch.ts tests/unit/analysis/cases/held-out-4.jsonl [more files…] [--quiet]`.
 * A path that is not a file is read as a directory of batches, so `…/cases` scores them all together.
 */
import fs from 'node:fs';
import path from 'node:path';
import { analyzeReply } from '../../../lib/analysis';
import { REPLY_CATEGORIES, type ReplyCategory } from '../../../lib/taxonomy';

interface Labeled {
  id: string;
  text: string;
  labels: ReplyCategory[];
}

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');

function read(target: string): Labeled[] {
  const files = fs.statSync(target).isDirectory()
    ? fs.readdirSync(target).filter((f) => f.endsWith('.jsonl')).map((f) => path.join(target, f))
    : [target];
  return files.flatMap((f) => fs.readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Labeled));
}

for (const target of args.filter((a) => !a.startsWith('--'))) {
  const items = read(target);
  const predicted = items.map((item) => new Set(analyzeReply(item.text).flags.map((f) => f.category)));
  const cells = REPLY_CATEGORIES.map((category) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    items.forEach((item, i) => {
      const p = predicted[i]!.has(category);
      const g = item.labels.includes(category);
      if (p && g) tp++;
      else if (p) fp++;
      else if (g) fn++;
      if (p !== g && !quiet) console.log(`  ${p ? 'FP' : 'FN'} ${category} ${item.id}: ${item.text.replace(/\n/g, ' ').slice(0, 140)}`);
    });
    const precision = tp + fp ? (tp / (tp + fp)).toFixed(2) : '—';
    const recall = tp + fn ? (tp / (tp + fn)).toFixed(2) : '—';
    return `${category} P ${precision} R ${recall} (tp ${tp} fp ${fp} fn ${fn})`;
  });
  console.log(`${path.basename(target)} (${items.length}): ${cells.join(' | ')}`);
}
