/**
 * `npm run train:import -- <dir>`: copies the team's written training replies (batch-NN.text.jsonl + .labels.jsonl,
 * and .labels2.jsonl where a second, blind labeler went over the batch) into data/own-replies.jsonl. Where a batch
 * has second labels, only items on which both labelers agree are kept; elsewhere the writer's labels are kept
 * alone. The agreement figures go to data/own-replies.agreement.json. The text is ours to ship.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readJsonl } from '../../cli/corpus';
import { REPLY_CATEGORIES } from '../../taxonomy';
import { DATA_DIR } from './dataset';

interface Text { id: string; text: string }
interface Labels { id: string; labels: string[] }

const sameLabels = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** Cohen's kappa of two labelers on one yes/no question. */
function kappa(pairs: readonly [boolean, boolean][]): number {
  const n = pairs.length;
  if (!n) return NaN;
  const agree = pairs.filter(([a, b]) => a === b).length / n;
  const pa = pairs.filter(([a]) => a).length / n;
  const pb = pairs.filter(([, b]) => b).length / n;
  const chance = pa * pb + (1 - pa) * (1 - pb);
  return chance === 1 ? 1 : +((agree - chance) / (1 - chance)).toFixed(3);
}

function main() {
  const dir = process.argv[2] ?? process.env.OWN_TRAINING_DIR;
  if (!dir || !fs.existsSync(dir)) {
    console.error('usage: npm run train:import -- <folder with batch-NN.text.jsonl and batch-NN.labels.jsonl>');
    process.exit(2);
  }
  const batches = fs.readdirSync(dir).filter((f) => /^batch-\d+\.text\.jsonl$/.test(f)).sort();
  const kept: { id: string; text: string; labels: string[]; batch: string; checked: boolean }[] = [];
  const perBatch: Record<string, unknown> = {};
  const allPairs: Record<string, [boolean, boolean][]> = Object.fromEntries(REPLY_CATEGORIES.map((c) => [c, []]));
  for (const file of batches) {
    const batch = file.replace('.text.jsonl', '');
    const labelsFile = path.join(dir, `${batch}.labels.jsonl`);
    if (!fs.existsSync(labelsFile)) continue; // still being written
    const texts = readJsonl<Text>(path.join(dir, file));
    const labels = new Map(readJsonl<Labels>(labelsFile).map((l) => [l.id, l.labels]));
    const second = fs.existsSync(path.join(dir, `${batch}.labels2.jsonl`))
      ? new Map(readJsonl<Labels>(path.join(dir, `${batch}.labels2.jsonl`)).map((l) => [l.id, l.labels]))
      : null;
    let agreed = 0;
    let compared = 0;
    for (const t of texts) {
      const writer = labels.get(t.id);
      if (!writer || typeof t.text !== 'string') continue;
      if (second) {
        const blind = second.get(t.id);
        if (!blind) continue;
        compared++;
        for (const c of REPLY_CATEGORIES) allPairs[c]!.push([writer.includes(c), blind.includes(c)]);
        if (!sameLabels(writer, blind)) continue;
        agreed++;
      }
      kept.push({ id: t.id, text: t.text, labels: [...writer].sort(), batch, checked: !!second });
    }
    perBatch[batch] = second ? { items: texts.length, compared, agreed, kept: agreed } : { items: texts.length, kept: texts.length, secondLabels: false };
  }
  kept.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  fs.mkdirSync(DATA_DIR, { recursive: true });
  fs.writeFileSync(
    path.join(DATA_DIR, 'own-replies.jsonl'),
    kept.map(({ id, text, labels, batch, checked }) => JSON.stringify({ id, text, labels, batch, secondLabeler: checked })).join('\n') + '\n',
  );
  const agreement = {
    note: 'Written and labeled by the team. Batches with a blind second labeling keep only items both labelers agree on; the others keep the writer labels alone.',
    batches: perBatch,
    kappa: Object.fromEntries(REPLY_CATEGORIES.map((c) => [c, kappa(allPairs[c]!)])),
    kept: kept.length,
    keptWithSecondLabels: kept.filter((k) => k.checked).length,
  };
  fs.writeFileSync(path.join(DATA_DIR, 'own-replies.agreement.json'), JSON.stringify(agreement, null, 1) + '\n');
  console.log(JSON.stringify(agreement));
}

main();
