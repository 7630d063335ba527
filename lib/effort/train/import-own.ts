/**
 * `npm run --silent train:effort:import -- DIR`: copies the team's own labeled customer messages into the repo
 * (data/own-customer.jsonl), ours to ship. DIR holds batch-NN.text.jsonl ({id,text}), batch-NN.labels.jsonl
 * ({id,signals}, the writer's labels) and, where a second labeler read the batch blind, batch-NN.labels2.jsonl:
 * there only the items both labeled alike are kept; elsewhere the writer's labels stand. Deterministic.
 */
import fs from 'node:fs';
import path from 'node:path';
import { EFFORT_SIGNALS, type EffortSignalId } from '../../taxonomy';
import { readJsonl } from './corpus';
import { OWN_CUSTOMER_FILE, type OwnMessage } from './own-data';

const dir = process.argv[2];
if (!dir || !fs.existsSync(dir)) {
  process.stderr.write('usage: npm run --silent train:effort:import -- DIR (the folder of batch-NN.text.jsonl files)\n');
  process.exit(2);
}
const known = new Set<string>(EFFORT_SIGNALS);
const labelsById = (file: string) =>
  new Map(readJsonl<{ id: string; signals: string[] }>(file).map((l) => [l.id, [...new Set(l.signals)].filter((s) => known.has(s)).sort() as EffortSignalId[]]));

const kept: OwnMessage[] = [];
const summary: string[] = [];
for (const textFile of fs.readdirSync(dir).filter((f) => /^batch-\d+\.text\.jsonl$/.test(f)).sort()) {
  const batch = textFile.replace('.text.jsonl', '');
  const labelFile = path.join(dir, `${batch}.labels.jsonl`);
  if (!fs.existsSync(labelFile)) continue;
  const writer = labelsById(labelFile);
  const secondFile = path.join(dir, `${batch}.labels2.jsonl`);
  const second = fs.existsSync(secondFile) ? labelsById(secondFile) : null;
  let n = 0;
  let dropped = 0;
  for (const { id, text } of readJsonl<{ id: string; text: string }>(path.join(dir, textFile))) {
    const signals = writer.get(id);
    if (!signals || typeof text !== 'string' || !text.trim()) continue;
    if (second) {
      const other = second.get(id);
      if (!other || other.join() !== signals.join()) {
        dropped++;
        continue;
      }
    }
    kept.push({ id, text, signals, labels: second ? 'agreed' : 'writer' });
    n++;
  }
  summary.push(`${batch}: ${n} kept${second ? ` (both labelers agreed; ${dropped} dropped)` : ' (writer labels only)'}`);
}
fs.writeFileSync(OWN_CUSTOMER_FILE, kept.map((m) => JSON.stringify(m)).join('\n') + '\n');
process.stdout.write(`${summary.join('\n')}\n${kept.length} messages → ${path.relative(process.cwd(), OWN_CUSTOMER_FILE)}\n`);
