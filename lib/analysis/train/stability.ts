/**
 * `npm run train:stability [-- --n 20 --max 0.01]`: how far the judge's shipped thresholds move when one training
 * reply leaves. Refits the judge (trainJudge: CVs, calibration, thresholds) once on all the training text and once
 * without each of N of our own replies picked by a seeded draw, and prints each category's keep / add and its 5-fold
 * CV counts per refit, the largest move from the full fit, and exits 1 when a move exceeds --max. Writes nothing.
 */
import { REPLY_CATEGORIES } from '../../taxonomy';
import { seededRandom, shuffled } from '../../learn';
import { corpusRest, ownItems } from './dataset';
import { featurize } from './fit';
import { scoreAt, trainJudge } from './train';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};

function main() {
  const n = arg('--n', 20);
  const max = arg('--max', Infinity);
  const rest = corpusRest();
  if (!rest) throw new Error('the labeled corpus is missing (set CORPUS_DIR)');
  const own = featurize(ownItems());
  const restF = featurize(rest);
  const summary = (t: ReturnType<typeof trainJudge>) =>
    REPLY_CATEGORIES.map((c) => {
      const cv = scoreAt(t.oof, c, t.thresholds[c]);
      return { c, ...t.thresholds[c], cv: `${cv.tp}/${cv.fp}/${cv.fn}` };
    });
  const line = (label: string, s: ReturnType<typeof summary>) =>
    console.log(`${label.padEnd(28)} ${s.map((x) => `${x.c.slice(0, 5)} keep ${x.keep.toFixed(4)} add ${x.add.toFixed(4)} cv ${x.cv}`).join('; ')}`);
  const full = summary(trainJudge(own, restF));
  line('all', full);
  const dropped = shuffled(own, seededRandom(82)).slice(0, n);
  let worst = 0;
  for (const d of dropped) {
    const s = summary(trainJudge(own.filter((i) => i !== d), restF));
    line(`without ${d.id}`.slice(0, 28), s);
    s.forEach((x, k) => (worst = Math.max(worst, Math.abs(x.keep - full[k]!.keep), Math.abs(x.add - full[k]!.add))));
  }
  console.log(`largest threshold move over ${n} drops: ${worst.toFixed(4)}`);
  if (worst > max) process.exit(1);
}

main();
