/**
 * `npm run --silent measure:never-read [-- --effort | --replies] [--sets a,b,…]`: the shipped detectors on every
 * never-read set (lib/cli/never-read.ts), each set's figure and the sets pooled — figures only, never an item: these
 * sets measure wording no one who changed a detector has read. The effort detector's figure is micro over the eight
 * signals; the wording engine's is per category (rules + judge, as the extension runs them). `--sets` pools only the
 * named sets (all of them by default); every set is still printed.
 */
import { detectEffortSignals } from '../effort';
import { measure, microLine } from '../effort/train/measure';
import { emptyTally, micro } from '../effort/train/tally';
import { pooled, precisionRecall, tallied, type PrecisionRecall } from '../learn/metrics';
import { REPLY_CATEGORIES } from '../taxonomy';
import { engineCategories } from './measure-replies';
import { neverReadEffortBatches, neverReadReplySets } from './never-read';

const args = process.argv.slice(2);
const only = args.includes('--effort') ? 'effort' : args.includes('--replies') ? 'replies' : null;
const setsArg = args.indexOf('--sets');
const chosen = setsArg >= 0 ? new Set((args[setsArg + 1] ?? '').split(',').filter(Boolean)) : null;
const inPool = (name: string) => chosen === null || chosen.has(name);

const counts = (p: PrecisionRecall) => `P ${p.precision.toFixed(3)} / R ${p.recall.toFixed(3)} (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`;

if (only !== 'replies') {
  const pool = emptyTally();
  const pooledNames: string[] = [];
  console.log('effort detector, never-read batches (items both labelers gave the same signals; the writer\'s where only one labeled):');
  const detect = (text: string) => detectEffortSignals(text).map((s) => s.id);
  for (const set of neverReadEffortBatches()) {
    const tally = measure(detect, set.items);
    console.log(`  ${set.name} (${set.items.length}${set.agreed ? ' agreed' : ', writer only'}): ${microLine(tally)}`);
    if (inPool(set.name)) {
      measure(detect, set.items, pool);
      pooledNames.push(set.name);
    }
  }
  const c = micro(pool);
  console.log(`  pooled (${pooledNames.length} sets): ${counts(tallied(c.tp, c.fp, c.fn))}`);
}

if (only !== 'effort') {
  console.log('wording engine (rules + judge), never-read reply sets:');
  const parts: Record<string, PrecisionRecall[]> = Object.fromEntries(REPLY_CATEGORIES.map((c) => [c, []]));
  let n = 0;
  for (const set of neverReadReplySets()) {
    const flagged = set.items.map((i) => engineCategories(i.text));
    const line = REPLY_CATEGORIES.map((c) => {
      const p = precisionRecall(flagged.map((f) => f.has(c)), set.items.map((i) => i.labels.includes(c)));
      if (inPool(set.name)) parts[c]!.push(p);
      return `${c} ${counts(p)}`;
    });
    if (inPool(set.name)) n++;
    console.log(`  ${set.name} (${set.items.length}): ${line.join('; ')}`);
  }
  for (const c of REPLY_CATEGORIES) console.log(`  pooled (${n} sets), ${c}: ${counts(pooled(parts[c]!))}`);
}

