/**
 * `npm run --silent measure:effort:batch -- DIR/NAME [--errors]`: precision and recall of the shipped effort
 * detector on one of the team's labeled batches (NAME.text.jsonl + NAME.labels.jsonl, the writer's labels), per
 * signal, and with --errors every miss and false find. Run it on a batch before it is trained on: that is the
 * never-seen figure. `heldout-NN` batches are never imported into the training data (the importer reads batch-NN).
 */
import { detectEffortSignals } from '../effort';
import { readJsonl, type LabeledCustomerMessage } from '../effort/train/corpus';
import { measure, microLine } from '../effort/train/measure';
import { table } from '../effort/train/tally';

const args = process.argv.slice(2);
const base = args.find((a) => !a.startsWith('--'));
if (!base) {
  process.stderr.write('usage: npm run --silent measure:effort:batch -- DIR/NAME [--errors] (reads NAME.text.jsonl and NAME.labels.jsonl)\n');
  process.exit(2);
}
const labels = new Map(readJsonl<{ id: string; signals: LabeledCustomerMessage['signals'] }>(`${base}.labels.jsonl`).map((l) => [l.id, l.signals]));
const items: LabeledCustomerMessage[] = readJsonl<{ id: string; text: string }>(`${base}.text.jsonl`)
  .filter((m) => labels.has(m.id))
  .map((m) => ({ id: m.id, text: m.text, signals: labels.get(m.id)! }));
const detect = (text: string) => detectEffortSignals(text).map((s) => s.id);
const tally = measure(detect, items);
console.log(`${base} (${items.length} messages): ${microLine(tally)}`);
console.table(table(tally));
if (args.includes('--errors'))
  for (const m of items) {
    const found = new Set(detect(m.text));
    const want = new Set(m.signals);
    for (const id of want) if (!found.has(id)) console.log(`MISS ${id}\t${m.id}\t${JSON.stringify(m.text)}`);
    for (const id of found) if (!want.has(id)) console.log(`FP   ${id}\t${m.id}\t${JSON.stringify(m.text)}`);
  }
