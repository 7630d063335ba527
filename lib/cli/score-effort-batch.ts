/**
 * `npm run --silent measure:effort:batch -- DIR/NAME [--errors]`: precision and recall of the shipped effort
 * detector on one of the team's labeled batches (NAME.text.jsonl + NAME.labels.jsonl, the writer's labels), per
 * signal, and with --errors every miss and false find. Where a second labeler read the batch blind
 * (NAME.labels2.jsonl), it also prints how far the two agree and the figures on the items both labeled alike.
 * Run it on a batch before it is trained on: that is the never-seen figure. `heldout-NN` batches are never trained on.
 */
import fs from 'node:fs';
import { detectEffortSignals } from '../effort';
import { agreementLine, agreementOf, sameSignals } from '../effort/train/agreement';
import { readJsonl, type LabeledCustomerMessage } from '../effort/train/corpus';
import { measure, microLine } from '../effort/train/measure';
import { table } from '../effort/train/tally';

const args = process.argv.slice(2);
const base = args.find((a) => !a.startsWith('--'));
if (!base) {
  process.stderr.write('usage: npm run --silent measure:effort:batch -- DIR/NAME [--errors] (reads NAME.text.jsonl, NAME.labels.jsonl and NAME.labels2.jsonl if there)\n');
  process.exit(2);
}
type Labels = Map<string, LabeledCustomerMessage['signals']>;
const labelsIn = (file: string): Labels => new Map(readJsonl<{ id: string; signals: LabeledCustomerMessage['signals'] }>(file).map((l) => [l.id, l.signals]));
const labels = labelsIn(`${base}.labels.jsonl`);
const second: Labels | null = fs.existsSync(`${base}.labels2.jsonl`) ? labelsIn(`${base}.labels2.jsonl`) : null;
const items: LabeledCustomerMessage[] = readJsonl<{ id: string; text: string }>(`${base}.text.jsonl`)
  .filter((m) => labels.has(m.id))
  .map((m) => ({ id: m.id, text: m.text, signals: labels.get(m.id)! }));
const detect = (text: string) => detectEffortSignals(text).map((s) => s.id);
const tally = measure(detect, items);
console.log(`${base} (${items.length} messages, the writer's labels): ${microLine(tally)}`);
console.table(table(tally));
if (second) {
  const agreed = items.filter((m) => second.has(m.id) && sameSignals(second.get(m.id)!, m.signals));
  console.log(`second labeler, read blind: ${agreementLine(agreementOf(labels, second))}`);
  const onAgreed = measure(detect, agreed);
  console.log(`${base}, the ${agreed.length} items both labeled alike: ${microLine(onAgreed)}`);
  console.table(table(onAgreed));
}
if (args.includes('--errors'))
  for (const m of items) {
    const found = new Set(detect(m.text));
    const want = new Set(m.signals);
    for (const id of want) if (!found.has(id)) console.log(`MISS ${id}\t${m.id}\t${JSON.stringify(m.text)}`);
    for (const id of found) if (!want.has(id)) console.log(`FP   ${id}\t${m.id}\t${JSON.stringify(m.text)}`);
  }
