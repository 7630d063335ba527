/**
 * `npm run --silent train:effort:import -- DIR`: copies the team's own labeled customer messages into the repo
 * (data/own-customer.jsonl), ours to ship. DIR holds batch-NN.text.jsonl ({id,text}), batch-NN.labels.jsonl
 * ({id,signals}, the writer's labels) and, where a second labeler read the batch blind, batch-NN.labels2.jsonl:
 * there only the items both labeled alike are kept; elsewhere the writer's labels stand. `rules-NN` batches (the
 * halves rules were written from) are read the same way; `heldout-NN` batches never are. Deterministic.
 * With --add, the messages already in data/own-customer.jsonl that DIR does not hold stay (the earlier batches' folder
 * is not in the repo; data/batches/ holds the batches added this way); one it holds is replaced, or left out where
 * the labelers disagree.
 */
import fs from 'node:fs';
import path from 'node:path';
import { EFFORT_SIGNALS, type EffortSignalId } from '../../taxonomy';
import { readJsonl } from './corpus';
import { sameSignals } from './agreement';
import { keptItems } from './labeled-batches';
import { heldOutTexts, OWN_CUSTOMER_FILE, sameText, type OwnMessage } from './own-data';

const args = process.argv.slice(2);
const add = args.includes('--add');
const dir = args.find((a) => a !== '--add');
if (!dir || !fs.existsSync(dir)) {
  process.stderr.write('usage: npm run --silent train:effort:import -- [--add] DIR (the folder of batch-NN / rules-NN .text.jsonl files)\n');
  process.exit(2);
}
const known = new Set<string>(EFFORT_SIGNALS);
const { kept: fromDir, summary, held } = keptItems<{ id: string; text: string }, EffortSignalId[]>(
  dir,
  { items: /^(?:batch|rules)-\d+\.text\.jsonl$/, itemsSuffix: '.text.jsonl', writer: '.labels.jsonl', second: '.labels2.jsonl' },
  (line) => (Array.isArray(line.signals) ? ([...new Set(line.signals as string[])].filter((s) => known.has(s)).sort() as EffortSignalId[]) : undefined),
  sameSignals,
);
const fresh: OwnMessage[] = fromDir
  .filter(({ item }) => typeof item.text === 'string' && item.text.trim() !== '')
  .map(({ item, label, labels }) => ({ id: item.id, text: item.text, signals: label, labels }));
// A message DIR holds is replaced, or left out where the labelers disagreed: never kept from an earlier import.
const kept = add ? readJsonl<OwnMessage>(OWN_CUSTOMER_FILE).filter((m) => !held.has(m.id)) : [];
// Text kept out to measure on (heldout-NN, blind-NN) is never trained on, even when a writer wrote it again elsewhere.
const heldTexts = new Set(heldOutTexts().map(sameText));
const messages = [...kept, ...fresh].filter((m) => !heldTexts.has(sameText(m.text)));
const heldOut = kept.length + fresh.length - messages.length;
fs.writeFileSync(OWN_CUSTOMER_FILE, messages.map((m) => JSON.stringify(m)).join('\n') + '\n');
process.stdout.write(`${summary.join('\n')}\n${heldOut ? `${heldOut} left out: the same text is in a held-out batch\n` : ''}${add ? `${kept.length} kept from the file, ` : ''}${messages.length} messages → ${path.relative(process.cwd(), OWN_CUSTOMER_FILE)}\n`);
